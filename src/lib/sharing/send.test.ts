import { describe, expect, it, vi } from 'vitest';
import type { MyLotseValues } from '$lib/db/share-schema';
import { ayse, lunch, makeWish } from '../../../tests/fixtures/sharing/share-data';
import { decryptEnvelope } from './envelope';
import { readShareFragment } from './link';
import { addPart, joinParts, readPartFragment, type PartCollection } from './parts';
import { countShare, readSharePayload } from './payload';
import {
	canChoose,
	composeShare,
	deliverFile,
	isEmptyShare,
	logEntryFor,
	passphraseWords,
	readShareChoices,
	professionalsOf,
	recipientOf,
	shareSteps,
	stepNumber,
	sealShare,
	shareFileName,
	toggleChosen,
	waysFor,
	type ShareAudience,
	type ShareForm
} from './send';

const swim = makeWish('5b0c6d1e-2f3a-4b4c-8d5e-6f7a8b9c0d1e', 'Ich möchte schwimmen.');
const cook = makeWish('9e8d7c6b-5a4f-4e3d-9c2b-1a0f9e8d7c6b', 'Ich möchte kochen.');
const sources = { wishes: [swim, cook], people: [ayse], savedOffers: [lunch] };
const lotse: MyLotseValues = {
	name: 'Frau Yılmaz',
	phone: '',
	email: '',
	personId: null,
	myName: 'Jürgen'
};
const toLotse: ShareAudience = { takeAlong: false, lotse, ownPhone: 'Ihr Handy' };
const takeAlong: ShareAudience = { takeAlong: true, lotse, ownPhone: 'Ihr Handy' };
const everything: ShareForm = {
	allWishes: true,
	chosenWishIds: [],
	personIds: [],
	offerIds: [lunch.id],
	message: ''
};
const now = new Date('2026-11-23T10:00:00.000Z');

describe('who a share goes to', () => {
	it('names the Lotse, or the visitor’s own phone at a kiosk', () => {
		expect(recipientOf(toLotse)).toBe('Frau Yılmaz');
		expect(recipientOf(takeAlong)).toBe('Ihr Handy');
		expect(recipientOf({ ...toLotse, lotse: null })).toBe('');
	});

	it('lets the person choose once a Lotse is set, and a kiosk visitor always', () => {
		expect(canChoose(toLotse)).toBe(true);
		expect(canChoose({ ...toLotse, lotse: null })).toBe(false);
		expect(canChoose({ ...takeAlong, lotse: null })).toBe(true);
	});

	it('offers the QR code first at a kiosk, and no printing there', () => {
		expect(waysFor(false)).toEqual(['file', 'qr', 'print']);
		expect(waysFor(true)).toEqual(['qr', 'file']);
	});

	it('offers only the professionals of Meine Menschen as a Lotse', () => {
		const profi = { ...ayse, id: 'd1e2f3a4-b5c6-4d7e-8f9a-0b1c2d3e4f5a', area: 'professionals' };
		expect(professionalsOf([ayse, profi] as never)).toEqual([profi]);
	});
});

describe('the steps of Teilen', () => {
	it('start at Mein Lotse, or at the choice for a kiosk visitor', () => {
		expect(shareSteps(false)).toEqual(['lotse', 'choose', 'preview', 'way']);
		expect(shareSteps(true)).toEqual(['choose', 'preview', 'way']);
	});

	it('read the step from the address, within the steps, and only once a Lotse is set', () => {
		expect(stepNumber('3', 4, true)).toBe(3);
		expect(stepNumber(null, 4, true)).toBe(1);
		expect(stepNumber('9', 4, true)).toBe(4);
		expect(stepNumber('-2', 4, true)).toBe(1);
		expect(stepNumber('drei', 4, true)).toBe(1);
		expect(stepNumber('3', 4, false)).toBe(1);
	});
});

describe('composeShare: what is sent for a choice', () => {
	it('sends every wish and the saved offers, signed with the person’s name, but not the network', () => {
		const payload = composeShare(sources, everything, toLotse, now);
		expect(payload.wishes.map((wish) => wish.text)).toEqual([swim.text, cook.text]);
		expect(payload.people).toEqual([]);
		expect(payload.offers.map((offer) => offer.name)).toEqual([lunch.name]);
		expect(payload).toMatchObject({
			purpose: 'lotse',
			from: 'Jürgen',
			to: 'Frau Yılmaz',
			sharedAt: now.toISOString()
		});
	});

	it('sends only the wishes picked one by one when “all wishes” is off', () => {
		const payload = composeShare(
			sources,
			{ ...everything, allWishes: false, chosenWishIds: [cook.id] },
			toLotse,
			now
		);
		expect(payload.wishes.map((wish) => wish.id)).toEqual([cook.id]);
	});

	it('adds the network and the message only when the person asks for them', () => {
		const payload = composeShare(
			sources,
			{ ...everything, personIds: [ayse.id], offerIds: [], message: '  Bitte anrufen.  ' },
			toLotse,
			now
		);
		expect(payload.people.map((person) => person.name)).toEqual([ayse.name]);
		expect(payload.offers).toEqual([]);
		expect(payload.message).toBe('Bitte anrufen.');
	});

	it('takes things along without a name, to the visitor’s own phone', () => {
		const payload = composeShare(sources, everything, takeAlong, now);
		expect(payload).toMatchObject({ purpose: 'take-along', from: '', to: 'Ihr Handy' });
	});

	it('knows an empty share: nothing ticked and no message', () => {
		const none = { ...everything, allWishes: false, offerIds: [] };
		expect(isEmptyShare(countShare(composeShare(sources, none, toLotse, now)))).toBe(true);
		const note = { ...none, message: 'Hallo' };
		expect(isEmptyShare(countShare(composeShare(sources, note, toLotse, now)))).toBe(false);
	});

	it('picks and unpicks wishes without doubles', () => {
		expect(toggleChosen(['a'], 'b', true)).toEqual(['a', 'b']);
		expect(toggleChosen(['a', 'b'], 'a', false)).toEqual(['b']);
		expect(toggleChosen(['a'], 'a', true)).toEqual(['a']);
	});
});

describe('sealShare', () => {
	const payload = composeShare(sources, everything, toLotse, now);

	it('prints exactly the payload, with nothing sealed', async () => {
		expect(await sealShare(payload, 'print', { origin: 'https://nahbei.de' })).toEqual({
			way: 'print',
			payload
		});
	});

	it(
		'seals a file with its passphrase; the file opens to the same payload',
		{ timeout: 30_000 },
		async () => {
			const result = await sealShare(payload, 'file', {
				origin: 'https://nahbei.de',
				now,
				passphrase: () => 'Apfel-Haus-Baum-Tisch',
				canShareFile: () => true
			});
			if (result.way !== 'file') throw new Error(`a file, not ${result.way}`);
			expect(result.passphrase).toBe('Apfel-Haus-Baum-Tisch');
			expect(result.canShareFile).toBe(true);
			expect(result.file.name).toBe('nahbei-teilen-2026-11-23.txt');
			const opened = await decryptEnvelope(await result.file.text(), 'apfel haus baum tisch');
			if (!opened.ok) throw new Error(opened.error);
			expect(readSharePayload(opened.data)).toEqual({ ok: true, payload });
		}
	);

	it('says when the device cannot hand a file to another app', async () => {
		const result = await sealShare(payload, 'file', {
			origin: 'https://nahbei.de',
			passphrase: () => 'Apfel-Haus-Baum-Tisch'
		});
		expect(result).toMatchObject({ way: 'file', canShareFile: false });
	});

	it('puts a QR share into a link to /lotse whose key opens it', async () => {
		const drawQr = vi.fn(async () => ({
			ok: true as const,
			dataUrl: 'data:image/png;base64,',
			version: 9
		}));
		const result = await sealShare(payload, 'qr', { origin: 'https://nahbei.de', drawQr });
		if (result.way !== 'qr') throw new Error(`a QR code, not ${result.way}`);
		expect(result.link).toMatch(/^https:\/\/nahbei\.de\/lotse#k=/);
		expect(drawQr).toHaveBeenCalledWith(result.link);
		const fragment = readShareFragment(new URL(result.link).hash);
		if (!fragment) throw new Error('no fragment');
		const opened = await decryptEnvelope(fragment.envelope, fragment.key);
		if (!opened.ok) throw new Error(opened.error);
		expect(readSharePayload(opened.data)).toEqual({ ok: true, payload });
	});

	it('says when a share is too large for a QR code', async () => {
		const result = await sealShare(payload, 'qr', {
			origin: 'https://nahbei.de',
			drawQr: async () => ({ ok: false, error: 'too-large' })
		});
		expect(result).toEqual({ way: 'qr-too-large' });
	});

	it('cuts a share too large for one code into parts whose joined envelope opens', async () => {
		// A code holds at most 400 characters here: the share needs several.
		const drawQr = async (text: string) =>
			text.length <= 400
				? { ok: true as const, dataUrl: `data:${text.length}`, version: 20 }
				: { ok: false as const, error: 'too-large' as const };
		const result = await sealShare(payload, 'qr', { origin: 'https://nahbei.de', drawQr });
		if (result.way !== 'qr-parts') throw new Error(`parts, not ${result.way}`);
		expect(result.codes.length).toBeGreaterThanOrEqual(2);
		for (const code of result.codes) {
			expect(code.link.length).toBeLessThanOrEqual(400);
			expect(code.dataUrl).toBe(`data:${code.link.length}`);
		}
		let collection: PartCollection | null = null;
		for (const code of [...result.codes].reverse()) {
			const part = readPartFragment(new URL(code.link).hash);
			if (!part) throw new Error('no part');
			const added = addPart(collection, part);
			if (!added.ok) throw new Error(added.problem);
			collection = added.collection;
		}
		const joined = collection && joinParts(collection);
		if (!joined) throw new Error('not joined');
		const opened = await decryptEnvelope(joined.envelope, joined.key);
		if (!opened.ok) throw new Error(opened.error);
		expect(readSharePayload(opened.data)).toEqual({ ok: true, payload });
		expect(logEntryFor(result, payload)?.way).toBe('qr');
	});

	it('draws a real QR code for a small share when no drawing is given', async () => {
		const small = composeShare(
			{
				wishes: [makeWish(cook.id, 'Kochen', { answers: swim.answers })],
				people: [],
				savedOffers: []
			},
			{ ...everything, offerIds: [] },
			takeAlong,
			now
		);
		const result = await sealShare(small, 'qr', { origin: 'https://nahbei.de' });
		expect(result.way).toBe('qr');
	});
});

describe('logEntryFor', () => {
	const payload = composeShare(sources, { ...everything, message: 'Hallo' }, toLotse, now);

	it('notes to whom, how and how much', () => {
		expect(logEntryFor({ way: 'print', payload }, payload)).toEqual({
			to: 'Frau Yılmaz',
			purpose: 'lotse',
			way: 'print',
			counts: { wishes: 2, people: 0, offers: 1, message: true }
		});
	});

	it('notes nothing when the share was too large for a QR code: nothing left the device', () => {
		expect(logEntryFor({ way: 'qr-too-large' }, payload)).toBeNull();
	});
});

describe('deliverFile', () => {
	const file = new File(['x'], shareFileName(now), { type: 'text/plain' });

	function hands(share: () => Promise<void>) {
		return { share: vi.fn(share), save: vi.fn() };
	}

	it('hands the file to the share sheet where the device has one', async () => {
		const device = hands(async () => {});
		expect(await deliverFile(file, true, device)).toBe('shared');
		expect(device.share).toHaveBeenCalledWith(file);
		expect(device.save).not.toHaveBeenCalled();
	});

	it('does nothing when the person closes the share sheet', async () => {
		const device = hands(async () => {
			throw new DOMException('closed', 'AbortError');
		});
		expect(await deliverFile(file, true, device)).toBe('cancelled');
		expect(device.save).not.toHaveBeenCalled();
	});

	it('saves the file when the share sheet fails', async () => {
		const device = hands(async () => {
			throw new DOMException('not allowed', 'NotAllowedError');
		});
		expect(await deliverFile(file, true, device)).toBe('saved');
		expect(device.save).toHaveBeenCalledWith(file);
	});

	it('saves the file where there is no share sheet', async () => {
		const device = hands(async () => {});
		expect(await deliverFile(file, false, device)).toBe('saved');
		expect(device.share).not.toHaveBeenCalled();
	});
});

describe('names and words', () => {
	it('names a share file by its day', () => {
		expect(shareFileName(now)).toBe('nahbei-teilen-2026-11-23.txt');
	});

	it('shows a passphrase word by word', () => {
		expect(passphraseWords('Apfel-Haus-Baum-Tisch')).toEqual(['Apfel', 'Haus', 'Baum', 'Tisch']);
	});
});

describe('readShareChoices', () => {
	const kept = {
		allWishes: false,
		chosenWishIds: [cook.id],
		personIds: [ayse.id],
		leftOutOfferIds: [],
		message: 'Hallo',
		way: 'qr'
	};

	it('reads kept choices back', () => {
		expect(readShareChoices(JSON.stringify(kept))).toEqual(kept);
	});

	it('drops missing, damaged or odd choices', () => {
		expect(readShareChoices(null)).toBeNull();
		expect(readShareChoices('{')).toBeNull();
		expect(readShareChoices(JSON.stringify({ ...kept, way: 'fax' }))).toBeNull();
		expect(readShareChoices(JSON.stringify({ ...kept, personIds: [42] }))).toBeNull();
		expect(readShareChoices(JSON.stringify({ ...kept, chosenWishIds: ['<b>'] }))).toBeNull();
		expect(readShareChoices(JSON.stringify({ ...kept, allWishes: 'yes' }))).toBeNull();
	});
});

import { describe, expect, it } from 'vitest';
import { ayse, lunch, makeWish } from '../../../tests/fixtures/sharing/share-data';
import { encryptWithPassphrase, encryptWithRandomKey } from './envelope';
import { planImport } from './import-plan';
import {
	checkShareFile,
	importChanges,
	importWrites,
	maxShareFileBytes,
	newItemCount,
	openShare,
	openWithPassphrase
} from './open';
import { buildSharePayload, defaultShareChoice, packSharePayload } from './payload';

// Real envelopes need 600,000 PBKDF2 iterations; these tests seal and open with 1,000.
const fast = { iterations: 1000, testOnlyMinIterations: 1000 };
const opening = { testOnlyMinIterations: 1000 };
const passphrase = 'Apfel-Haus-Baum-Tisch';

const swim = makeWish('5b0c6d1e-2f3a-4b4c-8d5e-6f7a8b9c0d1e', 'Ich möchte schwimmen.');
const cook = makeWish('9e8d7c6b-5a4f-4e3d-9c2b-1a0f9e8d7c6b', 'Ich möchte kochen.');
const payload = buildSharePayload(
	{ wishes: [swim, cook], people: [ayse], savedOffers: [lunch] },
	{ ...defaultShareChoice(), offerIds: [lunch.id], personIds: [ayse.id] },
	{ from: 'Jürgen', to: 'Frau Yılmaz', purpose: 'take-along' }
);

const sealed = () => encryptWithPassphrase(packSharePayload(payload), passphrase, fast);

/** A file as the file input gives it. */
function chosen(text: string): Blob {
	return new Blob([text], { type: 'text/plain' });
}

describe('openShare and openWithPassphrase', () => {
	it('open a file with its passphrase, typed in small letters with spaces', async () => {
		const result = await openWithPassphrase(await sealed(), 'apfel haus baum tisch', opening);
		expect(result).toEqual({ ok: true, payload });
	});

	it('open a link with its key', async () => {
		const { envelope, key } = await encryptWithRandomKey(packSharePayload(payload));
		expect(await openShare(envelope, key)).toEqual({ ok: true, payload });
	});

	it('call a typed passphrase that does not fit a wrong passphrase', async () => {
		const result = await openWithPassphrase(await sealed(), 'falsch falsch falsch falsch', opening);
		expect(result).toEqual({ ok: false, problem: 'wrong-passphrase' });
	});

	it('call nothing typed a wrong passphrase, without opening anything', async () => {
		expect(await openWithPassphrase('not even an envelope', '   ')).toEqual({
			ok: false,
			problem: 'wrong-passphrase'
		});
	});

	it('call a link whose key does not fit damaged, not a wrong passphrase', async () => {
		const { envelope } = await encryptWithRandomKey(packSharePayload(payload));
		const other = await encryptWithRandomKey(packSharePayload(payload));
		expect(await openShare(envelope, other.key)).toEqual({
			ok: false,
			problem: 'wrong-secret-or-damaged'
		});
	});

	it('say when a share comes from a newer nahbei', async () => {
		const packed = packSharePayload(payload);
		packed[1] = 3;
		const envelope = await encryptWithPassphrase(packed, passphrase, fast);
		expect(await openShare(envelope, passphrase, opening)).toEqual({
			ok: false,
			problem: 'future-version'
		});
	});

	it('say when an envelope holds something that is no share', async () => {
		const envelope = await encryptWithPassphrase({ hello: 'world' }, passphrase, fast);
		expect(await openShare(envelope, passphrase, opening)).toEqual({
			ok: false,
			problem: 'not-a-share'
		});
	});

	it('say when an envelope is cut off', async () => {
		const envelope = await sealed();
		const result = await openShare(envelope.slice(0, envelope.length / 2), passphrase, opening);
		expect(result).toEqual({ ok: false, problem: 'truncated' });
	});
});

describe('checkShareFile', () => {
	it('lets a sealed share file through to ask for its passphrase', async () => {
		const text = await sealed();
		expect(await checkShareFile(chosen(text), opening)).toEqual({ ok: true, text });
	});

	it('refuses a file far too large before reading it', async () => {
		const huge = {
			size: maxShareFileBytes + 1,
			text: () => Promise.reject(new Error('must not be read'))
		};
		expect(await checkShareFile(huge)).toEqual({ ok: false, problem: 'too-large' });
	});

	it('says when a file cannot be read', async () => {
		const broken = { size: 10, text: () => Promise.reject(new Error('gone')) };
		expect(await checkShareFile(broken)).toEqual({ ok: false, problem: 'unreadable' });
	});

	it('says when a file is not from nahbei', async () => {
		expect(await checkShareFile(chosen('Hallo Frau Yılmaz, hier ist mein Plan.'))).toEqual({
			ok: false,
			problem: 'not-an-envelope'
		});
	});

	it('says when a file comes from a newer nahbei', async () => {
		expect(await checkShareFile(chosen('NAHBEI-SHARE 2\nabc.def\n'))).toEqual({
			ok: false,
			problem: 'future-version'
		});
	});

	it('names a cut-off file before anyone types a passphrase', async () => {
		const text = await sealed();
		expect(await checkShareFile(chosen(text.slice(0, text.length / 2)), opening)).toEqual({
			ok: false,
			problem: 'truncated'
		});
	});

	it('says that a share sealed with a random key opens only from its link', async () => {
		const { envelope } = await encryptWithRandomKey(packSharePayload(payload));
		expect(await checkShareFile(chosen(envelope))).toEqual({ ok: false, problem: 'needs-link' });
	});
});

describe('taking a share into one’s own data', () => {
	const now = new Date('2026-11-24T10:00:00.000Z');
	const changedSwim = { ...swim, text: 'Ich schwimme schon.' };
	const plan = planImport(
		{
			...payload,
			// The cook wish comes back without words.
			wishes: payload.wishes.map((wish) => (wish.id === cook.id ? { ...wish, text: '' } : wish))
		},
		{ wishes: [changedSwim, cook], people: [ayse], favouriteIds: [] },
		now
	);

	it('counts only what is new: an item already there exactly so is not counted', () => {
		expect(plan.same).toBe(1);
		expect(newItemCount(plan)).toBe(1);
	});

	it('lists the changed items by their words, wishes first', () => {
		expect(importChanges(plan, 'Ohne Worte')).toEqual([
			{ id: swim.id, label: swim.text },
			{ id: cook.id, label: 'Ohne Worte' }
		]);
	});

	it('writes the new items and never overwrites a changed one unless the person chose it', () => {
		const writes = importWrites(plan, []);
		expect(writes.wishes).toEqual([]);
		expect(writes.people).toEqual([]);
		expect(writes.offerIds).toEqual([lunch.id]);
	});

	it('replaces exactly the changed items the person ticked', () => {
		const writes = importWrites(plan, [swim.id]);
		expect(writes.wishes.map((wish) => [wish.id, wish.text])).toEqual([[swim.id, swim.text]]);
	});
});

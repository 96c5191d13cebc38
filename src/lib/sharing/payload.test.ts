import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ayse, lunch, makeWish } from '../../../tests/fixtures/sharing/share-data';
import { decryptEnvelope, encryptWithPassphrase, encryptWithRandomKey } from './envelope';
import {
	buildSharePayload,
	countShare,
	defaultShareChoice,
	packSharePayload,
	readSharePayload,
	type SharePayload
} from './payload';

const fast = { iterations: 1000, testOnlyMinIterations: 1000 };
const first = makeWish('5b0c6d1e-2f3a-4b4c-8d5e-6f7a8b9c0d1e', 'Ich möchte schwimmen. 🏊');
const second = makeWish('9e8d7c6b-5a4f-4e3d-9c2b-1a0f9e8d7c6b', 'Ich möchte kochen.');
const third = makeWish('1e2d3c4b-5a6f-4e3d-9c2b-1a0f9e8d7c6b', 'Ich möchte tanzen.');
const sources = { wishes: [first, second, third], people: [ayse], savedOffers: [lunch] };
const meta = { from: 'Jürgen', to: 'Frau Yılmaz', purpose: 'lotse' as const };

describe('buildSharePayload', () => {
	it('leaves the network out unless the person turns it on', () => {
		const payload = buildSharePayload(
			sources,
			{ ...defaultShareChoice(), offerIds: [lunch.id] },
			meta
		);
		expect(payload.people).toEqual([]);
		expect(payload.wishes).toHaveLength(3);
		expect(payload.offers).toHaveLength(1);
	});

	it('holds only the chosen wishes', () => {
		const payload = buildSharePayload(
			sources,
			{ ...defaultShareChoice(), offerIds: [lunch.id], wishIds: [first.id, third.id] },
			meta
		);
		expect(payload.wishes.map((wish) => wish.text)).toEqual([first.text, third.text]);
	});

	it('takes no helper suggestions, linked people, phone numbers or notes along', () => {
		const payload = buildSharePayload(
			sources,
			{ ...defaultShareChoice(), offerIds: [lunch.id], personIds: [ayse.id] },
			meta
		);
		const json = JSON.stringify(payload);
		expect(json).not.toContain('Idee');
		expect(json).not.toContain('peopleIds');
		expect(json).not.toContain('0170 123');
		expect(json).not.toContain('Geheim');
		expect(payload.people[0]?.name).toBe('Ayşe Öztürk');
	});

	it('gives an offer as its name, organisation, how to reach it and its times', () => {
		const payload = buildSharePayload(
			{ ...sources, describeTimes: () => ['Montag bis Freitag von 12 bis 14 Uhr.'] },
			{ ...defaultShareChoice(), offerIds: [lunch.id] },
			meta
		);
		expect(payload.offers[0]).toEqual({
			id: lunch.id,
			name: 'Mittags-Tisch',
			organization: 'Stadtteil-Haus',
			phone: '040 123',
			email: '',
			address: 'Lindenstraße 5, 20000 Hamburg',
			times: ['Montag bis Freitag von 12 bis 14 Uhr.']
		});
	});

	it('starts with no saved offer: the person picks them one by one', () => {
		const payload = buildSharePayload(sources, defaultShareChoice(), meta);
		expect(payload.offers).toEqual([]);
	});

	it('counts what it holds', () => {
		const payload = buildSharePayload(
			sources,
			{
				...defaultShareChoice(),
				offerIds: [lunch.id],
				wishIds: [second.id],
				message: ' Bis bald '
			},
			meta
		);
		expect(payload.message).toBe('Bis bald');
		expect(countShare(payload)).toEqual({ wishes: 1, people: 0, offers: 1, message: true });
	});
});

describe('a shared wish carries its plan', () => {
	const planned = makeWish('2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d', 'Ich möchte schwimmen.', {
		answers: {
			...first.answers,
			quartier: { offerIds: [lunch.id, 'gone'], text: 'Das Bad.' }
		},
		author: { kind: 'helper', name: 'Ben' },
		suggestions: [
			{
				id: '7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0b',
				field: 'self',
				text: 'Bus',
				by: 'Mama',
				state: 'accepted'
			},
			{
				id: '7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0c',
				field: 'self',
				text: 'Taxi',
				by: 'Ede',
				state: 'rejected'
			}
		],
		confirmedByMe: false
	});
	const plannedSources = {
		wishes: [planned],
		people: [ayse],
		savedOffers: [],
		findOffer: (id: string) => (id === lunch.id ? lunch : undefined)
	};

	it('names the people linked in it, without their details unless the person shares them', () => {
		const payload = buildSharePayload(plannedSources, defaultShareChoice(), meta);
		expect(payload.wishes[0]?.answers.network.people).toEqual([{ id: ayse.id, name: ayse.name }]);
		expect(payload.people).toEqual([]);
		const shared = buildSharePayload(
			plannedSources,
			{ ...defaultShareChoice(), personIds: [ayse.id] },
			meta
		);
		expect(shared.people.map((person) => person.closeness)).toEqual([1]);
	});

	it('takes its linked offers along whole, and drops the id of an offer nobody knows', () => {
		const payload = buildSharePayload(plannedSources, defaultShareChoice(), meta);
		expect(payload.wishes[0]?.answers.quartier.offerIds).toEqual([lunch.id]);
		expect(payload.offers.map((offer) => offer.name)).toEqual([lunch.name]);
	});

	it('says who helped write it and whether the person confirmed it', () => {
		const [wish] = buildSharePayload(plannedSources, defaultShareChoice(), meta).wishes;
		expect(wish?.helpers).toEqual(['Ben', 'Mama']);
		expect(wish?.confirmed).toBe(false);
	});

	it('comes back the same from its packed form', () => {
		const payload = buildSharePayload(
			plannedSources,
			{ ...defaultShareChoice(), personIds: [ayse.id] },
			meta
		);
		const packed = JSON.parse(JSON.stringify(packSharePayload(payload)));
		expect(readSharePayload(packed)).toEqual({ ok: true, payload });
	});

	it('carries the answers given with pictures and a face, packed and back', () => {
		const pictured = makeWish('3b4c5d6e-7f8a-4b9c-8d1e-2f3a4b5c6d7e', '', {
			pictogram: 'garden',
			pictureAnswers: {
				network: { pictures: ['familyHelp', 'call'], feeling: 'good' },
				others: { pictures: [], feeling: 'soSo' }
			}
		});
		const payload = buildSharePayload(
			{ ...plannedSources, wishes: [pictured] },
			defaultShareChoice(),
			meta
		);
		expect(payload.wishes[0]?.pictureAnswers).toEqual(pictured.pictureAnswers);
		const packed = JSON.parse(JSON.stringify(packSharePayload(payload)));
		expect(readSharePayload(packed)).toEqual({ ok: true, payload });
	});

	it('opens a share without picture answers, as an older nahbei wrote it', () => {
		const payload = buildSharePayload(plannedSources, defaultShareChoice(), meta);
		const packed = packSharePayload(payload) as unknown[][];
		const older = packed.map((part, index) =>
			index === 7 ? (part as unknown[][]).map((wish) => wish.slice(0, 20)) : part
		);
		const read = readSharePayload(JSON.parse(JSON.stringify(older)));
		expect(read.ok && read.payload.wishes[0]?.pictureAnswers).toBeUndefined();
	});

	it('refuses a picture or a face it does not know', () => {
		const payload = buildSharePayload(plannedSources, defaultShareChoice(), meta);
		const packed = JSON.parse(JSON.stringify(packSharePayload(payload)));
		packed[7][0][20] = [null, [['spaceship'], 'good'], null, null, null];
		expect(readSharePayload(packed)).toEqual({ ok: false, error: 'bad-content' });
	});
});

describe('a share of version 1', () => {
	const wish = [
		first.id,
		'Schwimmen',
		null,
		'idea',
		false,
		null,
		'',
		'Ayşe fährt mich.',
		'',
		'',
		'',
		'',
		null,
		'2026-11-23T10:00:00.000Z',
		'2026-11-23T10:00:00.000Z'
	];
	const offer = [lunch.id, 'Mittags-Tisch', 'Stadtteil-Haus', '040 123', 'Lindenstraße 5'];
	const old = [
		'nahbei-share',
		1,
		'lotse',
		'Jürgen',
		'Frau Yılmaz',
		'2026-11-23T10:00:00.000Z',
		'',
		[wish],
		[],
		[offer]
	];

	it('still opens, packed: without links or helpers, and not marked as unconfirmed', () => {
		const read = readSharePayload(old);
		expect(read.ok).toBe(true);
		if (!read.ok) return;
		expect(read.payload.version).toBe(2);
		expect(read.payload.wishes[0]).toMatchObject({
			text: 'Schwimmen',
			helpers: [],
			confirmed: true,
			answers: { network: { text: 'Ayşe fährt mich.', people: [] } }
		});
		expect(read.payload.offers[0]).toMatchObject({ phone: '040 123', email: '', times: [] });
	});

	it('still opens with named fields, as a Lotse kept it', () => {
		const read = readSharePayload(old);
		if (!read.ok) throw new Error('version 1 did not open');
		const named = JSON.parse(JSON.stringify(read.payload));
		named.version = 1;
		for (const each of named.wishes) {
			delete each.helpers;
			delete each.confirmed;
			delete each.answers.network.people;
		}
		expect(readSharePayload(named)).toEqual(read);
	});
});

describe('readSharePayload', () => {
	const payload = buildSharePayload(
		sources,
		{ ...defaultShareChoice(), offerIds: [lunch.id] },
		meta
	);

	it('reads a payload it built', () => {
		expect(readSharePayload(JSON.parse(JSON.stringify(payload)))).toEqual({ ok: true, payload });
	});

	it('says when a payload comes from a newer nahbei', () => {
		expect(readSharePayload({ ...payload, version: 3, wishes: 'anders' })).toEqual({
			ok: false,
			error: 'future-version'
		});
	});

	it.each([null, 'text', [], { format: 'nahbei-backup' }, ['nahbei-share']])(
		'refuses %j as no share',
		(data) => {
			expect(readSharePayload(data)).toEqual({ ok: false, error: 'not-a-share' });
		}
	);

	it('refuses a share with broken items', () => {
		expect(readSharePayload({ ...payload, wishes: [{ id: 1 }] })).toEqual({
			ok: false,
			error: 'bad-content'
		});
	});

	it('refuses a share with two items of one id', () => {
		const full = buildSharePayload(
			sources,
			{ ...defaultShareChoice(), offerIds: [lunch.id], personIds: [ayse.id] },
			meta
		);
		const twice = (list: unknown[]) => [...list, list[0]];
		for (const kind of ['wishes', 'people', 'offers'] as const) {
			const packed = JSON.parse(JSON.stringify(packSharePayload(full)));
			const index = { wishes: 7, people: 8, offers: 9 }[kind];
			packed[index] = twice(packed[index]);
			expect(readSharePayload(packed), kind).toEqual({ ok: false, error: 'bad-content' });
		}
	});

	it('refuses kinds, areas and states it does not know', () => {
		const full = buildSharePayload(
			sources,
			{ ...defaultShareChoice(), offerIds: [lunch.id], personIds: [ayse.id] },
			meta
		);
		const robot = { ...full, people: [{ ...full.people[0], kind: 'robot' }] };
		const dreaming = { ...full, wishes: [{ ...full.wishes[0], status: 'dreaming' }] };
		const far = { ...full, people: [{ ...full.people[0], closeness: 9 }] };
		for (const data of [robot, dreaming, far]) {
			expect(readSharePayload(data)).toEqual({ ok: false, error: 'bad-content' });
		}
	});

	it('refuses more items than a share can hold, packed or named', () => {
		const packed = packSharePayload(payload);
		const many = Array.from({ length: 100_000 }, () => packed[7] && (packed[7] as unknown[])[0]);
		expect(readSharePayload([...packed.slice(0, 7), many, [], []])).toEqual({
			ok: false,
			error: 'too-many'
		});
		const people = Array.from({ length: 2_001 }, () => ({}));
		expect(readSharePayload({ ...payload, people })).toEqual({ ok: false, error: 'too-many' });
	});

	it('reads its packed form back to the same payload', () => {
		const full = buildSharePayload(
			sources,
			{ ...defaultShareChoice(), offerIds: [lunch.id], personIds: [ayse.id] },
			meta
		);
		const packed = JSON.parse(JSON.stringify(packSharePayload(full)));
		expect(readSharePayload(packed)).toEqual({ ok: true, payload: full });
	});

	it('says when a packed payload comes from a newer nahbei', () => {
		expect(readSharePayload(['nahbei-share', 3, {}])).toEqual({
			ok: false,
			error: 'future-version'
		});
	});

	it('refuses packed data of the wrong shape', () => {
		const packed = packSharePayload(payload);
		expect(readSharePayload([...packed.slice(0, 7), 'keine Liste', 5, null]).ok).toBe(true);
		expect(readSharePayload([...packed.slice(0, 7), [[1, 2]], [], []])).toEqual({
			ok: false,
			error: 'bad-content'
		});
	});

	it('drops fields it does not know instead of keeping them', () => {
		const result = readSharePayload({ ...payload, script: '<script>alert(1)</script>' });
		expect(result.ok && 'script' in result.payload).toBe(false);
	});
});

// Any wish text, any message: sealed and opened again, the payload is exactly the same.
describe('a sealed share', () => {
	const textArb = fc.string({ maxLength: 200 });
	const choiceArb = fc.record({
		texts: fc.array(textArb, { minLength: 0, maxLength: 5 }),
		message: textArb,
		network: fc.boolean(),
		offers: fc.boolean()
	});

	function payloadOf(choice: {
		texts: string[];
		message: string;
		network: boolean;
		offers: boolean;
	}): SharePayload {
		const wishes = choice.texts.map((text, index) =>
			makeWish(`00000000-0000-4000-8000-${String(index).padStart(12, '0')}`, text)
		);
		return buildSharePayload(
			{ wishes, people: [ayse], savedOffers: [lunch] },
			{
				wishIds: 'all',
				personIds: choice.network ? [ayse.id] : [],
				offerIds: choice.offers ? [lunch.id] : [],
				message: choice.message
			},
			meta
		);
	}

	it('opens with its random key to the same payload', async () => {
		await fc.assert(
			fc.asyncProperty(choiceArb, async (choice) => {
				const payload = payloadOf(choice);
				const { envelope, key } = await encryptWithRandomKey(packSharePayload(payload));
				const opened = await decryptEnvelope(envelope, key);
				expect(opened.ok && readSharePayload(opened.data)).toEqual({ ok: true, payload });
			}),
			{ numRuns: 40 }
		);
	});

	it('opens with its passphrase to the same payload', async () => {
		await fc.assert(
			fc.asyncProperty(choiceArb, async (choice) => {
				const payload = payloadOf(choice);
				const envelope = await encryptWithPassphrase(
					packSharePayload(payload),
					'Apfel-Haus-Baum-Tisch',
					fast
				);
				const opened = await decryptEnvelope(envelope, 'apfel haus baum tisch', fast);
				expect(opened.ok && readSharePayload(opened.data)).toEqual({ ok: true, payload });
			}),
			{ numRuns: 20 }
		);
	});
});

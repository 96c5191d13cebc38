import { describe, expect, it } from 'vitest';
import { decryptEnvelope, encryptWithRandomKey } from './envelope';
import {
	addPart,
	cutInto,
	isPartFragment,
	joinParts,
	MAX_PARTS,
	missingParts,
	partLinks,
	PARTS_KEPT_MS,
	readCollection,
	readPartFragment,
	splitShare,
	type PartCollection,
	type SharePart
} from './parts';

const origin = 'https://nahbei.de';
const data = { wishes: ['Ich möchte schwimmen gehen.', 'Ich möchte kochen lernen.'], n: 42 };

async function sealedParts(count: number) {
	const { envelope, key } = await encryptWithRandomKey(data, { compress: false });
	const links = partLinks(origin, envelope, key, count);
	return links.map((link) => {
		const part = readPartFragment(new URL(link).hash);
		if (!part) throw new Error(`no part in ${link}`);
		return part;
	});
}

function collect(parts: readonly SharePart[]): PartCollection | null {
	let collection: PartCollection | null = null;
	for (const part of parts) {
		const added = addPart(collection, part, 1000);
		if (!added.ok) throw new Error(added.problem);
		collection = added.collection;
	}
	return collection;
}

async function openJoined(collection: PartCollection | null) {
	const joined = collection && joinParts(collection);
	if (!joined) throw new Error('parts are missing');
	return decryptEnvelope(joined.envelope, joined.key);
}

describe('cutInto', () => {
	it('cuts a text into pieces of nearly equal length that join to the text', () => {
		const pieces = cutInto('abcdefghij', 3);
		expect(pieces).toEqual(['abcd', 'efg', 'hij']);
		expect(pieces.join('')).toBe('abcdefghij');
	});
});

describe('split and join', () => {
	it('labels each part with the share id, its number and the count, in a link to /lotse', async () => {
		const parts = await sealedParts(4);
		expect(parts.map((part) => [part.index, part.count])).toEqual([
			[1, 4],
			[2, 4],
			[3, 4],
			[4, 4]
		]);
		expect(new Set(parts.map((part) => part.id)).size).toBe(1);
		expect(new Set(parts.map((part) => part.key)).size).toBe(1);
	});

	it('opens the share from its parts in any order', async () => {
		const parts = await sealedParts(3);
		for (const order of [
			[0, 1, 2],
			[2, 1, 0],
			[1, 2, 0]
		]) {
			const opened = await openJoined(collect(order.map((index) => parts[index] as SharePart)));
			expect(opened).toMatchObject({ ok: true, data });
		}
	});

	it('says which parts are still missing and joins nothing until all are there', async () => {
		const parts = await sealedParts(4);
		const collection = collect([parts[3], parts[1]] as SharePart[]);
		if (!collection) throw new Error('nothing collected');
		expect(missingParts(collection)).toEqual([1, 3]);
		expect(joinParts(collection)).toBeNull();
	});

	it('takes the same part twice as one', async () => {
		const parts = await sealedParts(2);
		const first = collect([parts[0]] as SharePart[]);
		const again = addPart(first, parts[0] as SharePart);
		expect(again).toMatchObject({ ok: true, duplicate: true, collection: first });
		const opened = await openJoined(collect([parts[0], parts[0], parts[1]] as SharePart[]));
		expect(opened).toMatchObject({ ok: true, data });
	});

	it('refuses a part of another share and keeps what was collected', async () => {
		const mine = await sealedParts(2);
		const other = await sealedParts(2);
		const collection = collect([mine[0]] as SharePart[]);
		expect(addPart(collection, other[1] as SharePart)).toEqual({
			ok: false,
			problem: 'other-share'
		});
		expect(collection && missingParts(collection)).toEqual([2]);
	});

	it('refuses a part that says the same share with another key, count or piece', async () => {
		const parts = await sealedParts(3);
		const collection = collect([parts[0]] as SharePart[]);
		const first = parts[0] as SharePart;
		const second = parts[1] as SharePart;
		expect(addPart(collection, { ...second, count: 4 })).toMatchObject({ problem: 'damaged-part' });
		// Another first letter of the key (the key is random: it may start with either one).
		const otherLetter = second.key.startsWith('B') ? 'C' : 'B';
		expect(
			addPart(collection, { ...second, key: `${otherLetter}${second.key.slice(1)}` })
		).toMatchObject({
			problem: 'damaged-part'
		});
		expect(addPart(collection, { ...first, piece: `${first.piece}A` })).toMatchObject({
			problem: 'damaged-part'
		});
	});

	it('never opens a share when one character of any part changed', async () => {
		const parts = await sealedParts(3);
		let refused = 0;
		for (let which = 0; which < parts.length; which++) {
			const part = parts[which] as SharePart;
			for (const at of [0, Math.floor(part.piece.length / 2), part.piece.length - 1]) {
				const original = part.piece[at];
				const changed = original === 'A' ? 'B' : 'A';
				const piece = part.piece.slice(0, at) + changed + part.piece.slice(at + 1);
				const mixed = parts.map((each, index) => (index === which ? { ...each, piece } : each));
				const opened = await openJoined(collect(mixed));
				expect(opened.ok).toBe(false);
				refused++;
			}
		}
		expect(refused).toBe(9);
	});
});

describe('readPartFragment', () => {
	const key = 'A'.repeat(43);

	it('reads a part and tells it from a whole share', () => {
		const hash = `#p=abcdEFGH.2.3&k=${key}&s=abc.def`;
		expect(readPartFragment(hash)).toEqual({
			id: 'abcdEFGH',
			index: 2,
			count: 3,
			key,
			piece: 'abc.def'
		});
		expect(isPartFragment(hash)).toBe(true);
		expect(isPartFragment(`#k=${key}&s=abc`)).toBe(false);
	});

	it('refuses a part with a number out of range, a bad id, key or piece', () => {
		for (const label of [
			'abcdEFGH.4.3',
			'abcdEFGH.0.3',
			'abcdEFGH.1.1',
			`abcdEFGH.1.${MAX_PARTS + 1}`,
			'abc.1.2'
		]) {
			expect(readPartFragment(`#p=${label}&k=${key}&s=abc`)).toBeNull();
		}
		expect(readPartFragment(`#p=abcdEFGH.1.2&k=short&s=abc`)).toBeNull();
		expect(readPartFragment(`#p=abcdEFGH.1.2&k=${key}&s=<script>`)).toBeNull();
	});
});

describe('splitShare', () => {
	it('takes the fewest parts that each fit one code, or says none do', async () => {
		const { envelope, key } = await encryptWithRandomKey(data, { compress: false });
		const whole = `${origin}/lotse#k=${key}&s=x`.length + envelope.length;
		const links = await splitShare(origin, envelope, key, async (text) => text.length < whole / 2);
		expect(links?.length).toBeGreaterThanOrEqual(2);
		expect(links?.length).toBeLessThanOrEqual(3);
		expect(await splitShare(origin, envelope, key, async () => false)).toBeNull();
	});
});

describe('readCollection', () => {
	it('reads a kept collection back, and drops an old or damaged one', async () => {
		const collection = collect((await sealedParts(2)).slice(0, 1));
		const raw = JSON.stringify(collection);
		expect(readCollection(raw, 2000)).toEqual(collection);
		expect(readCollection(raw, 1000 + PARTS_KEPT_MS + 1)).toBeNull();
		expect(readCollection('{', 2000)).toBeNull();
		expect(readCollection(JSON.stringify({ ...collection, pieces: { 9: 'x' } }), 2000)).toBeNull();
		expect(readCollection(null)).toBeNull();
	});
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placed, testId } from '../../../tests/fixtures/network/people';
import { compareSnapshots, isUnchanged } from './compare';
import { parseEasyNwk } from './easynwk';

describe('compareSnapshots', () => {
	const older = {
		people: [
			placed(1, 'family', 1, 'Anna'),
			placed(2, 'friends', 2, 'Ben'),
			placed(3, 'quartier', 3, 'Chor'),
			placed(4, 'professionals', 2, 'Dr. Ott')
		]
	};
	const newer = {
		people: [
			placed(1, 'family', 2, 'Anna'),
			placed(2, 'quartier', 1, 'Ben'),
			placed(4, 'professionals', 0, 'Dr. Ott'),
			placed(5, 'friends', 1, 'Eva')
		]
	};
	const result = compareSnapshots(older, newer);

	it('lists who is new and who is gone', () => {
		expect(result.added).toEqual([{ id: testId(5), name: 'Eva' }]);
		expect(result.removed).toEqual([{ id: testId(3), name: 'Chor' }]);
	});

	it('lists who came closer and who moved further away, with both levels', () => {
		expect(result.closer).toEqual([{ id: testId(2), name: 'Ben', from: 2, to: 1 }]);
		expect(result.further).toEqual([
			{ id: testId(1), name: 'Anna', from: 1, to: 2 },
			{ id: testId(4), name: 'Dr. Ott', from: 2, to: 0 }
		]);
	});

	it('lists who changed area', () => {
		expect(result.movedArea).toEqual([
			{ id: testId(2), name: 'Ben', from: 'friends', to: 'quartier' }
		]);
	});

	it('finds nothing between a snapshot and itself', () => {
		expect(isUnchanged(compareSnapshots(older, older))).toBe(true);
		expect(isUnchanged(result)).toBe(false);
	});

	it('counts "gerade kein Kontakt" as further than "weiter weg" and contact again as closer', () => {
		const before = { people: [placed(1, 'family', 0)] };
		const after = { people: [placed(1, 'family', 3)] };
		expect(compareSnapshots(before, after).closer).toHaveLength(1);
		expect(compareSnapshots(after, before).further).toHaveLength(1);
	});

	it('compares the two versions of an imported easyNWK record', () => {
		const text = readFileSync(
			new URL('../../../tests/fixtures/network/easynwk-record.json', import.meta.url),
			'utf8'
		);
		const parsed = parseEasyNwk(text);
		if (!parsed.ok) throw new Error(parsed.error);
		const [first, second] = parsed.versions;
		const changes = compareSnapshots(first ?? { people: [] }, second ?? { people: [] });
		const names = (list: { name: string }[]) => list.map((entry) => entry.name);
		expect(names(changes.added)).toEqual(['Familie Özdemir']);
		expect(names(changes.removed)).toEqual(['Ahmet']);
		expect(names(changes.closer)).toEqual(['Uwe']);
		expect(names(changes.further)).toEqual(['Gisela']);
		expect(changes.movedArea).toEqual([]);
	});
});

describe('compareSnapshots with ties', () => {
	const people = [
		placed(1, 'family', 1, 'Anna'),
		placed(2, 'family', 1, 'Ben'),
		placed(3, 'family', 1, 'Cem')
	];
	const older = { people, ties: [{ a: testId(1), b: testId(3) }] };
	const newer = { people, ties: [{ a: testId(1), b: testId(2) }] };

	it('names a tie that came and a tie that went', () => {
		const result = compareSnapshots(older, newer);
		expect(result.tiesAdded.map((tie) => [tie.first.name, tie.second.name])).toEqual([
			['Anna', 'Ben']
		]);
		expect(result.tiesRemoved.map((tie) => [tie.first.name, tie.second.name])).toEqual([
			['Anna', 'Cem']
		]);
		expect(isUnchanged(result)).toBe(false);
	});
});

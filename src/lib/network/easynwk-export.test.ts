import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testId } from '../../../tests/fixtures/network/people';
import {
	easyNwkHistoryFile,
	easyNwkMapFile,
	easyNwkText,
	parseEasyNwk,
	snapshotFromImport,
	type EasyNwkRecord,
	type EasyNwkSource,
	type ImportedVersion
} from './easynwk';
import { computeFigures } from './figures';
import type { Person, Tie } from './basics';

function fixture(name: string): string {
	return readFileSync(new URL(`../../../tests/fixtures/network/${name}`, import.meta.url), 'utf8');
}

function parse(text: string): ImportedVersion[] {
	let n = 0;
	const result = parseEasyNwk(text, {
		newId: () => testId(++n),
		now: () => '2026-12-04T09:00:00.000Z'
	});
	if (!result.ok) throw new Error(`expected the file to be read, got ${result.error}`);
	return result.versions;
}

/** What the Dateien page holds after loading a file: today is the open version. */
function loaded(text: string): EasyNwkSource {
	const versions = parse(text);
	const current = versions.find((version) => version.isCurrent) ?? versions.at(-1);
	if (!current) throw new Error('no version');
	return {
		people: current.people,
		ties: current.ties,
		self: current.self,
		snapshots: versions.map((version, i) => snapshotFromImport(version, testId(900 + i)))
	};
}

function raw(text: string): EasyNwkRecord {
	return JSON.parse(text.replace(/^\uFEFF/u, '')) as EasyNwkRecord;
}

/** The people of a version by easyNWK number, without what an import makes anew. */
function byAlter(people: readonly Person[]) {
	return Object.fromEntries(
		people.map((person) => [
			person.easynwk?.alterId,
			{ ...person, id: '', createdAt: '', updatedAt: '' }
		])
	);
}

function tiesByAlter(people: readonly Person[], ties: readonly Tie[]): string[] {
	const number = new Map(people.map((person) => [person.id, person.easynwk?.alterId]));
	return ties
		.map((tie) => [number.get(tie.a), number.get(tie.b)].sort().join('-'))
		.sort((x, y) => x.localeCompare(y));
}

const demoText = fixture('easynwk-demo-like.json');
const demo = loaded(demoText);
const demoFile = easyNwkMapFile(demo, '2026-12-04');

describe('easyNwkMapFile with a demo-like map', () => {
	it('writes a record that easyNWK opens: versions, a current version that is not 0', () => {
		expect(demoFile.versions).toHaveLength(1);
		expect(demoFile.currentVersion).toBe(demoFile.versions[0]?.id);
		expect(demoFile.currentVersion).not.toBe(0);
		expect(demoFile.versions[0]?.date).toBe('2026-12-04');
	});

	it('gives back every field of every contact as it came, support fields as numbers', () => {
		const original = raw(demoText).versions[0]?.nwk.alteri ?? [];
		const exported = new Map(demoFile.versions[0]?.nwk.alteri.map((alter) => [alter.id, alter]));
		expect(original).toHaveLength(12);
		for (const alter of original) {
			const back = exported.get(alter.id);
			for (const [field, value] of Object.entries(alter)) {
				const expected = field.startsWith('support') ? Number(value) : value;
				expect(back?.[field], `${alter.name}: ${field}`).toEqual(expected);
			}
		}
	});

	it('gives back the person themselves with the fields nahbei does not use', () => {
		expect(demoFile.versions[0]?.nwk.ego).toEqual(raw(demoText).versions[0]?.nwk.ego);
	});

	it('keeps every tie', () => {
		const connections = demoFile.versions[0]?.nwk.connections ?? [];
		expect(connections).toHaveLength(10);
		expect(connections).toContainEqual({ id1: 1, id2: 7 });
	});

	it('reads support both ways: Maria helps the person, the person helps Maria', () => {
		const maria = demo.people.find((person) => person.name === 'Maria');
		expect(maria?.support).toEqual({ emotional: 2, instrumental: 1 });
		const lara = demo.people.find((person) => person.name === 'Lara');
		// easyNWK's form may save the choice as text.
		expect(lara?.support).toEqual({ emotional: 3, informational: 2, social: 3 });
	});

	it('has the figures easyNWK shows for this map', () => {
		const all = computeFigures(demo.people, demo.ties).groups.all;
		const name = (id: string) => demo.people.find((person) => person.id === id)?.name;
		expect(all.size).toEqual({ connected: 8, connectable: 9 });
		expect(all.ties).toBe(9);
		expect(all.density).toBe(0.25);
		expect(all.degree.mean).toBe(2);
		expect(all.degree.sd).toBeCloseTo(Math.sqrt(6 / 9), 10);
		expect(all.closeness.mean).toBe(42 / 8);
		expect(all.stars.map(name)).toEqual(['Maria', 'Ewald', 'Lara']);
		expect(all.isolated).toEqual([]);
		expect(all.withoutTieToEgo.map(name)).toEqual(['Josefine']);
		expect(computeFigures(demo.people, demo.ties).cliques).toHaveLength(2);
	});
});

describe('import → export → import', () => {
	const again = loaded(easyNwkText(demoFile));

	it('gives the same people, ties and person themselves', () => {
		expect(byAlter(again.people)).toEqual(byAlter(demo.people));
		expect(tiesByAlter(again.people, again.ties)).toEqual(tiesByAlter(demo.people, demo.ties));
		expect(again.self).toEqual(demo.self);
	});

	it('gives the same figures', () => {
		const figures = (source: EasyNwkSource) => {
			const result = computeFigures(source.people, source.ties);
			const number = new Map(source.people.map((p) => [p.id, p.easynwk?.alterId]));
			return JSON.stringify(result, (_key, value: unknown) =>
				typeof value === 'string' && number.has(value) ? number.get(value) : value
			);
		};
		expect(figures(again)).toBe(figures(demo));
	});

	it('writes the same file the second time', () => {
		expect(easyNwkText(easyNwkMapFile(again, '2026-12-04'))).toBe(easyNwkText(demoFile));
	});
});

describe('easyNwkHistoryFile with three versions', () => {
	const historyText = fixture('easynwk-history.json');
	const history = loaded(historyText);
	const file = easyNwkHistoryFile(history, '2026-12-04');

	it('writes every version with its number, title and date, the open one last', () => {
		expect(file.versions.map(({ id, title, date }) => ({ id, title, date }))).toEqual([
			{ id: 1, title: 'Erstgespräch', date: '2025-03-10' },
			{ id: 2, title: 'Nach 3 Monaten', date: '2025-06-16' },
			{ id: 3, title: 'Nach einem Jahr', date: '2026-03-02' }
		]);
		expect(file.currentVersion).toBe(3);
	});

	it('keeps the file’s own field and each version’s person themselves', () => {
		expect(file.size).toBe('5');
		expect(file.versions.map((version) => version.nwk.ego.note)).toEqual([
			'Möchte wieder mehr unter Leute',
			'Möchte wieder mehr unter Leute',
			'Geht jetzt zum Turnverein'
		]);
	});

	it('gives back each version’s contacts and ties as they came', () => {
		const original = raw(historyText);
		file.versions.forEach((version, i) => {
			const before = original.versions[i]?.nwk;
			expect(version.nwk.alteri.map((alter) => alter.id)).toEqual(
				before?.alteri.map((alter) => alter.id)
			);
			expect(version.nwk.alteri.map((alter) => [alter.angle, alter.distance])).toEqual(
				before?.alteri.map((alter) => [alter.angle, alter.distance])
			);
			expect(version.nwk.connections).toEqual(before?.connections);
		});
	});

	it('reads back as three dated versions with the same contacts', () => {
		const back = parse(easyNwkText(file));
		expect(back.map((version) => version.label)).toEqual([
			'Erstgespräch',
			'Nach 3 Monaten',
			'Nach einem Jahr'
		]);
		expect(back.map((version) => version.isCurrent)).toEqual([false, false, true]);
		expect(back.map((version) => version.people.length)).toEqual([10, 12, 11]);
	});

	it('adds today as a new open version when today differs from every saved one', () => {
		const changed: EasyNwkSource = {
			...history,
			people: history.people.filter((person) => person.name !== 'Kemal')
		};
		const withToday = easyNwkHistoryFile(changed, '2026-12-04');
		expect(withToday.versions.map((version) => version.id)).toEqual([1, 2, 3, 4]);
		expect(withToday.versions.at(-1)?.date).toBe('2026-12-04');
		expect(withToday.currentVersion).toBe(4);
	});

	it('opens the version today equals, also when it is not the last one', () => {
		const second = history.snapshots[1];
		if (!second) throw new Error('no second version');
		const file2 = easyNwkHistoryFile(
			{ ...history, people: second.people, ties: second.ties },
			'2026-12-04'
		);
		expect(file2.versions).toHaveLength(3);
		expect(file2.currentVersion).toBe(2);
	});
});

describe('fields nahbei does not use, on the map and on its connections', () => {
	const text = fixture('easynwk-unknown-fields.json');
	const original = raw(text);
	const network = loaded(text);

	/** A version's connections by easyNWK numbers, the smaller first, with their other fields. */
	const connections = (map: EasyNwkRecord['versions'][number]['nwk']) =>
		map.connections
			.map(({ id1, id2, ...rest }) => ({ ends: [id1, id2].sort(), ...rest }))
			.sort((x, y) => x.ends.join().localeCompare(y.ends.join()));

	it('come back in the history file, in every version', () => {
		const file = easyNwkHistoryFile(network, '2026-12-04');
		file.versions.forEach((version, i) => {
			const before = original.versions[i]?.nwk;
			if (!before) throw new Error('no such version');
			expect(version.nwk.zoom).toEqual(before.zoom);
			expect(version.nwk.sectorLabels).toEqual(before.sectorLabels);
			expect(connections(version.nwk)).toEqual(connections(before));
		});
		expect(file.versions[0]?.nwk.connections).toContainEqual({
			id1: 1,
			id2: 2,
			strength: 2,
			note: 'Streiten oft'
		});
	});

	it('come back in the file of today’s map', () => {
		const file = easyNwkMapFile(network, '2026-12-04');
		const map = file.versions[0]?.nwk;
		if (!map) throw new Error('no map');
		expect(map.zoom).toBe(1);
		expect(connections(map)).toEqual(connections(original.versions[1]?.nwk ?? map));
	});

	it('stay the same through a second import and export', () => {
		const once = easyNwkText(easyNwkHistoryFile(network, '2026-12-04'));
		const twice = easyNwkText(easyNwkHistoryFile(loaded(once), '2026-12-04'));
		expect(twice).toBe(once);
	});

	it('are not made up for ties made in nahbei', () => {
		const [first, second] = network.people;
		if (!first || !second) throw new Error('no people');
		const file = easyNwkMapFile(
			{
				...network,
				ties: [
					{
						a: first.id < second.id ? first.id : second.id,
						b: first.id < second.id ? second.id : first.id
					}
				]
			},
			'2026-12-04'
		);
		expect(file.versions[0]?.nwk.connections).toEqual([
			{ id1: expect.any(Number), id2: expect.any(Number) }
		]);
	});
});

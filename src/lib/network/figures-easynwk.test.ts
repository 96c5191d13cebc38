// The figures against easyNWK's definitions (see network-figures.md), on random maps: a plain
// reference computed straight from the raw contacts of an easyNWK file, beside nahbei's own
// figures of the same file after import, and again after export and import.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { easyNwkMapFile, easyNwkText, parseEasyNwk, type ImportedVersion } from './easynwk';
import { computeFigures } from './figures';

interface RawAlter {
	id: number;
	angle: number;
	distance: number;
	edgeType: 0 | 1 | 2;
	human: boolean;
	deceased: boolean;
}

const alterArb = (id: number) =>
	fc.record({
		id: fc.constant(id),
		angle: fc.double({ min: -179.9, max: 179.9, noNaN: true }),
		// Mostly inside the map, some on the centre (unplaced) or outside.
		distance: fc.oneof(
			{ weight: 8, arbitrary: fc.double({ min: 0.01, max: 100, noNaN: true }) },
			{ weight: 1, arbitrary: fc.constant(0) },
			{ weight: 1, arbitrary: fc.double({ min: 100.01, max: 140, noNaN: true }) }
		),
		edgeType: fc.constantFrom(0 as const, 1 as const, 2 as const),
		human: fc.oneof(
			{ weight: 9, arbitrary: fc.constant(true) },
			{ weight: 1, arbitrary: fc.constant(false) }
		),
		deceased: fc.boolean()
	});

const mapArb = fc.integer({ min: 0, max: 14 }).chain((n) =>
	fc.record({
		alteri: fc.tuple(...Array.from({ length: n }, (_, i) => alterArb(i + 1))),
		// Every pair of contacts, each a tie or not, so no generated pair is ever thrown away.
		connections: fc
			.array(fc.boolean(), { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 })
			.map((chosen) => {
				const pairs: [number, number][] = [];
				for (let a = 1; a <= n; a++) for (let b = a + 1; b <= n; b++) pairs.push([a, b]);
				return pairs.filter((_, i) => chosen[i]);
			})
	})
);

function fileOf(map: { alteri: RawAlter[]; connections: [number, number][] }): string {
	return JSON.stringify({
		ego: { name: 'Ich', currentGender: 'nicht festgelegt', age: '', note: '' },
		alteri: map.alteri.map((alter) => ({ ...alter, name: `K${alter.id}`, role: '', note: '' })),
		connections: map.connections.map(([id1, id2]) => ({ id1, id2 }))
	});
}

/** easyNWK's overview figures, written out from the definitions on the raw contacts. */
function reference(map: { alteri: RawAlter[]; connections: [number, number][] }) {
	const valid = map.alteri.filter(
		(a) => a.distance > 0 && a.distance <= 100 && a.human && !a.deceased
	);
	const ids = new Set(valid.map((a) => a.id));
	const connected = valid.filter((a) => a.edgeType >= 1);
	const ties = map.connections.filter(([a, b]) => ids.has(a) && ids.has(b));
	const degree = new Map(valid.map((a) => [a.id, 0]));
	for (const [a, b] of ties) {
		degree.set(a, (degree.get(a) ?? 0) + 1);
		degree.set(b, (degree.get(b) ?? 0) + 1);
	}
	const n = valid.length;
	const degrees = valid.map((a) => degree.get(a.id) ?? 0);
	const mean = (values: number[]) =>
		values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length;
	const max = Math.max(0, ...degrees);
	const scores = connected.map((a) => Math.max(9 - Math.floor((a.distance * 9) / 100), 0));
	return {
		size: [connected.length, n],
		density: n < 2 ? 0 : ties.length / ((n * (n - 1)) / 2),
		meanDegree: mean(degrees),
		meanCloseness: mean(scores),
		stars: max > 0 ? valid.filter((a) => degree.get(a.id) === max).map((a) => `K${a.id}`) : [],
		isolated: connected.filter((a) => (degree.get(a.id) ?? 0) === 0).map((a) => `K${a.id}`),
		withoutTie: valid.filter((a) => a.edgeType === 0).map((a) => `K${a.id}`)
	};
}

function ours(version: ImportedVersion) {
	const all = computeFigures(version.people, version.ties).groups.all;
	const name = (id: string) => version.people.find((p) => p.id === id)?.name ?? '';
	return {
		size: [all.size.connected, all.size.connectable],
		density: all.density,
		meanDegree: all.degree.mean,
		meanCloseness: all.closeness.mean,
		stars: all.stars.map(name),
		isolated: all.isolated.map(name),
		withoutTie: all.withoutTieToEgo.map(name)
	};
}

function read(text: string): ImportedVersion {
	const result = parseEasyNwk(text);
	if (!result.ok || !result.versions[0]) throw new Error('not read');
	return result.versions[0];
}

const close = (value: unknown) =>
	JSON.parse(
		JSON.stringify(value, (_k, v: unknown) =>
			typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : v
		)
	);

describe('figures on random easyNWK maps', () => {
	it('equal easyNWK’s definitions', () => {
		fc.assert(
			fc.property(mapArb, (map) => {
				expect(close(ours(read(fileOf(map))))).toEqual(close(reference(map)));
			}),
			{ numRuns: 150 }
		);
	});

	it('stay the same after export and import', () => {
		fc.assert(
			fc.property(mapArb, (map) => {
				const first = read(fileOf(map));
				const file = easyNwkMapFile(
					{ people: first.people, ties: first.ties, snapshots: [], self: first.self },
					'2026-12-04'
				);
				expect(close(ours(read(easyNwkText(file))))).toEqual(close(ours(first)));
			}),
			{ numRuns: 100 }
		);
	});
});

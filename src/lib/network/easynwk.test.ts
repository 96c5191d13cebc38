import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placed, testId, ties } from '../../../tests/fixtures/network/people';
import * as v from 'valibot';
import {
	parseEasyNwk,
	snapshotFromImport,
	toEasyNwk,
	toEasyNwkRecord,
	type ImportedVersion
} from './easynwk';
import { computeFigures } from './figures';
import { NetworkSnapshotSchema, type Person } from './model';

function fixture(name: string): string {
	return readFileSync(new URL(`../../../tests/fixtures/network/${name}`, import.meta.url), 'utf8');
}

function options() {
	let n = 0;
	return { newId: () => testId(++n), now: () => '2025-05-01T12:00:00.000Z' };
}

function parse(text: string): ImportedVersion[] {
	const result = parseEasyNwk(text, options());
	if (!result.ok) throw new Error(`expected the file to be read, got ${result.error}`);
	return result.versions;
}

const recordText = fixture('easynwk-record.json');
const [first, second] = parse(recordText) as [ImportedVersion, ImportedVersion];
const byName = (version: ImportedVersion, name: string): Person => {
	const person = version.people.find((candidate) => candidate.name === name);
	if (!person) throw new Error(`${name} is missing`);
	return person;
};

describe('parseEasyNwk with a record of two versions', () => {
	it('reads a file that starts with a byte-order mark', () => {
		expect(recordText.charCodeAt(0)).toBe(0xfeff);
		expect(parseEasyNwk(recordText).ok).toBe(true);
	});

	it('keeps both versions with their title, date and which one was open', () => {
		expect([first.label, second.label]).toEqual(['Erstgespräch', 'Nach einem halben Jahr']);
		expect([first.takenAt, second.takenAt]).toEqual([
			'2024-02-12T00:00:00.000Z',
			'2024-09-03T00:00:00.000Z'
		]);
		expect([first.isCurrent, second.isCurrent]).toEqual([false, true]);
		expect(first.self).toEqual({
			name: 'Helga',
			gender: 'weiblich',
			age: '67',
			note: 'Erstgespräch im Treffpunkt',
			// The record's own field, kept for the way back.
			extra: '{"file":{"size":"5"}}'
		});
	});

	it('keeps every contact, even the deceased, the cat and the one outside the map', () => {
		expect(first.people.map((person) => person.name)).toEqual([
			'Jana',
			'Uwe',
			'Opa Karl',
			'Gisela',
			'Ahmet',
			'Lotte',
			'Chor St. Marien',
			'Frau Dr. Yilmaz',
			'Herr Brandt',
			'Sabine'
		]);
	});

	it('maps sectors to areas and horizons to closeness', () => {
		const seen = first.people.map((person) => [person.name, person.area, person.closeness]);
		expect(seen).toEqual([
			['Jana', 'family', 1],
			['Uwe', 'family', 0],
			['Opa Karl', 'family', 1],
			['Gisela', 'friends', 1],
			['Ahmet', 'friends', 2],
			['Lotte', 'friends', 1],
			['Chor St. Marien', 'quartier', 2],
			['Frau Dr. Yilmaz', 'professionals', 2],
			['Herr Brandt', 'professionals', 3],
			['Sabine', 'quartier', 3]
		]);
	});

	it('keeps flags, gender, age, note and the original placement', () => {
		expect(byName(first, 'Opa Karl').deceased).toBe(true);
		const cat = byName(first, 'Lotte');
		expect(cat.notHuman).toBe(true);
		expect(cat.gender).toBeUndefined();
		expect(cat.easynwk?.gender).toBe('Katze');
		const jana = byName(first, 'Jana');
		expect(jana).toMatchObject({ gender: 'female', age: '41', note: 'Kommt jeden Sonntag' });
		expect(jana.easynwk).toEqual({
			alterId: 1,
			angle: 40.5,
			distance: 18.2,
			edgeType: 2,
			role: 'Tochter',
			extra: '{"edgeTypeByUser":2,"genderDefault":false}'
		});
		expect(byName(first, 'Sabine').easynwk?.distance).toBe(110);
	});

	it('reads a tie to ego saved as text, the way easyNWK’s form stores it', () => {
		expect(byName(first, 'Herr Brandt').easynwk?.edgeType).toBe(1);
	});

	it('keeps easyNWK’s optional fields such as emoji and conflict', () => {
		expect(byName(first, 'Chor St. Marien').easynwk?.extra).toContain('"emoji":"🎵"');
		expect(byName(first, 'Uwe').easynwk?.extra).toContain('"conflict":true');
	});

	it('keeps every tie between contacts and drops the one to a contact that does not exist', () => {
		expect(first.ties).toHaveLength(10);
		expect(first.droppedTies).toBe(1);
		for (const tie of first.ties) expect(tie.a < tie.b).toBe(true);
	});

	it('makes valid snapshots of both versions', () => {
		for (const version of [first, second]) {
			const snapshot = snapshotFromImport(version, testId(500));
			expect(v.safeParse(NetworkSnapshotSchema, snapshot).success).toBe(true);
		}
	});

	it('gives a contact the same id in every version, so versions can be compared', () => {
		expect(byName(second, 'Jana').id).toBe(byName(first, 'Jana').id);
		expect(byName(second, 'Familie Özdemir').id).toBe(testId(11));
	});

	it('computes the same figures as easyNWK for the first version', () => {
		// V: Jana 18.2, Uwe 55 (no tie to ego), Gisela 25, Ahmet 60.1, Chor 45, Yilmaz 50, Brandt 80.
		// Scores of the connected: 8, 7, 4, 5, 5, 2 → mean 31/6. Ties in V: Jana–Uwe, Jana–Gisela,
		// Gisela–Ahmet, Gisela–Chor, Ahmet–Chor, Jana–Yilmaz, Yilmaz–Brandt → 7 of 21 possible.
		// Degrees 3, 1, 3, 2, 2, 2, 1 → mean 2; stars Jana and Gisela.
		const figures = computeFigures(first.people, first.ties);
		const all = figures.groups.all;
		expect(all.size).toEqual({ connected: 6, connectable: 7 });
		expect(all.closeness.mean).toBeCloseTo(31 / 6, 10);
		expect(all.density).toBeCloseTo(1 / 3, 10);
		expect(all.degree.mean).toBe(2);
		expect(all.stars.map((id) => first.people.find((p) => p.id === id)?.name)).toEqual([
			'Jana',
			'Gisela'
		]);
		expect(all.withoutTieToEgo).toEqual([byName(first, 'Uwe').id]);
		expect(figures.cliques.map((clique) => clique.length)).toEqual([3]);
	});
});

describe('parseEasyNwk with a single map', () => {
	it('reads one map without versions as one current version', () => {
		const record = JSON.parse(recordText.slice(1)) as { versions: { nwk: unknown }[] };
		const versions = parse(JSON.stringify(record.versions[0]?.nwk));
		expect(versions).toHaveLength(1);
		expect(versions[0]).toMatchObject({ easynwkId: null, isCurrent: true, label: '' });
		expect(versions[0]?.people).toHaveLength(10);
	});

	it('reads a map whose ego is null', () => {
		const versions = parse('{"ego": null, "alteri": [], "connections": []}');
		expect(versions[0]?.self).toEqual({ name: '', gender: '', age: '', note: '' });
	});

	it('fills in what older files leave out: human, alive, tied to ego', () => {
		const versions = parse(
			JSON.stringify({
				ego: { name: 'A' },
				alteri: [{ id: 1, name: 'Kurt', angle: 10, distance: 50 }],
				connections: []
			})
		);
		expect(versions[0]?.people[0]).toMatchObject({
			name: 'Kurt',
			area: 'family',
			closeness: 2,
			deceased: false,
			notHuman: false
		});
	});
});

describe('parseEasyNwk refuses bad files', () => {
	const error = (text: string) => {
		const result = parseEasyNwk(text);
		return result.ok ? 'ok' : result.error;
	};
	const map = (alteri: unknown[], connections: unknown[] = []) =>
		JSON.stringify({ ego: {}, alteri, connections });

	it('an empty file, or only a byte-order mark and spaces', () => {
		expect(error('')).toBe('empty');
		expect(error('\uFEFF  \n')).toBe('empty');
	});

	it('text that is not JSON', () => {
		expect(error('Hallo')).toBe('not-json');
		expect(error('{"alteri": [')).toBe('not-json');
	});

	it('JSON of the wrong shape', () => {
		expect(error('[]')).toBe('wrong-shape');
		expect(error('null')).toBe('wrong-shape');
		expect(error('{"alteri": 3, "connections": []}')).toBe('wrong-shape');
		expect(error('{"versions": []}')).toBe('wrong-shape');
		expect(error(map([{ name: 'ohne Nummer', angle: 1, distance: 1 }]))).toBe('wrong-shape');
		expect(error(map([{ id: 1, name: { first: 'A' } }]))).toBe('wrong-shape');
		expect(error(map([{ id: 1, name: 'A', edgeType: 7 }]))).toBe('wrong-shape');
	});

	it('two contacts with the same number', () => {
		expect(
			error(
				map([
					{ id: 1, name: 'A' },
					{ id: 1, name: 'B' }
				])
			)
		).toBe('wrong-shape');
	});

	it('nesting too deep to read', () => {
		expect(error('['.repeat(100_000) + ']'.repeat(100_000))).toBe('wrong-shape');
	});

	it('a file over 5 MB, or with more than 2,000 contacts', () => {
		expect(error(' '.repeat(6 * 1024 * 1024))).toBe('too-large');
		const crowd = Array.from({ length: 2001 }, (_, i) => ({ id: i, name: 'x' }));
		expect(error(map(crowd))).toBe('too-large');
	});
});

describe('parseEasyNwk with a hostile file', () => {
	const versions = parse(fixture('easynwk-hostile.json'));
	const people = versions[0]?.people ?? [];

	it('pollutes no prototype', () => {
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
		expect(Object.getPrototypeOf(people[0])).toBe(Object.prototype);
	});

	it('keeps markup as plain text and removes invisible control characters', () => {
		expect(people[0]?.name).toBe("<script>alert('x')</script>");
		expect(people[0]?.note).toBe('@SUM(1+1)');
		expect(versions[0]?.self.name).toBe('<img src=x onerror=alert(1)>');
	});

	it('keeps a contact called __proto__ as an ordinary name, and their tie', () => {
		expect(people[1]?.name).toBe('__proto__');
		expect(versions[0]?.ties).toHaveLength(1);
	});

	it('copies no key it does not know', () => {
		expect(Object.keys(people[0] ?? {})).not.toContain('isAdmin');
	});
});

describe('toEasyNwk', () => {
	it('an imported map comes back with the same contacts, placements, flags and ties', () => {
		const exported = toEasyNwk(first.people, first.ties, first.self);
		const [again] = parse(JSON.stringify(exported));
		const strip = (person: Person) => ({ ...person, id: '', createdAt: '', updatedAt: '' });
		expect(again?.people.map(strip)).toEqual(first.people.map(strip));
		expect(again?.ties).toEqual(first.ties);
		// A single map has no record around it, so the record's own field stays behind.
		expect(again?.self).toEqual({ ...first.self, extra: undefined });
	});

	it('writes easyNWK’s fields: role, human, gender, tie to ego, optional fields', () => {
		const exported = toEasyNwk(first.people, first.ties, first.self);
		const chor = exported.alteri.find((a) => a.name === 'Chor St. Marien');
		expect(chor).toMatchObject({ id: 7, role: 'Verein', human: true, emoji: '🎵' });
		const cat = exported.alteri.find((a) => a.name === 'Lotte');
		expect(cat).toMatchObject({ human: false, currentGender: 'Katze' });
		expect(exported.connections).toContainEqual({ id1: 1, id2: 2 });
	});

	it('places people made in nahbei apart, inside their sector and horizon', () => {
		const own = [placed(1, 'family', 1), placed(2, 'family', 1), placed(3, 'professionals', 0)];
		const exported = toEasyNwk(own, ties([1, 2]));
		expect(exported.alteri.map((a) => [a.angle, a.distance, a.edgeType])).toEqual([
			[30, 100 / 6, 1],
			[60, 100 / 6, 1],
			[-45, 250 / 3, 0]
		]);
		expect(exported.alteri.map((a) => a.role)).toEqual([
			'Familienangehörige*r',
			'Familienangehörige*r',
			'prof. Helfer*in'
		]);
		expect(exported.connections).toEqual([{ id1: 1, id2: 2 }]);
	});

	it('gives the same figures in easyNWK as in nahbei', () => {
		const own = [
			placed(1, 'family', 1),
			placed(2, 'friends', 2),
			placed(3, 'quartier', 3),
			placed(4, 'professionals', 0),
			placed(5, 'family', 2)
		];
		const network = ties([1, 2], [2, 3], [1, 3], [4, 5]);
		const [again] = parse(JSON.stringify(toEasyNwk(own, network)));
		expect(computeFigures(again?.people ?? [], again?.ties ?? [])).toEqual(
			computeFigures(own, network)
		);
		// easyNWK's default role only repeats the sector, so it does not come back as a role.
		expect(again?.people.map((person) => person.easynwk?.role)).toEqual(['', '', '', '', '']);
	});

	it('a record keeps one number per contact across versions', () => {
		const record = toEasyNwkRecord([first, second], first.self);
		expect(record.currentVersion).toBe(2);
		expect(record.versions.map((version) => version.date)).toEqual(['2024-02-12', '2024-09-03']);
		const [one, two] = parse(JSON.stringify(record));
		expect(byName(two as ImportedVersion, 'Jana').id).toBe(
			byName(one as ImportedVersion, 'Jana').id
		);
		expect(two?.people.map((p) => p.easynwk?.alterId)).toEqual(
			second.people.map((p) => p.easynwk?.alterId)
		);
	});
});

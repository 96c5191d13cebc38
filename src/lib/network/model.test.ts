import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { makePerson, testId } from '../../../tests/fixtures/network/people';
import {
	cleanTies,
	closenessRank,
	inListOrder,
	limits,
	normaliseTie,
	NetworkSnapshotSchema,
	PersonSchema,
	TieSchema
} from './model';

describe('PersonSchema', () => {
	it('accepts a plainly filled-in person', () => {
		expect(v.safeParse(PersonSchema, makePerson(1)).success).toBe(true);
	});

	it('accepts help topics, a phone number and an imported placement', () => {
		const person = makePerson(1, {
			helpsWith: ['shopping', 'garden'],
			helpsWithOther: 'Hund ausführen',
			phone: '+49 40 123456',
			gender: 'female',
			age: 'ca. 50',
			easynwk: { alterId: 3, angle: 45, distance: 20, edgeType: 2, role: 'Tochter' }
		});
		expect(v.safeParse(PersonSchema, person).success).toBe(true);
	});

	it('refuses an empty name, a name that is too long and a name with control characters', () => {
		for (const name of ['', 'x'.repeat(limits.name + 1), 'An\u0000na', 'An\nna']) {
			expect(v.safeParse(PersonSchema, makePerson(1, { name })).success).toBe(false);
		}
	});

	it('allows line breaks in a note but not an endless note', () => {
		expect(v.safeParse(PersonSchema, makePerson(1, { note: 'eins\nzwei' })).success).toBe(true);
		const long = makePerson(1, { note: 'x'.repeat(limits.text + 1) });
		expect(v.safeParse(PersonSchema, long).success).toBe(false);
	});

	it('refuses an unknown help topic and an id that is not a uuid', () => {
		const unknownTopic = { ...makePerson(1), helpsWith: ['cooking'] };
		expect(v.safeParse(PersonSchema, unknownTopic).success).toBe(false);
		expect(v.safeParse(PersonSchema, makePerson(1, { id: '1' })).success).toBe(false);
	});

	it('drops keys it does not know instead of copying them', () => {
		const parsed = v.parse(PersonSchema, { ...makePerson(1), isAdmin: true });
		expect(Object.keys(parsed)).not.toContain('isAdmin');
	});
});

describe('ties', () => {
	it('normaliseTie puts the smaller id first and refuses a tie to oneself', () => {
		expect(normaliseTie(testId(2), testId(1))).toEqual({ a: testId(1), b: testId(2) });
		expect(normaliseTie(testId(1), testId(1))).toBeNull();
	});

	it('TieSchema refuses a tie in the wrong order', () => {
		expect(v.safeParse(TieSchema, { a: testId(1), b: testId(2) }).success).toBe(true);
		expect(v.safeParse(TieSchema, { a: testId(2), b: testId(1) }).success).toBe(false);
	});

	it('cleanTies keeps each tie once and drops ties to people who are not there', () => {
		const people = [makePerson(1), makePerson(2)];
		const result = cleanTies(people, [
			{ a: testId(2), b: testId(1) },
			{ a: testId(1), b: testId(2) },
			{ a: testId(1), b: testId(3) }
		]);
		expect(result).toEqual([{ a: testId(1), b: testId(2) }]);
	});
});

describe('NetworkSnapshotSchema', () => {
	it('accepts a dated snapshot with people and ties', () => {
		const snapshot = {
			id: testId(99),
			takenAt: '2025-03-01T00:00:00.000Z',
			label: 'Erstes Gespräch',
			people: [makePerson(1), makePerson(2)],
			ties: [{ a: testId(1), b: testId(2) }]
		};
		expect(v.safeParse(NetworkSnapshotSchema, snapshot).success).toBe(true);
	});
});

describe('closenessRank', () => {
	it('orders sehr nah, nah, weiter weg, then gerade kein Kontakt', () => {
		expect([1, 2, 3, 0].map((c) => closenessRank(c as 0 | 1 | 2 | 3))).toEqual([0, 1, 2, 3]);
	});
});

describe('inListOrder', () => {
	it('sorts by area, then from sehr nah to gerade kein Kontakt, then by name', () => {
		const people = [
			{ name: 'Zoe', area: 'family', closeness: 2 },
			{ name: 'Özlem', area: 'friends', closeness: 1 },
			{ name: 'Anna', area: 'family', closeness: 0 },
			{ name: 'Ben', area: 'family', closeness: 2 },
			{ name: 'Oskar', area: 'friends', closeness: 1 },
			{ name: 'Carla', area: 'professionals', closeness: 1 }
		] as const;
		expect(inListOrder(people).map((person) => person.name)).toEqual([
			'Ben',
			'Zoe',
			'Anna',
			'Oskar',
			'Özlem',
			'Carla'
		]);
		// The list it was given stays as it was.
		expect(people[0].name).toBe('Zoe');
	});

	it('reads the language data for names only when two people are compared', async () => {
		// Loading the module, or a list of one, costs a page nothing: the collator comes later.
		const Original = Intl.Collator;
		let made = 0;
		Intl.Collator = class extends Original {
			constructor(...args: ConstructorParameters<typeof Original>) {
				super(...args);
				made++;
			}
		} as typeof Original;
		try {
			vi.resetModules();
			const fresh = await import('./basics');
			fresh.inListOrder([{ name: 'Anna', area: 'family', closeness: 1 }]);
			expect(made).toBe(0);
			const names = ['Zoe', 'Ämin', 'Anna'].map((name) => ({
				name,
				area: 'family' as const,
				closeness: 1 as const
			}));
			expect(fresh.inListOrder(names).map((person) => person.name)).toEqual([
				'Ämin',
				'Anna',
				'Zoe'
			]);
			fresh.inListOrder(names);
			expect(made).toBe(1);
		} finally {
			Intl.Collator = Original;
		}
	});
});

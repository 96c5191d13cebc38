/**
 * The lists, limits and small helpers of Meine Menschen, without the schemas: the list of
 * people needs them at once, the schemas (valibot) only when something is written or read
 * from a file. network-schema.ts builds on these and re-exports them.
 */
import type { Person, Self, Tie } from './network-schema';

/** The four areas of the eco-map, in easyNWK's sector order (Familie first, clockwise from 0°). */
export const areas = ['family', 'friends', 'quartier', 'professionals'] as const;
export type Area = (typeof areas)[number];

/** 1 sehr nah, 2 nah, 3 weiter weg, 0 gerade kein Kontakt. */
export const closenessLevels = [1, 2, 3, 0] as const;
export type Closeness = (typeof closenessLevels)[number];

export const kinds = ['person', 'place'] as const;
export type Kind = (typeof kinds)[number];

/** What a person can help with; Q8's "members help and are helped" list plus everyday needs. */
export const helpTopics = [
	'household',
	'shopping',
	'garden',
	'driving',
	'talking',
	'paperwork',
	'health',
	'leisure'
] as const;
export type HelpTopic = (typeof helpTopics)[number];

export const genders = ['female', 'male', 'diverse', 'unspecified'] as const;
export type Gender = (typeof genders)[number];

/** Upper bounds that keep a hostile or broken file from filling the device or the screen. */
export const networkLimits = {
	name: 200,
	shortText: 200,
	phone: 50,
	age: 20,
	text: 10_000,
	label: 200,
	people: 2_000,
	ties: 50_000,
	snapshots: 200,
	/** easyNWK's fields that nahbei does not use (emoji, conflict, …), kept as JSON text. */
	extra: 4_000
} as const;

/** easyNWK's five kinds of social support, in its order. */
export const supportKinds = [
	'emotional',
	'instrumental',
	'informational',
	'social',
	'linking'
] as const;
export type SupportKind = (typeof supportKinds)[number];

/**
 * Support between the person and a contact, in easyNWK's numbers: 1 the person supports the
 * contact, 2 the contact supports the person, 3 both. "No support" is left out.
 */
export const supportDirections = [1, 2, 3] as const;
export type SupportDirection = (typeof supportDirections)[number];

/** The person at the centre before they say anything about themselves. */
export const emptySelf: Self = { name: '', note: '', gender: '', age: '' };

/** Makes the one form of a tie between two people, or null when both ids are the same. */
export function normaliseTie(first: string, second: string): Tie | null {
	if (first === second) return null;
	return first < second ? { a: first, b: second } : { a: second, b: first };
}

/** The key that identifies a tie, for sets and de-duplication. */
export function tieKey(tie: Tie): string {
	return `${tie.a}|${tie.b}`;
}

/** Keeps each tie once and drops ties whose ends are not among the given people. */
export function cleanTies(people: readonly Pick<Person, 'id'>[], ties: readonly Tie[]): Tie[] {
	const ids = new Set(people.map((person) => person.id));
	const seen = new Set<string>();
	const result: Tie[] = [];
	for (const tie of ties) {
		const normal = normaliseTie(tie.a, tie.b);
		if (!normal || !ids.has(normal.a) || !ids.has(normal.b)) continue;
		const key = tieKey(normal);
		if (seen.has(key)) continue;
		seen.add(key);
		result.push(tie.extra === undefined ? normal : { ...normal, extra: tie.extra });
	}
	return result;
}

/** The answers to "Kennen sich diese 2?": yes, no, I do not know, ask me later. */
export const tieAnswers = ['yes', 'no', 'unknown', 'later'] as const;
export type TieAnswer = (typeof tieAnswers)[number];

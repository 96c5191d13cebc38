// The one sentence that names a person everywhere: in the list, on the map, in questions.
import type { ParseKeys } from 'i18next';
import { i18n } from '$lib/i18n/i18n.svelte';
import { describePerson, describeSupport, describeTies } from '$lib/network/describe';
import type { Person, Tie } from '$lib/network/basics';
import { createSpeaker, type Speak, type Translate } from '$lib/network/spoken';

/** A key of the Leichte Sprache file, checked at compile time. */
export type MessageKey = ParseKeys;

/**
 * `t` for keys made at run time by the domain code (describe.ts); the locale test checks that
 * every such key exists in all three languages.
 */
export const translate: Translate = (key, values) => (i18n.t as unknown as Translate)(key, values);

/**
 * Says sentence parts in the app's language. One speaker translates each kind of part once, so a
 * page that says something about every person makes one and passes it to each call below; make
 * it inside the `$derived` that uses it, so a change of language is seen.
 */
export function speaker(): Speak {
	return createSpeaker(translate, i18n.language);
}

/** "Anna. Familie. Sehr nah. Hilft beim Einkaufen." in the app's language. */
export function personSentence(person: Person, speak: Speak = speaker()): string {
	return describePerson(person).map(speak).join(' ');
}

/** For each person's id, the names of the people they know, in the order of `people`. */
export function knownNames(people: readonly Person[], ties: readonly Tie[]): Map<string, string[]> {
	const names = new Map(people.map((person) => [person.id, person.name]));
	const order = new Map(people.map((person, index) => [person.id, index]));
	const known = new Map<string, string[]>(people.map((person) => [person.id, []]));
	const others = new Map<string, string[]>(people.map((person) => [person.id, []]));
	for (const tie of ties) {
		if (!names.has(tie.a) || !names.has(tie.b)) continue;
		others.get(tie.a)?.push(tie.b);
		others.get(tie.b)?.push(tie.a);
	}
	for (const [id, list] of others) {
		list.sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0));
		known.set(
			id,
			list.map((other) => names.get(other) ?? '')
		);
	}
	return known;
}

/** "Maria kennt Ewald, Josefine und Lara." in the app's language. */
export function tieSentence(
	person: Person,
	known: readonly string[],
	speak: Speak = speaker()
): string {
	return speak(describeTies(person, known));
}

/** "Maria hilft Ihnen beim Reden." and the other support sentences, one each. */
export function supportSentences(person: Person): string[] {
	return describeSupport(person).map(speaker());
}

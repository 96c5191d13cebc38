// The one sentence that names a person everywhere: in the list, on the map, in questions.
import type { ParseKeys } from 'i18next';
import { i18n } from '$lib/i18n/i18n.svelte';
import { describePerson } from '$lib/network/describe';
import type { Person } from '$lib/network/model';
import { speakParts, type Translate } from '$lib/network/spoken';

/** A key of the Leichte Sprache file, checked at compile time. */
export type MessageKey = ParseKeys;

/**
 * `t` for keys made at run time by the domain code (describe.ts); the locale test checks that
 * every such key exists in all three languages.
 */
export const translate: Translate = (key, values) => (i18n.t as unknown as Translate)(key, values);

/** "Anna. Familie. Sehr nah. Hilft beim Einkaufen." in the app's language. */
export function personSentence(person: Person): string {
	return speakParts(describePerson(person), translate, i18n.language);
}

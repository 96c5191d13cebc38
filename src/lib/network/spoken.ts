/**
 * Turns the spoken parts of describe.ts into text: one short sentence per part, names joined as
 * a person says them ("Anna, Ben und Carla").
 */
import { formatList } from '$lib/i18n/format';
import { isLanguageCode, languageInfo } from '$lib/i18n/languages';
import type { SpokenPart } from './describe';

/** The translate function the parts go through; the app passes i18next's `t`. */
export type Translate = (key: string, values?: Record<string, unknown>) => string;

/** Joins names, or other short parts, as a list in the given language: "Anna, Ben und Carla". */
export function joinNames(names: readonly string[], language: string): string {
	return formatList(names, languageInfo[isLanguageCode(language) ? language : 'de'].intlLocale);
}

/** Ends a text with a full stop unless it ends with sentence punctuation already. */
export function asSentence(text: string): string {
	const trimmed = text.trim();
	return /[.!?]$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** The text of one part, with its names joined and its count for the plural forms. */
export function speakPart(part: SpokenPart, translate: Translate, language: string): string {
	const { key, names, ...values } = part;
	return asSentence(
		translate(key, {
			...values,
			...(names ? { names: joinNames(names, language) } : {})
		})
	);
}

/** All parts as one text, each part its own sentence: "Anna. Familie. Sehr nah." */
export function speakParts(
	parts: readonly SpokenPart[],
	translate: Translate,
	language: string
): string {
	return parts.map((part) => speakPart(part, translate, language)).join(' ');
}

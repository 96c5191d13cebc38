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

/** Says one part as a sentence, like `speakPart`, with the translation and language fixed. */
export type Speak = (part: SpokenPart) => string;

// The values that carry a person's own words: they never change the wording around them, so
// parts that differ only in these share one translation.
const ownWords = ['name', 'names', 'text', 'first', 'second'] as const;
// Marks the place of one's own words in a translation: private-use characters, which no text
// of the app holds.
const openMark = '\uE000';
const closeMark = '\uE001';
const markPattern = /\uE000(\d)\uE001/gu;

/**
 * `speakPart` for many parts at once, e.g. a sentence for each of 150 people: each kind of part
 * is translated once, with marks where the names go, and each part fills in its own names. The
 * text is the same as speakPart's. Make a new one for each reading of the translations (inside a
 * `$derived`), so a change of language is seen.
 */
export function createSpeaker(translate: Translate, language: string): Speak {
	const templates = new Map<string, string>();
	return (part) => {
		const { key, names, ...values } = part;
		const words: (string | undefined)[] = ownWords.map((field) =>
			field === 'names'
				? names && joinNames(names, language)
				: (values[field] as string | undefined)
		);
		if (words.some((word) => word?.includes(openMark))) return speakPart(part, translate, language);
		const rest: Record<string, unknown> = { ...values };
		for (const field of ownWords) delete rest[field];
		const cacheKey = JSON.stringify([key, rest, words.map((word) => word !== undefined)]);
		let template = templates.get(cacheKey);
		if (template === undefined) {
			const marked: Record<string, unknown> = { ...rest };
			ownWords.forEach((field, index) => {
				if (words[index] !== undefined) marked[field] = `${openMark}${index}${closeMark}`;
			});
			template = translate(key, marked);
			templates.set(cacheKey, template);
		}
		return asSentence(
			template.replace(markPattern, (_, index: string) => words[Number(index)] ?? '')
		);
	};
}

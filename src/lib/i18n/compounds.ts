// Compound words in Leichte Sprache.
//
// In the source (de-x-ls.json) a long word carries a "|" between its parts: "Haupt|Menü". The
// part after the marker is written as it looks with a hyphen ("Haupt-Menü"); with a Mediopunkt
// it is lower case ("Haupt·menü"). The marker never appears in normal text: the Leichte Sprache
// lint reports a "|" that does not stand between two letters.
//
// On screen the marker becomes a hyphen or a Mediopunkt, with an invisible WORD JOINER in front.
// The joiner lets the page (see compound-dom.ts) find the mark and hide it from screen readers,
// and lets read-aloud and search drop it: they get the whole word, "Hauptmenü".

import type { CompoundStyle } from '$lib/db/settings-values';

/** The marker between the parts of a compound in the Leichte Sprache source. */
export const COMPOUND_MARKER = '|';

/** Invisible character written in front of every shown compound mark. */
export const JOINT = '\u2060';

// The styles are what the settings record may hold, so they are defined in lib/db.
export { compoundStyles, type CompoundStyle } from '$lib/db/settings-values';

const MARKED = /(?<=[\p{L}\p{M}])\|(\p{L})/gu;
const SHOWN = /\u2060[-·](\p{L})/gu;

/** Turns the source markers into shown marks: "Haupt|Menü" → "Haupt-Menü" or "Haupt·menü". */
export function formatCompounds(text: string, style: CompoundStyle): string {
	if (!text.includes(COMPOUND_MARKER)) return text;
	return text.replace(MARKED, (_, letter: string) =>
		style === 'hyphen' ? `${JOINT}-${letter}` : `${JOINT}·${letter.toLowerCase()}`
	);
}

/** Gives the whole words, for read-aloud and names: "Haupt-Menü" (with joint) → "Hauptmenü". */
export function joinCompounds(text: string): string {
	if (!text.includes(JOINT)) return text;
	return text.replace(SHOWN, (_, letter: string) => letter.toLowerCase()).replaceAll(JOINT, '');
}

/** Drops only the invisible joints and keeps the marks, for text that leaves the page. */
export function plainCompounds(text: string): string {
	return text.replaceAll(JOINT, '');
}

type Messages = { [key: string]: string | Messages };

/** Formats every string of a nested locale object in one style. */
export function formatMessages<T extends object>(messages: T, style: CompoundStyle): T {
	const walk = (value: string | Messages): string | Messages => {
		if (typeof value === 'string') return formatCompounds(value, style);
		return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, walk(child)]));
	};
	return walk(messages as unknown as Messages) as unknown as T;
}

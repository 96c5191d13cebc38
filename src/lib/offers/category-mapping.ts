/**
 * From the words of an HSDS file to our categories: a table of words (taxonomy term codes and
 * names, keywords, words of a service's name) and the category each one means. nahbei ships a
 * table for German and English directories; the Quartier team adds its own lines on /quartier,
 * and those come first. A service that matches no line goes to "Sonstiges", never away.
 */
import type { CategoryRule, OfferCategory } from './offer';

/** The category of offers the table cannot place. */
export const FALLBACK_CATEGORY: OfferCategory = 'sonstiges';

const rule = (category: OfferCategory, ...words: string[]): CategoryRule[] =>
	words.map((word) => ({ word, category }));

/** The table nahbei ships: German and English words, in the order they are tried. */
export const DEFAULT_CATEGORY_RULES: readonly CategoryRule[] = [
	...rule('essen', 'essen', 'mittagstisch', 'tafel', 'food', 'meal', 'lunch', 'kantine', 'kochen'),
	...rule(
		'nachbarschaftshilfe',
		'nachbarschaft',
		'nachbarschaftshilfe',
		'ehrenamt',
		'neighbour',
		'neighbor',
		'volunteer',
		'besuchsdienst'
	),
	...rule('treffpunkt', 'treffpunkt', 'treff', 'café', 'cafe', 'begegnung', 'community centre'),
	...rule(
		'beratung',
		'beratung',
		'counselling',
		'counseling',
		'advice',
		'consultation',
		'hilfe bei',
		'sozialberatung'
	),
	...rule('lernen', 'lernen', 'bildung', 'kurs', 'nachhilfe', 'education', 'learning', 'training'),
	...rule('reparieren', 'reparatur', 'reparieren', 'repair'),
	...rule('sport', 'sport', 'bewegung', 'fitness', 'schwimm', 'gymnastik', 'exercise'),
	...rule('sprache', 'sprache', 'deutschkurs', 'sprachkurs', 'language', 'interpret'),
	...rule('kultur', 'kultur', 'musik', 'tanz', 'theater', 'kunst', 'culture', 'music', 'museum'),
	...rule(
		'gesundheit',
		'gesundheit',
		'arzt',
		'ärztin',
		'pflege',
		'health',
		'mental health',
		'medical',
		'therapie',
		'therapy'
	),
	...rule('einkaufen', 'einkaufen', 'laden', 'markt', 'shopping', 'shop', 'kleiderkammer')
];

/** A word as the table compares it: lower case, single spaces. */
export function normaliseWord(word: string): string {
	return word.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function tokens(phrase: string): string[] {
	return phrase.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

// A line matches a phrase that is the word, holds it as a whole part ("mental health"), or has a
// word that starts with it ("Beratungsstelle") or, for longer words, ends with it
// ("Schuldnerberatung"): German joins words into one.
function matches(phrase: string, word: string): boolean {
	if (phrase === word) return true;
	if (word.includes(' ')) return ` ${phrase} `.includes(` ${word} `);
	return tokens(phrase).some(
		(token) => token.startsWith(word) || (word.length >= 5 && token.endsWith(word))
	);
}

/**
 * The category for the words of a service, tried in order (the file's own terms before the words
 * of its name): the team's own lines first, then nahbei's; undefined when none matches.
 */
export function categoryForWords(
	words: readonly string[],
	ownRules: readonly CategoryRule[] = []
): OfferCategory | undefined {
	const table = [...ownRules, ...DEFAULT_CATEGORY_RULES].map((line) => ({
		word: normaliseWord(line.word),
		category: line.category
	}));
	for (const raw of words) {
		const phrase = normaliseWord(raw);
		if (phrase === '') continue;
		const found = table.find((line) => line.word !== '' && matches(phrase, line.word));
		if (found) return found.category;
	}
	return undefined;
}

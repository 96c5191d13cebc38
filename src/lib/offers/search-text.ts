/**
 * German search text normalisation for the offers list.
 *
 * Words are compared in one plain form: lower case, umlauts written out (ä → ae, ö → oe,
 * ü → ue, ß → ss), other accents dropped (Café → cafe) and compound marks removed, so that
 * "Mittags-Tisch", "Mittags·Tisch" and "Mittagstisch" are the same word. Leichte Sprache splits long
 * words with a hyphen or a Mediopunkt (·); editors may mark a split point with '|'.
 *
 * Compounds: a query "Tisch" should find "Mittagstisch". When indexing, `indexTerms` keeps the
 * whole word and adds its parts: the parts written in the source ("Mittags-Tisch" gives
 * "mittagstisch", "mittags" and "tisch"), and for unmarked words the part before a known last word
 * from `COMPOUND_HEADS` ("Mittagstisch" gives "mittags" and "tisch"). Queries are not split, so
 * "Mittagstisch" does not find every "Tisch".
 */
import { SYNONYM_GROUPS } from './synonyms';

// Hyphen-minus, hyphen, non-breaking hyphen, Mediopunkt, dot operator, hyphenation point, '|',
// the soft hyphen that word processors hide in words, and the word joiner the app puts in front
// of the compound marks it shows (see i18n/compounds.ts).
const COMPOUND_MARKS = '\\-\u2010\u2011\u00b7\u22c5\u2027|\u00ad\u2060';
const COMPOUND_MARK = new RegExp(`[${COMPOUND_MARKS}]`, 'u');
const WORD_SEPARATOR = new RegExp(`[^\\p{L}\\p{N}\\p{M}${COMPOUND_MARKS}]+`, 'u');

/**
 * Last words of compounds common in Quartier offers, normalised. An unmarked compound ending in
 * one of them is also indexed under it. Short or ambiguous words (such as "essen", which ends
 * "Interessen") are left out; synonyms cover them.
 */
export const COMPOUND_HEADS: readonly string[] = [
	'tisch',
	'hilfe',
	'cafe',
	'dienst',
	'verein',
	'punkt',
	'halle',
	'treff',
	'beratung',
	'garten',
	'kurs',
	'gruppe',
	'stelle',
	'zentrum',
	'laden',
	'theke',
	'sport',
	'markt',
	'werkstatt'
];
const MIN_PART_LENGTH = 3;

/** Function words that say nothing about an offer; they are neither indexed nor searched. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
	'der',
	'die',
	'das',
	'den',
	'dem',
	'des',
	'ein',
	'eine',
	'einer',
	'einem',
	'einen',
	'eines',
	'und',
	'oder',
	'mit',
	'fuer',
	'im',
	'in',
	'am',
	'an',
	'auf',
	'aus',
	'bei',
	'beim',
	'zum',
	'zur',
	'von',
	'vom',
	'zu',
	'ist',
	'sind',
	'es',
	'ich',
	'sie',
	'wir',
	'ihr',
	'er',
	'man',
	'auch',
	'wie',
	'was',
	'wo',
	'um',
	'so',
	'als'
]);

/** Brings a word into its plain search form: lower case, umlauts written out, no compound marks. */
export function normaliseWord(word: string): string {
	return (
		word
			// Decomposing first treats a typed "u" + combining diaeresis like a ready-made "ü"; the
			// compatibility form also turns ligatures and styled letters ("ﬁ", "𝐀") into plain ones.
			.normalize('NFKD')
			.toLowerCase()
			.replace(/([aou])\u0308/g, '$1e')
			.replace(/ß/g, 'ss')
			.replace(/\p{M}/gu, '')
			.replace(/[^\p{L}\p{N}]/gu, '')
			.normalize('NFC')
	);
}

/** Splits a text into words, keeping compound marks inside words so compounds stay whole. */
export function tokenise(text: string): string[] {
	return (
		text
			// A hyphen between numbers is a range ("10-12 Uhr"), not a compound.
			.replace(/(\p{N})[-\u2010\u2011\u2013](?=\p{N})/gu, '$1 ')
			.split(WORD_SEPARATOR)
			.filter((token) => token !== '' && !/^[\p{M}]+$/u.test(token))
	);
}

function isUseful(term: string): boolean {
	return term !== '' && !STOP_WORDS.has(term);
}

/** Turns one query word into its search term, or null for words not worth searching. */
export function processTerm(term: string): string | null {
	const normalised = normaliseWord(term);
	return isUseful(normalised) ? normalised : null;
}

function splitAtHead(word: string): string[] {
	for (const head of COMPOUND_HEADS) {
		if (word.length - head.length >= MIN_PART_LENGTH && word.endsWith(head)) {
			return [word.slice(0, -head.length), head];
		}
	}
	return [];
}

/** Turns one indexed word into the terms to store: the whole word plus the parts of a compound. */
export function indexTerms(term: string): string[] {
	const whole = normaliseWord(term);
	if (!isUseful(whole)) return [];
	const terms = new Set([whole]);
	const written = COMPOUND_MARK.test(term)
		? term
				.split(COMPOUND_MARK)
				.map(normaliseWord)
				.filter((part) => part.length >= MIN_PART_LENGTH)
		: [];
	for (const part of [whole, ...written]) {
		terms.add(part);
		for (const piece of splitAtHead(part)) terms.add(piece);
	}
	return [...terms].filter(isUseful);
}

/** Lists the normalised search terms of a text, as queries see them. */
export function searchTerms(text: string): string[] {
	return tokenise(text)
		.map(processTerm)
		.filter((term): term is string => term !== null);
}

function containsSequence(haystack: readonly string[], needle: readonly string[]): boolean {
	if (needle.length === 0) return false;
	for (let start = 0; start + needle.length <= haystack.length; start++) {
		if (needle.every((term, offset) => haystack[start + offset] === term)) return true;
	}
	return false;
}

/**
 * Lists the query followed by the synonyms it calls up, each once (the query itself first).
 */
export function expandQuery(query: string): string[] {
	const terms = searchTerms(query);
	const expansions = [query.trim()];
	const seen = new Set([terms.join(' ')]);
	for (const group of SYNONYM_GROUPS) {
		if (!group.some((member) => containsSequence(terms, searchTerms(member)))) continue;
		for (const member of group) {
			const key = searchTerms(member).join(' ');
			if (seen.has(key)) continue;
			seen.add(key);
			expansions.push(member);
		}
	}
	return expansions;
}

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
 *
 * Word endings: every indexed word and every query word is also taken in its stem (the German
 * Snowball stemmer), so "Behinderte" finds "Behinderung" and "Spiele" finds "spielen". Stems are
 * made from the plain form, so "Bücher" and "Buecher" give the same stem.
 */
import { stemmer } from '@orama/stemmers/german';
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

const MIN_STEM_LENGTH = 3;

/** The stem of a plain search word ("spiele" → "spiel"), or null when it is the word itself. */
export function stemOf(normalised: string): string | null {
	const stem = stemmer(normalised);
	return stem !== normalised && stem.length >= MIN_STEM_LENGTH ? stem : null;
}

/** Turns one query word into what the index is asked for: the plain word and its stem. */
export function queryTerms(term: string): string[] {
	const normalised = processTerm(term);
	if (normalised === null) return [];
	const stem = stemOf(normalised);
	return stem && isUseful(stem) ? [normalised, stem] : [normalised];
}

// A catalogue repeats the same words thousands of times: each is worked out once.
const MAX_CACHED = 50_000;
const indexCache = new Map<string, string[]>();

/** Turns one indexed word into the terms to store: the whole word, its parts and their stems. */
export function indexTerms(term: string): string[] {
	let terms = indexCache.get(term);
	if (!terms) {
		terms = indexTermsUncached(term);
		if (indexCache.size >= MAX_CACHED) indexCache.clear();
		indexCache.set(term, terms);
	}
	return terms;
}

function indexTermsUncached(term: string): string[] {
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
	for (const term of [...terms]) {
		const stem = stemOf(term);
		if (stem) terms.add(stem);
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

// The synonyms in their search form, worked out on the first search.
let synonymTerms: { member: string; terms: string[] }[][] | null = null;

/**
 * Lists the query followed by the synonyms it calls up, each once (the query itself first).
 */
export function expandQuery(query: string): string[] {
	const terms = searchTerms(query);
	const expansions = [query.trim()];
	const seen = new Set([terms.join(' ')]);
	synonymTerms ??= SYNONYM_GROUPS.map((group) =>
		group.map((member) => ({ member, terms: searchTerms(member) }))
	);
	for (const group of synonymTerms) {
		if (!group.some((entry) => containsSequence(terms, entry.terms))) continue;
		for (const { member, terms: memberTerms } of group) {
			const key = memberTerms.join(' ');
			if (seen.has(key)) continue;
			seen.add(key);
			expansions.push(member);
		}
	}
	return expansions;
}

// Linking letters between the parts of a German compound ("Beratung-s-stelle", "Kleid-er-kammer").
const LINKS = ['s', 'es', 'n', 'en', 'er', 'e'];
const MIN_SPLIT_LENGTH = 7;

/**
 * Splits a query word that the index does not know into known parts, using the index's own words
 * (`isKnown` says whether some indexed word starts with a part): "schwimmbad" → "schwimm", "bad";
 * "beratungsstelle" → "beratung", "stelle". When only the front part is known it alone is given
 * ("kleiderkammer" → "kleid"). Gives [] when no part is known.
 */
export function splitCompound(word: string, isKnown: (part: string) => boolean): string[] {
	if (word.length < MIN_SPLIT_LENGTH) return [];
	let best: { parts: string[]; score: number } | null = null;
	for (let cut = MIN_PART_LENGTH; cut <= word.length - MIN_PART_LENGTH; cut++) {
		const tail = word.slice(cut);
		const written = word.slice(0, cut);
		const heads = [
			written,
			...LINKS.filter((link) => written.endsWith(link)).map((link) =>
				written.slice(0, -link.length)
			)
		].filter((head) => head.length >= MIN_PART_LENGTH + 1 && isUseful(head));
		const head = heads.find(isKnown);
		if (!head) continue;
		const tailKnown = isUseful(tail) && isKnown(tail);
		// Both parts known beats one; then the more even split, so neither part is a scrap.
		const score =
			(tailKnown ? 100 : 0) +
			Math.min(head.length, tailKnown ? tail.length : 0) +
			(tailKnown ? 0 : head.length / 100);
		if (!best || score > best.score) best = { parts: tailKnown ? [head, tail] : [head], score };
	}
	return best?.parts ?? [];
}

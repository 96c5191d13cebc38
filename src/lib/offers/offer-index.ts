/**
 * The full-text index over the offers list, built with MiniSearch and the German normalisation
 * of `search-text.ts` (kept apart so the normalisation stays free of the search library).
 *
 * Tuning, and why:
 * - Field boosts name 4 > keywords 3 > category 2 > description 1: a match in the name is what
 *   people mean, a word deep in a description rarely is.
 * - Prefix search from 3 letters on, so results come while typing ("Büch" finds "Bücherhalle");
 *   shorter prefixes would match almost everything.
 * - Fuzzy search only for words of 5 letters or more, with an edit distance of 20 % of the word
 *   (at most 2), so "Mitagstisch" finds "Mittagstisch" while a short word such as "Tee" only
 *   matches itself: one wrong letter in a short word is often another word.
 * - Synonyms from `synonyms.ts` are searched as extra queries whose scores count a little less
 *   than the words the person typed.
 * - Each word is also searched by its stem ("Behinderte" → "behindert", which finds the indexed
 *   stem "behinder" of "Behinderung" by one letter).
 * - A query word that finds nothing at all is split into known parts ("Schwimmbad" → "schwimm"
 *   "bad"), searched as one more, weaker query. Only then: "Mittagstisch" should not find every
 *   "Tisch" while the whole word is known.
 */
import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import {
	expandQuery,
	indexTerms,
	queryTerms,
	searchTerms,
	splitCompound,
	tokenise
} from './search-text';

/** What the index needs to know of an offer. */
export interface OfferSearchDocument {
	id: string;
	name: string;
	description: string;
	category: string;
	keywords: readonly string[];
}

/** The index over the offers (its ids are the offers' ids) and its words, sorted. */
export interface OfferIndex {
	search: MiniSearch<OfferSearchDocument>;
	words: readonly string[];
}

const MIN_PREFIX_LENGTH = 3;
const MIN_FUZZY_LENGTH = 5;
const FUZZINESS = 0.2;
// Synonyms help find an offer, but the words the person typed should still rank first.
const SYNONYM_WEIGHT = 0.5;
// Parts of a compound nobody wrote are a guess: they count less than synonyms.
const PART_WEIGHT = 0.4;

const searchOptions: SearchOptions = {
	boost: { name: 4, keywords: 3, category: 2, description: 1 },
	prefix: (term) => term.length >= MIN_PREFIX_LENGTH,
	fuzzy: (term) => (term.length >= MIN_FUZZY_LENGTH ? FUZZINESS : false),
	maxFuzzy: 2,
	combineWith: 'OR',
	processTerm: queryTerms
};

/** The MiniSearch options of the offer index; pass them to `MiniSearch.loadJSON` too. */
export const offerIndexOptions: Options<OfferSearchDocument> = {
	fields: ['name', 'keywords', 'category', 'description'],
	idField: 'id',
	storeFields: [],
	stringifyField: (value: unknown) => (Array.isArray(value) ? value.join(' ') : String(value)),
	tokenize: (text) => tokenise(text),
	processTerm: (term) => indexTerms(term),
	searchOptions
};

/** Builds a search index over the given offers. */
export function createOfferIndex(docs: readonly OfferSearchDocument[]): OfferIndex {
	const words = new Set<string>();
	const search = new MiniSearch<OfferSearchDocument>({
		...offerIndexOptions,
		processTerm: (term) => {
			const terms = indexTerms(term);
			for (const word of terms) words.add(word);
			return terms;
		}
	});
	search.addAll(docs);
	return { search, words: [...words].sort() };
}

/** Whether some word of the index starts with the part (a binary search in the sorted words). */
function isKnown(words: readonly string[], part: string): boolean {
	let low = 0;
	let high = words.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if ((words[middle] ?? '') < part) low = middle + 1;
		else high = middle;
	}
	return words[low]?.startsWith(part) ?? false;
}

/** The query with each word the index does not know replaced by its known parts, or null. */
function splitUnknownWords(index: OfferIndex, query: string): string | null {
	let changed = false;
	const words = searchTerms(query).map((term) => {
		if (index.search.search(term).length > 0) return term;
		const parts = splitCompound(term, (part) => isKnown(index.words, part));
		if (parts.length === 0) return term;
		changed = true;
		return parts.join(' ');
	});
	return changed ? words.join(' ') : null;
}

/** Searches the offers and returns their ids, best match first; empty when nothing matches. */
export function searchOffers(index: OfferIndex, query: string): string[] {
	const scores = new Map<string, number>();
	const add = (alternatives: string[], firstWeight: number, restWeight: number) => {
		alternatives.forEach((alternative, position) => {
			if (searchTerms(alternative).length === 0) return;
			const weight = position === 0 ? firstWeight : restWeight;
			for (const result of index.search.search(alternative)) {
				const id = String(result.id);
				scores.set(id, (scores.get(id) ?? 0) + result.score * weight);
			}
		});
	};
	add(expandQuery(query), 1, SYNONYM_WEIGHT);
	const split = splitUnknownWords(index, query);
	if (split) add(expandQuery(split), PART_WEIGHT, PART_WEIGHT * SYNONYM_WEIGHT);
	return [...scores.entries()]
		.sort(([idA, a], [idB, b]) => b - a || idA.localeCompare(idB))
		.map(([id]) => id);
}

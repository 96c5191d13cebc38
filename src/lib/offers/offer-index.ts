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
 */
import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import { expandQuery, indexTerms, processTerm, searchTerms, tokenise } from './search-text';

/** What the index needs to know of an offer. */
export interface OfferSearchDocument {
	id: string;
	name: string;
	description: string;
	category: string;
	keywords: readonly string[];
}

/** The index over the offers; its ids are the offers' ids. */
export type OfferIndex = MiniSearch<OfferSearchDocument>;

const MIN_PREFIX_LENGTH = 3;
const MIN_FUZZY_LENGTH = 5;
const FUZZINESS = 0.2;
// Synonyms help find an offer, but the words the person typed should still rank first.
const SYNONYM_WEIGHT = 0.5;

const searchOptions: SearchOptions = {
	boost: { name: 4, keywords: 3, category: 2, description: 1 },
	prefix: (term) => term.length >= MIN_PREFIX_LENGTH,
	fuzzy: (term) => (term.length >= MIN_FUZZY_LENGTH ? FUZZINESS : false),
	maxFuzzy: 2,
	combineWith: 'OR',
	// Queries are not split into compound parts: "Mittagstisch" should not find every "Tisch".
	processTerm
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
	const index = new MiniSearch<OfferSearchDocument>(offerIndexOptions);
	index.addAll(docs);
	return index;
}

/** Searches the offers and returns their ids, best match first; empty when nothing matches. */
export function searchOffers(index: OfferIndex, query: string): string[] {
	const scores = new Map<string, number>();
	expandQuery(query).forEach((alternative, position) => {
		if (searchTerms(alternative).length === 0) return;
		const weight = position === 0 ? 1 : SYNONYM_WEIGHT;
		for (const result of index.search(alternative)) {
			const id = String(result.id);
			scores.set(id, (scores.get(id) ?? 0) + result.score * weight);
		}
	});
	return [...scores.entries()]
		.sort(([idA, a], [idB, b]) => b - a || idA.localeCompare(idB))
		.map(([id]) => id);
}

// What the page and the search worker say to each other.
import type { OfferSearchDocument } from './offer-index';

/** To the worker: index these offers, or search them. */
export type SearchRequest =
	{ kind: 'index'; docs: OfferSearchDocument[] } | { kind: 'search'; seq: number; query: string };

/** From the worker: the ranked ids for one query. */
export interface SearchReply {
	seq: number;
	query: string;
	ids: string[];
}

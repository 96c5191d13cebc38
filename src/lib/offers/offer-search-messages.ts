// What the page and the search worker say to each other.
import type { OfferSearchDocument } from './offer-index';

/**
 * To the worker: index these offers (sent in parts: the first part starts a new list, the last
 * one builds the index), or search them.
 */
export type SearchRequest =
	| { kind: 'index'; first: boolean; last: boolean; docs: OfferSearchDocument[] }
	| { kind: 'search'; seq: number; query: string };

/** From the worker: the ranked ids for one query. */
export interface SearchReply {
	seq: number;
	query: string;
	ids: string[];
}

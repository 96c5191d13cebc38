// Builds the offers' search index and answers queries away from the page, so typing stays smooth
// with a whole city's catalogue. Messages are handled in order: a search sent after new offers is
// answered from the new index.
import {
	createOfferIndex,
	searchOffers,
	type OfferIndex,
	type OfferSearchDocument
} from './offer-index';
import type { SearchReply, SearchRequest } from './offer-search-messages';

let index: OfferIndex | null = null;
// The parts of a new list received so far; the old index answers until the last part is in.
let parts: OfferSearchDocument[] = [];

self.onmessage = (event: MessageEvent<SearchRequest>) => {
	const request = event.data;
	if (request.kind === 'index') {
		if (request.first) parts = [];
		parts.push(...request.docs);
		if (request.last) {
			index = createOfferIndex(parts);
			parts = [];
		}
		return;
	}
	const reply: SearchReply = {
		seq: request.seq,
		query: request.query,
		ids: index ? searchOffers(index, request.query) : []
	};
	self.postMessage(reply);
};

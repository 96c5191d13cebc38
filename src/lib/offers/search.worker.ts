// Builds the offers' search index and answers queries away from the page, so typing stays smooth
// with a whole city's catalogue. Messages are handled in order: a search sent after new offers is
// answered from the new index.
import { createOfferIndex, searchOffers, type OfferIndex } from './offer-index';
import type { SearchReply, SearchRequest } from './offer-search-messages';

let index: OfferIndex | null = null;

self.onmessage = (event: MessageEvent<SearchRequest>) => {
	const request = event.data;
	if (request.kind === 'index') {
		index = createOfferIndex(request.docs);
		return;
	}
	const reply: SearchReply = {
		seq: request.seq,
		query: request.query,
		ids: index ? searchOffers(index, request.query) : []
	};
	self.postMessage(reply);
};

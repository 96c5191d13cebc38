// Search as the person types, over a catalogue of any size: the index is built and asked in a
// Web Worker, so the page only draws the answer. Where no worker can start (unit tests, very old
// browsers) the same index runs on the page.
import type { Offer } from './offer';
import type { OfferIndex, OfferSearchDocument } from './offer-index';
import type { SearchReply, SearchRequest } from './offer-search-messages';

/** The answer to one query: the ranked ids of the matching offers. */
export interface SearchAnswer {
	query: string;
	ids: readonly string[];
}

function documentOf(offer: Offer): OfferSearchDocument {
	return {
		id: offer.id,
		name: offer.name,
		description: offer.description,
		category: offer.category,
		keywords: offer.keywords
	};
}

/**
 * A short hash of every searched word of the offers (FNV-1a over the texts): the index is built
 * anew only when it changes. A hash, not the joined texts: a city's texts would stay in memory.
 */
function fingerprintOf(docs: readonly OfferSearchDocument[]): string {
	let hash = 0x811c9dc5;
	let second = 0;
	const add = (text: string) => {
		for (let index = 0; index < text.length; index++) {
			hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193) >>> 0;
			second = (second * 31 + text.charCodeAt(index)) >>> 0;
		}
		hash = Math.imul(hash ^ 1, 0x01000193) >>> 0;
	};
	for (const doc of docs) {
		add(doc.id);
		add(doc.name);
		add(doc.description);
		add(doc.category);
		for (const keyword of doc.keywords) add(keyword);
	}
	return `${docs.length}:${hash.toString(36)}:${second.toString(36)}`;
}

/** The offers' search, fed with the catalogue's offers and asked with the person's words. */
export class OfferSearch {
	/** The latest answer that arrived; null until one did. */
	answer = $state.raw<SearchAnswer | null>(null);
	#offers: readonly Offer[] | null = null;
	#fingerprint = '';
	#worker: Worker | null = null;
	#local: { index: OfferIndex; module: typeof import('./offer-index') } | null = null;
	#seq = 0;
	#query = '';
	#waiting: { seq: number; resolve: () => void }[] = [];

	/** Gives the search the catalogue's offers; the index is built again only when they change. */
	use(offers: readonly Offer[]): void {
		if (offers === this.#offers) return;
		this.#offers = offers;
		const docs = offers.map(documentOf);
		// The database hands over a new list after every read; the index is built anew only when
		// a searched word changed (building it for a city takes seconds).
		const fingerprint = fingerprintOf(docs);
		if (fingerprint === this.#fingerprint) return;
		this.#fingerprint = fingerprint;
		const worker = this.#startWorker();
		if (worker) {
			this.#send(worker, { kind: 'index', docs });
		} else {
			this.#local = null;
			void import('./offer-index').then((module) => {
				if (this.#offers !== offers) return;
				this.#local = { index: module.createOfferIndex(docs), module };
				this.search(this.#query);
			});
		}
		if (this.#query) this.search(this.#query);
	}

	/** Searches for the words; the answer arrives in `answer`, and the promise ends with it. */
	search(query: string): Promise<void> {
		this.#query = query;
		const seq = ++this.#seq;
		if (!query.trim()) {
			this.#answer(seq, { query, ids: [] });
		} else if (this.#worker) {
			this.#send(this.#worker, { kind: 'search', seq, query });
		} else if (this.#local) {
			this.#answer(seq, {
				query,
				ids: this.#local.module.searchOffers(this.#local.index, query)
			});
		}
		return new Promise((resolve) => {
			if (this.answer?.query === query && seq <= this.#answered) resolve();
			else this.#waiting.push({ seq, resolve });
		});
	}

	#answered = 0;

	#answer(seq: number, answer: SearchAnswer) {
		// Only the answer to the newest query counts; older ones can arrive late.
		if (seq !== this.#seq) return;
		this.answer = answer;
		this.#answered = seq;
		const done = this.#waiting.filter((waiting) => waiting.seq <= seq);
		this.#waiting = this.#waiting.filter((waiting) => waiting.seq > seq);
		for (const waiting of done) waiting.resolve();
	}

	/** Ends the worker; a later `use` starts a new one. */
	stop(): void {
		this.#worker?.terminate();
		this.#worker = null;
		this.#offers = null;
		this.#fingerprint = '';
	}

	#send(worker: Worker, request: SearchRequest) {
		worker.postMessage(request);
	}

	#startWorker(): Worker | null {
		if (this.#worker) return this.#worker;
		if (typeof Worker === 'undefined') return null;
		try {
			// Vite finds the worker by this exact form; the URL is never changed.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			const worker = new Worker(new URL('./search.worker.ts', import.meta.url), {
				type: 'module'
			});
			worker.onmessage = (event: MessageEvent<SearchReply>) => {
				this.#answer(event.data.seq, { query: event.data.query, ids: event.data.ids });
			};
			this.#worker = worker;
			return worker;
		} catch {
			return null;
		}
	}
}

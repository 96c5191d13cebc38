// Search as the person types, over a catalogue of any size: the index is built and asked in a
// Web Worker, so the page only draws the answer. Where no worker can start (unit tests, very old
// browsers) the same index runs on the page.
import type { Offer } from './offer';
import type { OfferIndex, OfferSearchDocument } from './offer-index';
import type { SearchReply, SearchRequest } from './offer-search-messages';
import { nextTask } from './next-task';

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

// Offers handed to the worker per message: each part is made and sent in a short task, so the
// page stays responsive while a city's catalogue goes over.
const PART = 500;

/** The offers' search, fed with the catalogue's offers and asked with the person's words. */
export class OfferSearch {
	/** The latest answer that arrived; null until one did. */
	answer = $state.raw<SearchAnswer | null>(null);
	#offers: readonly Offer[] | null = null;
	#worker: Worker | null = null;
	#local: { index: OfferIndex; module: typeof import('./offer-index') } | null = null;
	#seq = 0;
	#query = '';
	#waiting: { seq: number; resolve: () => void }[] = [];

	/**
	 * Gives the search the catalogue's offers; the index is built again when the list is another
	 * one (the catalogue hands over a new list only when the stored offers changed).
	 */
	use(offers: readonly Offer[]): void {
		if (offers === this.#offers) return;
		this.#offers = offers;
		const worker = this.#startWorker();
		if (worker) {
			void this.#handOver(worker, offers);
		} else {
			this.#local = null;
			void import('./offer-index').then((module) => {
				if (this.#offers !== offers) return;
				this.#local = { index: module.createOfferIndex(offers.map(documentOf)), module };
				this.search(this.#query);
			});
		}
	}

	// Sends the offers' searched words in parts, one short task each; a newer list stops it.
	async #handOver(worker: Worker, offers: readonly Offer[]): Promise<void> {
		for (let start = 0; start === 0 || start < offers.length; start += PART) {
			if (start > 0) await nextTask();
			if (this.#offers !== offers || this.#worker !== worker) return;
			const docs = offers.slice(start, start + PART).map(documentOf);
			this.#send(worker, {
				kind: 'index',
				first: start === 0,
				last: start + PART >= offers.length,
				docs
			});
		}
		if (this.#query) void this.search(this.#query);
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

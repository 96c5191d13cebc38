// Reads a catalogue in a Web Worker, with its progress as state and a way to stop. Stopping ends
// the worker before anything is stored, so the catalogue on the device stays as it was. Where no
// worker can start (unit tests, very old browsers) the same code runs on the page.
import type { CatalogueFile } from './catalogue-file';
import type { ReadReply, ReadRequest } from './catalogue-read-messages';
import type { ImportPlan } from './editor/files';
import type { CategoryRule, Offer } from './offer';

/** How far a reading has come: services read of all in the file. */
export interface ReadProgress {
	read: number;
	total: number;
}

/** Given by a reading that the person stopped. */
export const cancelled = Symbol('cancelled');

type Outcome<T> = T | typeof cancelled;

/** The last message of the worker with the offers and records it sent in parts before. */
function withParts(
	reply: ReadReply,
	offers: Offer[],
	sources: Map<string, Record<string, unknown>>
): ReadReply {
	if (reply.kind === 'catalogue' && reply.file.ok) {
		return { ...reply, file: { ...reply.file, offers, sources } };
	}
	if (reply.kind === 'plan' && reply.plan.ok) {
		return {
			...reply,
			plan: { ...reply.plan, pending: { ...reply.plan.pending, offers, sources } }
		};
	}
	return reply;
}

/** One reading at a time: a published catalogue, or files the Quartier team picked. */
export class CatalogueReader {
	/** Null while nothing is read; else how far the reading is (total 0 while fetching). */
	progress = $state.raw<ReadProgress | null>(null);
	#stop: (() => void) | null = null;

	/** Whether a reading runs now. */
	get busy(): boolean {
		return this.progress !== null;
	}

	/** Fetches and reads the catalogue at the address. */
	async readCatalogue(
		url: string,
		fetcher: typeof fetch = fetch,
		{ fresh = false } = {}
	): Promise<Outcome<CatalogueFile>> {
		if (fetcher !== fetch || typeof Worker === 'undefined') {
			return this.#onPage(async (onProgress) => {
				const response = await (fresh ? fetcher(url, { cache: 'no-store' }) : fetcher(url));
				if (!response.ok) throw new Error(`catalogue: HTTP ${response.status}`);
				const { readCatalogueFile } = await import('./catalogue-file');
				return readCatalogueFile(await response.json(), onProgress);
			});
		}
		const reply = await this.#inWorker({ kind: 'catalogue', url, fresh });
		if (reply === cancelled) return cancelled;
		if (reply.kind !== 'catalogue') throw new Error('catalogue: the reader gave no catalogue');
		return reply.file;
	}

	/** Reads the picked files into an import the team can check before it is taken. */
	async readFiles(
		files: readonly Pick<File, 'name' | 'size' | 'text'>[],
		today: string,
		currentQuartier: string,
		rules: CategoryRule[]
	): Promise<Outcome<ImportPlan>> {
		if (typeof Worker === 'undefined') {
			return this.#onPage(async (onProgress) => {
				const { planImport } = await import('./editor/files');
				return planImport(files, today, currentQuartier, rules, onProgress);
			});
		}
		// In a browser the picked files are real Files: the worker gets them as they are.
		const reply = await this.#inWorker({
			kind: 'files',
			files: files as File[],
			today,
			currentQuartier,
			rules
		});
		if (reply === cancelled) return cancelled;
		if (reply.kind !== 'plan') return { ok: false, problem: 'unreadable' };
		return reply.plan;
	}

	/** Stops the reading; the promise of the reading gives `cancelled`. */
	cancel(): void {
		this.#stop?.();
	}

	async #onPage<T>(
		read: (onProgress: (read: number, total: number) => void) => Promise<T>
	): Promise<Outcome<T>> {
		this.cancel();
		let stopped = false;
		this.#stop = () => (stopped = true);
		this.progress = { read: 0, total: 0 };
		try {
			const result = await read((read, total) => (this.progress = { read, total }));
			return stopped ? cancelled : result;
		} finally {
			this.#stop = null;
			this.progress = null;
		}
	}

	#inWorker(request: ReadRequest): Promise<Outcome<ReadReply>> {
		this.cancel();
		this.progress = { read: 0, total: 0 };
		return new Promise((resolve, reject) => {
			// Vite finds the worker by this exact form; the URL is never changed.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			const worker = new Worker(new URL('./catalogue-read.worker.ts', import.meta.url), {
				type: 'module'
			});
			const end = () => {
				worker.terminate();
				this.#stop = null;
				this.progress = null;
			};
			this.#stop = () => {
				end();
				resolve(cancelled);
			};
			// The offers and their records come in parts before the last message (plain data
			// handed on once, not state).
			const offers: Offer[] = [];
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			const sources = new Map<string, Record<string, unknown>>();
			worker.onmessage = (event: MessageEvent<ReadReply>) => {
				const reply = event.data;
				if (reply.kind === 'progress') {
					this.progress = { read: reply.read, total: reply.total };
					return;
				}
				if (reply.kind === 'offers') {
					offers.push(...reply.offers);
					return;
				}
				if (reply.kind === 'sources') {
					for (const [id, record] of reply.sources) sources.set(id, record);
					return;
				}
				end();
				if (reply.kind === 'failed') reject(new Error(reply.message));
				else resolve(withParts(reply, offers, sources));
			};
			worker.onerror = (event) => {
				end();
				reject(new Error(event.message || 'catalogue: the reader stopped'));
			};
			worker.postMessage(request);
		});
	}
}

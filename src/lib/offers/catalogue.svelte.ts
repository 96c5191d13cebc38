import { liveQuery, type Subscription } from 'dexie';
import { announcer } from '$lib/a11y/announcer.svelte';
import { database } from '$lib/db/connection';
import {
	listFavourites,
	listOffers,
	readCatalogueInfo,
	replaceCatalogue,
	setFavourite
} from '$lib/db/offers-repository';
import type { CatalogueInfo } from '$lib/db/offers-schema';
import { storageStatus } from '$lib/storage/storage-status.svelte';
import { i18n } from '$lib/i18n/i18n.svelte';
import { catalogueUrl } from './catalogue-url';
import type { Offer } from './offer';
import type { OfferIndex } from './offer-index';

type IndexModule = typeof import('./offer-index');

// Reading HSDS and building the search index are loaded only when needed, so pages that merely
// show the contact point stay small.
const loadFileReader = () => import('./catalogue-file');

/**
 * The Quartier's offers on this device, as app state. The first visit stores the shipped
 * catalogue in IndexedDB; when online, a newer published file replaces it. Reads go through
 * liveQuery, so favourites set in another tab show up here too.
 */
class Catalogue {
	offers = $state.raw<Offer[]>([]);
	info = $state.raw<CatalogueInfo | null>(null);
	favourites = $state.raw<ReadonlySet<string>>(new Set());
	status = $state<'idle' | 'loading' | 'ready' | 'failed'>('idle');
	/** True once the search index module is there; until then `search` finds nothing. */
	searchReady = $state(false);
	#index: OfferIndex | null = null;
	#indexModule: IndexModule | null = null;
	#subscriptions: Subscription[] = [];

	/** Loads the catalogue once per page life; safe to call from every page that needs it. */
	async ensureLoaded(fetcher: typeof fetch = fetch): Promise<void> {
		if (this.status !== 'idle') return;
		this.status = 'loading';
		const db = database();
		try {
			if (!(await readCatalogueInfo(db))) await this.#importFrom(fetcher, catalogueUrl, 'shipped');
			await this.#watch();
			this.status = 'ready';
		} catch (error) {
			this.status = 'failed';
			storageStatus.reportError(error);
			return;
		}
		if (globalThis.navigator?.onLine) void this.checkForUpdate(fetcher);
	}

	/** Fetches the published catalogue past the offline copy and takes it when it is newer. */
	async checkForUpdate(fetcher: typeof fetch = fetch): Promise<boolean> {
		try {
			// A query string keeps the request away from the precached copy.
			const url = `${catalogueUrl}?stand=${Date.now()}`;
			const response = await fetcher(url, { cache: 'no-store' });
			if (!response.ok) return false;
			const { readCatalogueFile } = await loadFileReader();
			const file = readCatalogueFile(await response.json());
			if (!file.ok) return false;
			const current = this.info ?? (await readCatalogueInfo(database()));
			if (current && file.stand <= current.stand) return false;
			await replaceCatalogue(database(), file.offers, {
				stand: file.stand,
				quartier: file.quartier,
				source: 'update'
			});
			announcer.say(i18n.t('offers.updated'));
			return true;
		} catch {
			// Offline or a broken file on the server: the catalogue on the device stays as it is.
			return false;
		}
	}

	/** Loads the search code; call it where people search. */
	async prepareSearch(): Promise<void> {
		this.#indexModule ??= await import('./offer-index');
		this.searchReady = true;
	}

	/** Ranked ids of the offers matching a search, best first. */
	search(query: string): string[] {
		const module = this.#indexModule;
		if (!module) return [];
		this.#index ??= module.createOfferIndex(this.offers);
		return module.searchOffers(this.#index, query);
	}

	/** Finds one offer by id among the loaded ones. */
	find(id: string): Offer | undefined {
		return this.offers.find((offer) => offer.id === id);
	}

	/** Saves or forgets a favourite and says so. */
	async toggleFavourite(id: string): Promise<boolean> {
		const saved = !this.favourites.has(id);
		try {
			await setFavourite(database(), id, saved);
			// Show the change at once; liveQuery confirms it a moment later.
			const ids = [...this.favourites].filter((favourite) => favourite !== id);
			this.favourites = new Set(saved ? [...ids, id] : ids);
			return saved;
		} catch (error) {
			storageStatus.reportError(error);
			return !saved;
		}
	}

	async #importFrom(
		fetcher: typeof fetch,
		url: string,
		source: CatalogueInfo['source']
	): Promise<void> {
		const response = await fetcher(url);
		if (!response.ok) throw new Error(`catalogue: HTTP ${response.status}`);
		const { readCatalogueFile } = await loadFileReader();
		const file = readCatalogueFile(await response.json());
		if (!file.ok) throw new Error(`catalogue: ${file.message}`);
		await replaceCatalogue(database(), file.offers, {
			stand: file.stand,
			quartier: file.quartier,
			source
		});
	}

	/** Follows the tables; resolves when the offers are there for the first time. */
	#watch(): Promise<void> {
		const db = database();
		let firstLoad: () => void = () => {};
		const loaded = new Promise<void>((resolve) => (firstLoad = resolve));
		this.#subscriptions.push(
			liveQuery(() => Promise.all([listOffers(db), readCatalogueInfo(db)])).subscribe({
				next: ([offers, info]) => {
					this.offers = offers;
					this.info = info;
					this.#index = null;
					firstLoad();
				},
				error: (error) => {
					storageStatus.reportError(error);
					firstLoad();
				}
			}),
			liveQuery(() => listFavourites(db)).subscribe({
				next: (favourites) => {
					this.favourites = new Set(favourites.map((favourite) => favourite.offerId));
				},
				error: (error) => storageStatus.reportError(error)
			})
		);
		return loaded;
	}
}

export const catalogue = new Catalogue();

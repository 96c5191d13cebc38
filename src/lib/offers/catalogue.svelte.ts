// The Quartier's offers on this device, as app state, and the verbs the Angebote pages use: save
// a favourite, send a "Stimmt etwas nicht?" report. Reads follow the database through live
// queries, so favourites set in another tab show up here too; each verb tells the person in easy
// words when storage fails, so a view never catches a storage error itself.
import { announcer } from '$lib/a11y/announcer.svelte';
import { database } from '$lib/db/connection';
import {
	addOfferReport,
	listFavourites,
	listOffers,
	listOffersAfter,
	readCatalogueInfo,
	replaceCatalogue,
	setFavourite
} from '$lib/db/offers-repository';
import type { NahbeiDatabase } from '$lib/db/database';
import type { CatalogueInfo, OfferReportRecord, ReportReason } from '$lib/db/offers-schema';
import { i18n } from '$lib/i18n/i18n.svelte';
import { languageInfo } from '$lib/i18n/languages';
import { LiveQuery } from '$lib/storage/live-query.svelte';
import { storageStatus } from '$lib/storage/storage-status.svelte';
import { kiosk } from '$lib/kiosk/kiosk.svelte';
import { settings } from '$lib/settings/settings.svelte';
import type { CatalogueFile } from './catalogue-file';
import { CatalogueReader, cancelled } from './catalogue-reader.svelte';
import { catalogueChanges, type CatalogueChanges } from './catalogue-update';
import { catalogueUrl } from './catalogue-url';
import { loadQuartierIndex, type QuartierEntry } from './quartier-index';
import type { Offer } from './offer';
import { nextTask } from './next-task';
import { mergeSorted } from './sorted-parts';

/** A newer published catalogue that waits for the Quartier team's yes. */
export interface PendingUpdate {
	stand: string;
	quartier: string;
	offers: Offer[];
	sources: Map<string, Record<string, unknown>>;
	contactEmail?: string;
	changes: CatalogueChanges;
	/** Whether the catalogue here was imported or edited by the team (their work would go). */
	replacesOwnWork: boolean;
}

function contactOf(file: { contactEmail?: string }): { contactEmail?: string } {
	return file.contactEmail ? { contactEmail: file.contactEmail } : {};
}

/**
 * What changes with every write to the offers: each whole catalogue gets a new `importedAt`, each
 * change by the Quartier team a new `editedAt` (both in the same transaction as the offers).
 */
function stampOf(info: CatalogueInfo | null): string {
	return info ? `${info.importedAt}|${info.editedAt ?? ''}` : '';
}

const noOffers: Offer[] = [];

// Offers read per part: each part is read, and sorted, in a short task of its own.
const PART = 250;

/**
 * Reads the active offers in parts, sorted by name in the person's language: each part is sorted
 * as it comes, and the sorted parts are merged in short tasks, so no task sorts a whole city.
 */
async function readOffersByName(db: NahbeiDatabase, locale: string): Promise<Offer[]> {
	const collator = new Intl.Collator(locale);
	const byName = (a: Offer, b: Offer) => collator.compare(a.name, b.name);
	const runs: Offer[][] = [];
	let after: string | null = null;
	do {
		if (after !== null) await nextTask();
		const part: { offers: Offer[]; last: string | null } = await listOffersAfter(db, after, PART);
		runs.push(part.offers.sort(byName));
		after = part.last;
	} while (after !== null);
	return mergeSorted(runs, byName);
}

async function readFavourites(db: NahbeiDatabase): Promise<ReadonlySet<string>> {
	return new Set((await listFavourites(db)).map((favourite) => favourite.offerId));
}

/**
 * The Quartier's offers on this device. The first visit stores the shipped catalogue in
 * IndexedDB; when online, a newer published file replaces it, unless the Quartier team imported
 * or edited the catalogue here: then the newer file waits in `update` until a person decides.
 */
class Catalogue {
	/** 'choose': the city has several Quartiere and the person has not chosen one yet. */
	status = $state<'idle' | 'loading' | 'choose' | 'ready' | 'failed'>('idle');
	/** The city's Quartiere from the published index; empty until it is read. */
	quartiere = $state.raw<QuartierEntry[]>([]);
	/** Reads catalogue files in a worker; its `progress` and `cancel` serve the page. */
	readonly reader = new CatalogueReader();
	// The check for a newer file reads in a worker of its own, out of sight.
	#updateReader = new CatalogueReader();
	/** A newer published catalogue offered to the team; null when there is none. */
	update = $state.raw<PendingUpdate | null>(null);
	// The offers are read once per change, outside the live query: a live query keeps a copy of
	// what it read, and for a city that is megabytes. The small catalogue record changes with
	// every write to the offers, so following it is enough to see changes from other tabs.
	#offers = $state.raw<Offer[]>([]);
	// The language whose order `offers` has (a page in another language sorts them itself).
	#sortedFor = '';
	#stamp = '';
	#reads = 0;
	#info = new LiveQuery(() => readCatalogueInfo(database()), {
		initial: null,
		onResult: (info) => {
			if (this.status === 'ready' && stampOf(info) !== this.#stamp) void this.refresh();
		}
	});
	#favourites = new LiveQuery(() => readFavourites(database()), {
		initial: new Set<string>() as ReadonlySet<string>
	});

	// The tables are followed only once the catalogue is stored: before, there is nothing to
	// follow, and a failed first load has told the person already.

	/** The active offers, once the catalogue is loaded, by name in the language shown then. */
	get offers(): Offer[] {
		if (this.status !== 'ready') return noOffers;
		// Reading the record follows the table while a view shows the offers.
		void this.#info.current;
		return this.#offers;
	}

	/** Whether `offers` are already by name in the order of this language (Intl locale). */
	isSortedFor(locale: string): boolean {
		return this.#sortedFor === locale;
	}

	/** Where the catalogue came from and how current it is; null before it is loaded. */
	get info(): CatalogueInfo | null {
		return this.status === 'ready' ? this.#info.current : null;
	}

	/** The ids of the offers the person saved. */
	get favourites(): ReadonlySet<string> {
		return this.status === 'ready' ? this.#favourites.current : new Set();
	}

	/**
	 * The Quartier whose offers are shown: the kiosk's own (set by staff), else the person's
	 * choice, else the one the stored catalogue names, else the city's only one.
	 */
	get quartier(): QuartierEntry | null {
		const chosen = kiosk.config?.quartier ?? settings.values.quartier;
		const byId = this.quartiere.find((entry) => entry.id === chosen);
		if (byId) return byId;
		const stored = this.#info.current?.quartier;
		const byName = this.quartiere.find((entry) => entry.name === stored);
		if (byName) return byName;
		return this.quartiere.length === 1 ? (this.quartiere[0] ?? null) : null;
	}

	/** Whether the person may choose the Quartier here: a kiosk keeps the one staff set. */
	get canChoose(): boolean {
		return !kiosk.config?.quartier && this.quartiere.length > 1;
	}

	/** Reads the city's index of Quartiere; without one, the shipped catalogue stands alone. */
	async loadQuartiere(fetcher: typeof fetch = fetch): Promise<QuartierEntry[]> {
		if (this.quartiere.length > 0) return this.quartiere;
		this.quartiere = await loadQuartierIndex(fetcher);
		return this.quartiere;
	}

	/** Loads the catalogue once per page life; safe to call from every page that needs it. */
	async ensureLoaded(fetcher: typeof fetch = fetch): Promise<void> {
		if (this.status !== 'idle') return;
		this.status = 'loading';
		let fresh = false;
		try {
			// A page asks for the catalogue while it is drawn for the first time: opening the
			// database waits for a task of its own, so drawing the page stays one short task.
			await nextTask();
			const db = database();
			// The index of Quartiere comes over the network while the stored offers are read.
			const quartiere = this.loadQuartiere(fetcher);
			if (!(await readCatalogueInfo(db))) {
				await quartiere;
				const quartier = this.quartier;
				if (!quartier && this.quartiere.length > 1) {
					this.status = 'choose';
					return;
				}
				const read = await this.#importFrom(fetcher, quartier?.file ?? catalogueUrl, 'shipped');
				if (!read) {
					this.status = this.quartiere.length > 1 ? 'choose' : 'failed';
					return;
				}
				// Without a service worker in between, the file just came from the server itself:
				// asking it again for a newer one would only read the same file twice.
				fresh = !globalThis.navigator?.serviceWorker?.controller;
			}
			this.#favourites.show(await readFavourites(db));
			await this.refresh();
			await quartiere;
			this.status = 'ready';
		} catch (error) {
			this.status = 'failed';
			storageStatus.reportError(error);
			return;
		}
		if (globalThis.navigator?.onLine && !fresh) void this.checkForUpdate(fetcher);
	}

	/**
	 * Shows the offers of another Quartier: its file is read in a worker (progress in `reader`),
	 * then it replaces the catalogue here. Gives 'cancelled' when the person stopped the reading;
	 * the catalogue stays as it was then, and when anything fails.
	 */
	async chooseQuartier(
		id: string,
		fetcher: typeof fetch = fetch
	): Promise<'done' | 'cancelled' | 'failed'> {
		const entry = this.quartiere.find((quartier) => quartier.id === id);
		if (!entry || kiosk.config?.quartier) return 'failed';
		const before = this.status;
		if (before !== 'ready') this.status = 'loading';
		try {
			const read = await this.#importFrom(fetcher, entry.file, 'shipped');
			if (!read) {
				this.status = before === 'ready' ? 'ready' : 'choose';
				return 'cancelled';
			}
			await settings.update({ quartier: id }, { quiet: true });
			this.#favourites.show(await readFavourites(database()));
			await this.refresh();
			this.status = 'ready';
			return 'done';
		} catch (error) {
			this.status = before === 'ready' ? 'ready' : 'failed';
			storageStatus.reportError(error);
			return 'failed';
		}
	}

	/**
	 * Shows what is stored now, before the live query reports it (after a change made here, and
	 * where nothing follows the tables, as in unit tests).
	 */
	async refresh(): Promise<void> {
		const read = ++this.#reads;
		const db = database();
		// The record first: when the offers change in between, the live query sees a newer
		// stamp and reads again.
		const info = await readCatalogueInfo(db);
		const locale = languageInfo[i18n.language].intlLocale;
		const offers = await readOffersByName(db, locale);
		// Only the newest read counts; an older one can end later.
		if (read !== this.#reads) return;
		this.#stamp = stampOf(info);
		this.#info.show(info);
		this.#sortedFor = locale;
		this.#offers = offers;
	}

	/**
	 * Fetches the published catalogue past the offline copy. A newer one replaces the shipped
	 * catalogue; an imported or edited one is never replaced unasked: the newer file is offered
	 * in `update`. Gives whether the catalogue was replaced.
	 */
	async checkForUpdate(fetcher: typeof fetch = fetch): Promise<boolean> {
		try {
			// A query string keeps the request away from the precached copy.
			const url = `${this.quartier?.file ?? catalogueUrl}?stand=${Date.now()}`;
			const file = await this.#updateReader.readCatalogue(url, fetcher, { fresh: true });
			if (file === cancelled) return false;
			if (!file.ok) return false;
			const current = await readCatalogueInfo(database());
			if (current && file.stand <= current.stand) return false;
			const ownWork = current !== null && (current.source === 'import' || !!current.editedAt);
			if (ownWork) {
				const stored = await listOffers(database());
				this.update = {
					stand: file.stand,
					quartier: file.quartier,
					offers: file.offers,
					sources: file.sources,
					...contactOf(file),
					changes: catalogueChanges(stored, file.offers),
					replacesOwnWork: true
				};
				return false;
			}
			await replaceCatalogue(
				database(),
				file.offers,
				{ stand: file.stand, quartier: file.quartier, source: 'update', ...contactOf(file) },
				file.sources
			);
			await this.refresh();
			// Nobody asked for it: news that never replaces the answer to what the person did.
			announcer.say(i18n.t('offers.updated'), { background: true });
			return true;
		} catch {
			// Offline or a broken file on the server: the catalogue on the device stays as it is.
			return false;
		}
	}

	/** Takes the offered newer catalogue, after a person said yes; gives whether it worked. */
	async takeUpdate(): Promise<boolean> {
		const update = this.update;
		if (!update) return false;
		const done = await storageStatus.attempt(async () => {
			await replaceCatalogue(
				database(),
				update.offers,
				{
					stand: update.stand,
					quartier: update.quartier,
					source: 'update',
					...(update.contactEmail ? { contactEmail: update.contactEmail } : {})
				},
				update.sources
			);
			await this.refresh();
			return true;
		});
		if (!done) return false;
		this.update = null;
		announcer.say(i18n.t('offers.updated'));
		return true;
	}

	/** Keeps the catalogue as it is: the offer is asked again on the next visit. */
	keepCurrent(): void {
		this.update = null;
	}

	/** Finds one offer by id among the loaded ones. */
	find(id: string): Offer | undefined {
		return this.offers.find((offer) => offer.id === id);
	}

	/** Saves or forgets a favourite; gives whether it is saved now. */
	async toggleFavourite(id: string): Promise<boolean> {
		const saved = !this.favourites.has(id);
		const done = await storageStatus.attempt(() => setFavourite(database(), id, saved));
		if (done === undefined) return !saved;
		// Show the change at once; the live query confirms it a moment later.
		const ids = [...this.favourites].filter((favourite) => favourite !== id);
		this.#favourites.show(new Set(saved ? [...ids, id] : ids));
		return saved;
	}

	/** Keeps a "Stimmt etwas nicht?" report on this device for the Quartier team; gives it, or undefined. */
	async report(
		offerId: string,
		reasons: ReportReason[],
		note: string
	): Promise<OfferReportRecord | undefined> {
		return storageStatus.attempt(() =>
			addOfferReport(database(), { offerId, reasons, note: note.trim() })
		);
	}

	/**
	 * Where reports go: the catalogue's contact e-mail, else the e-mail of the Quartier's one
	 * contact point; undefined when the catalogue names neither.
	 */
	get reportAddress(): string | undefined {
		return (
			this.info?.contactEmail ??
			this.offers.find((offer) => offer.isContactPoint)?.email ??
			undefined
		);
	}

	/** Reads the file in a worker and stores it; gives false when the person stopped the reading. */
	async #importFrom(
		fetcher: typeof fetch,
		url: string,
		source: CatalogueInfo['source']
	): Promise<boolean> {
		const file: CatalogueFile | typeof cancelled = await this.reader.readCatalogue(url, fetcher);
		if (file === cancelled) return false;
		if (!file.ok) throw new Error(`catalogue: ${file.message}`);
		await replaceCatalogue(
			database(),
			file.offers,
			{ stand: file.stand, quartier: file.quartier, source, ...contactOf(file) },
			file.sources
		);
		return true;
	}
}

export const catalogue = new Catalogue();

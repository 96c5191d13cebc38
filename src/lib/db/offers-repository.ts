import * as v from 'valibot';
import type { NahbeiDatabase } from './database';
import {
	CatalogueInfoSchema,
	CategoryRuleSchema,
	OfferReportSchema,
	OfferSchema,
	type CatalogueInfo,
	type CategoryRule,
	type Offer,
	type FavouriteRecord,
	type OfferReportInput,
	type OfferReportRecord
} from './offers-schema';
import { guardStorage } from './storage-problem';

/** Reads what is known about the catalogue on this device, or null before the first load. */
export function readCatalogueInfo(db: NahbeiDatabase): Promise<CatalogueInfo | null> {
	return guardStorage(async () => (await db.catalogue.get('current')) ?? null);
}

/**
 * Replaces the whole catalogue in one transaction: a failure (a full disk) leaves the old
 * catalogue exactly as it was. Favourites stay: they point to offer ids. `sources` are the HSDS
 * records the offers were read from (by offer id), kept for a lossless export.
 */
export function replaceCatalogue(
	db: NahbeiDatabase,
	offers: Offer[],
	info: Omit<CatalogueInfo, 'id' | 'importedAt'>,
	sources: ReadonlyMap<string, Record<string, unknown>> = new Map()
): Promise<void> {
	return guardStorage(async () => {
		// Validate everything before the transaction: nothing but IndexedDB work inside it.
		// A city's offers are checked in parts, each in a short task of its own.
		const checked: Offer[] = [];
		for (let start = 0; start < offers.length; start += WRITE_PART) {
			if (start > 0) await nextTask();
			for (const offer of offers.slice(start, start + WRITE_PART)) {
				checked.push(v.parse(OfferSchema, offer));
			}
		}
		const record = v.parse(CatalogueInfoSchema, {
			...info,
			id: 'current',
			importedAt: new Date().toISOString()
		});
		const kept = checked.flatMap((offer) => {
			const source = sources.get(offer.id);
			return source ? [{ id: offer.id, record: source }] : [];
		});
		await db.transaction('rw', db.offers, db.catalogue, db.offerSources, async () => {
			// Written in parts too: between two parts the page can paint and answer, and the
			// transaction stays open, as the next part is asked for as soon as one is written.
			await db.offers.clear();
			for (let start = 0; start < checked.length; start += WRITE_PART) {
				await db.offers.bulkPut(checked.slice(start, start + WRITE_PART));
			}
			await db.offerSources.clear();
			for (let start = 0; start < kept.length; start += WRITE_PART) {
				await db.offerSources.bulkPut(kept.slice(start, start + WRITE_PART));
			}
			await db.catalogue.put(record);
		});
	});
}

// Offers checked and written per part when a whole catalogue is stored.
const WRITE_PART = 250;

/**
 * Waits for a task of its own, so the page can paint between parts of long work. The same line
 * stands in lib/offers/next-task.ts: lib/db imports nothing of the app, and a module of its own
 * shared by both would be one more file for every page to load.
 */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Marks the catalogue as changed by the Quartier team here, so no file replaces it unasked. */
export function markCatalogueEdited(db: NahbeiDatabase): Promise<void> {
	return guardStorage(() =>
		db.transaction('rw', db.catalogue, async () => {
			const info = await db.catalogue.get('current');
			if (info) await db.catalogue.put({ ...info, editedAt: new Date().toISOString() });
		})
	);
}

/** The HSDS records the offers were read from, by offer id. */
export function listOfferSources(
	db: NahbeiDatabase
): Promise<Map<string, Record<string, unknown>>> {
	return guardStorage(async () => {
		const rows = await db.offerSources.toArray();
		return new Map(rows.map((row) => [row.id, row.record]));
	});
}

/** The Quartier team's own lines of the table from words to categories, by word. */
export function listCategoryRules(db: NahbeiDatabase): Promise<CategoryRule[]> {
	return guardStorage(() => db.categoryRules.orderBy('word').toArray());
}

/** Adds or changes one line of the team's table from words to categories. */
export function saveCategoryRule(db: NahbeiDatabase, rule: CategoryRule): Promise<CategoryRule> {
	return guardStorage(async () => {
		const checked = v.parse(CategoryRuleSchema, rule);
		await db.categoryRules.put(checked);
		return checked;
	});
}

/** Takes one line out of the team's table from words to categories. */
export function deleteCategoryRule(db: NahbeiDatabase, word: string): Promise<void> {
	return guardStorage(() => db.categoryRules.delete(word));
}

/** All active offers of the catalogue. */
export function listOffers(db: NahbeiDatabase): Promise<Offer[]> {
	return guardStorage(async () =>
		(await db.offers.toArray()).filter((offer) => offer.status === 'active')
	);
}

/**
 * Up to `limit` active offers after the given id, in id order (null: from the start). Reading a
 * city's catalogue in parts keeps each read short, so the page stays responsive meanwhile.
 */
export function listOffersAfter(
	db: NahbeiDatabase,
	after: string | null,
	limit: number
): Promise<{ offers: Offer[]; last: string | null }> {
	return guardStorage(async () => {
		const part = await (
			after === null ? db.offers.orderBy('id') : db.offers.where('id').above(after)
		)
			.limit(limit)
			.toArray();
		return {
			offers: part.filter((offer) => offer.status === 'active'),
			last: part.length < limit ? null : (part.at(-1)?.id ?? null)
		};
	});
}

/** One offer by id, or null. */
export function getOffer(db: NahbeiDatabase, id: string): Promise<Offer | null> {
	return guardStorage(async () => (await db.offers.get(id)) ?? null);
}

/** The ids of the person's saved offers, newest first. */
export function listFavourites(db: NahbeiDatabase): Promise<FavouriteRecord[]> {
	return guardStorage(() => db.favourites.orderBy('addedAt').reverse().toArray());
}

/** Saves or forgets an offer as a favourite; returns whether it is saved now. */
export function setFavourite(
	db: NahbeiDatabase,
	offerId: string,
	saved: boolean
): Promise<boolean> {
	return guardStorage(async () => {
		if (saved) {
			await db.favourites.put({ offerId, addedAt: new Date().toISOString() });
		} else {
			await db.favourites.delete(offerId);
		}
		return saved;
	});
}

/** Keeps a "Stimmt etwas nicht?" report on this device for the Quartier team. */
export function addOfferReport(
	db: NahbeiDatabase,
	input: OfferReportInput
): Promise<OfferReportRecord> {
	return guardStorage(async () => {
		const checked = v.parse(OfferReportSchema, input);
		const now = new Date().toISOString();
		const record: OfferReportRecord = {
			...checked,
			id: crypto.randomUUID(),
			createdAt: now,
			updatedAt: now
		};
		await db.offerReports.add(record);
		return record;
	});
}

/** Every report gathered on this device, newest first. */
export function listOfferReports(db: NahbeiDatabase): Promise<OfferReportRecord[]> {
	return guardStorage(() => db.offerReports.orderBy('createdAt').reverse().toArray());
}

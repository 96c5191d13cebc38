import * as v from 'valibot';
import type { NahbeiDatabase } from './database';
import {
	CatalogueInfoSchema,
	OfferReportSchema,
	OfferSchema,
	type CatalogueInfo,
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
 * catalogue exactly as it was. Favourites stay: they point to offer ids.
 */
export function replaceCatalogue(
	db: NahbeiDatabase,
	offers: Offer[],
	info: Omit<CatalogueInfo, 'id' | 'importedAt'>
): Promise<void> {
	return guardStorage(async () => {
		// Validate everything before the transaction: nothing but IndexedDB work inside it.
		const checked = offers.map((offer) => v.parse(OfferSchema, offer));
		const record = v.parse(CatalogueInfoSchema, {
			...info,
			id: 'current',
			importedAt: new Date().toISOString()
		});
		await db.transaction('rw', db.offers, db.catalogue, async () => {
			await db.offers.clear();
			await db.offers.bulkPut(checked);
			await db.catalogue.put(record);
		});
	});
}

/** All active offers of the catalogue. */
export function listOffers(db: NahbeiDatabase): Promise<Offer[]> {
	return guardStorage(async () =>
		(await db.offers.toArray()).filter((offer) => offer.status === 'active')
	);
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

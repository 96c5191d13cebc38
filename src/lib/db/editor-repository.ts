import * as v from 'valibot';
import type { NahbeiDatabase } from './database';
import { OfferSchema, type Offer } from './offers-schema';
import { guardStorage } from './storage-problem';

// The Quartier team's changes to single offers. Whole catalogues go through replaceCatalogue
// in offers-repository.ts.

/**
 * Saves one offer, checked on the given day ('YYYY-MM-DD', the Quartier's today: `localDate()`
 * in lib/offers/editor/form.ts): a new offer (empty id) gets a new UUID, and so does a new
 * organization. Returns the offer as stored.
 */
export function saveOffer(db: NahbeiDatabase, offer: Offer, checkedOn: string): Promise<Offer> {
	return guardStorage(async () => {
		// Validate and make ids before the transaction: nothing but IndexedDB work inside it.
		const checked = v.parse(OfferSchema, {
			...offer,
			id: offer.id || crypto.randomUUID(),
			organization: {
				...offer.organization,
				id: offer.organization.id || crypto.randomUUID()
			},
			checkedOn
		});
		await db.transaction('rw', db.offers, async () => {
			await db.offers.put(checked);
		});
		return checked;
	});
}

/**
 * Takes an offer out of the catalogue people see (status 'inactive'); it stays stored, so an
 * export or a later edit can still find it. Returns false when there is no such offer.
 */
export function retireOffer(db: NahbeiDatabase, id: string): Promise<boolean> {
	return guardStorage(() =>
		db.transaction('rw', db.offers, async () => {
			const offer = await db.offers.get(id);
			if (!offer) return false;
			await db.offers.put(v.parse(OfferSchema, { ...offer, status: 'inactive' }));
			return true;
		})
	);
}

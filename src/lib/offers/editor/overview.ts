/** The Quartier editor's overview: the catalogue sorted for reading, and what is due for a check. */
import type { Offer } from '../offer';
import { isDueForCheck } from './form';

/** The offers in the order of their names, as the language sorts them. */
export function offersByName(offers: readonly Offer[], locale: string): Offer[] {
	return [...offers].sort((a, b) => a.name.localeCompare(b.name, locale));
}

/** The offers not checked for 12 months, the longest unchecked first (never checked before all). */
export function offersDueForCheck(offers: readonly Offer[], today: string): Offer[] {
	return offers
		.filter((offer) => isDueForCheck(offer, today))
		.sort((a, b) => (a.checkedOn ?? '').localeCompare(b.checkedOn ?? ''));
}

/**
 * What a newer published catalogue would change on this device, so the Quartier team decides
 * with the changes in front of them: offers new in the file, offers whose details differ, and
 * offers the file no longer has, each by name.
 */
import type { Offer } from './offer';

/** The names of the offers a newer catalogue adds, changes and leaves out. */
export interface CatalogueChanges {
	added: string[];
	changed: string[];
	removed: string[];
}

// Offers are compared without the date of their last check: a new date alone is no change.
function withoutCheck(offer: Offer): string {
	const rest: Partial<Offer> = { ...offer };
	delete rest.checkedOn;
	return JSON.stringify(rest, Object.keys(rest).sort());
}

/** Compares the offers on the device with those of a newer file, by id. */
export function catalogueChanges(
	current: readonly Offer[],
	next: readonly Offer[]
): CatalogueChanges {
	const before = new Map(current.map((offer) => [offer.id, offer]));
	const after = new Set(next.map((offer) => offer.id));
	const changes: CatalogueChanges = { added: [], changed: [], removed: [] };
	for (const offer of next) {
		const old = before.get(offer.id);
		if (!old) changes.added.push(offer.name);
		else if (withoutCheck(old) !== withoutCheck(offer)) changes.changed.push(offer.name);
	}
	for (const offer of current) if (!after.has(offer.id)) changes.removed.push(offer.name);
	return changes;
}

// The Quartier's one contact point ("Eine Nummer für alle Hilfen") as app state, for the pages
// that show it (start and help). With the catalogue stored on the device it follows the catalogue
// (and its updates). On a first visit nothing is stored yet: then it reads the contact point
// straight from the catalogue file, and the database and the full catalogue reader wait until
// the person opens Angebote. So this module stays small: the start page loads it at once.
import { databaseMayExist } from '$lib/db/presence';
import { catalogueUrl } from './catalogue-url';
import { findContactPoint, type ContactPoint } from './contact-point';

type Catalogue = (typeof import('./catalogue.svelte'))['catalogue'];

class QuartierContactPoint {
	#catalogue = $state.raw<Catalogue | null>(null);
	#fromFile = $state.raw<ContactPoint | null>(null);
	/** The contact point, or null until it is known (or when the catalogue names none). */
	get current(): ContactPoint | null {
		if (!this.#catalogue) return this.#fromFile;
		const offer = this.#catalogue.offers.find((each) => each.isContactPoint && each.phone);
		return offer?.phone ? { id: offer.id, name: offer.name, phone: offer.phone } : null;
	}

	/**
	 * Looks the contact point up; pages that show it call this once they are in the browser
	 * (never while pages are built ahead of time). Safe to call again.
	 */
	async load(): Promise<void> {
		if (this.#catalogue) return;
		if (await databaseMayExist()) {
			const { catalogue } = await import('./catalogue.svelte');
			this.#catalogue = catalogue;
			await catalogue.ensureLoaded();
			return;
		}
		try {
			const response = await fetch(catalogueUrl);
			if (response.ok) this.#fromFile = findContactPoint(await response.json());
		} catch {
			// Offline before the first visit finished: the card waits, as it does for the catalogue.
		}
	}
}

export const contactPoint = new QuartierContactPoint();

// The Quartier's one contact point ("Eine Nummer für alle Hilfen") as app state, for the pages
// that show it (start and help). With the catalogue stored on the device it follows the catalogue
// (and its updates). On a first visit nothing is stored yet: then it is the contact point of the
// catalogue that ships with the app, found when the app was built (see vite.config.ts), and the
// database and the full catalogue reader wait until the person opens Angebote. So this module
// stays small: the start page loads it at once.
import shipped from 'virtual:nahbei/shipped-contact';
import { databaseMayExist } from '$lib/db/presence';
import type { ContactPoint } from './contact-point';

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
		this.#fromFile = shipped;
	}
}

export const contactPoint = new QuartierContactPoint();

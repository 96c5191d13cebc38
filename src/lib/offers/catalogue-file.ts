import { isEmailAddress } from './contact-checks';
import { importHsds } from './hsds-import';
import type { Offer } from './offer';

/** A catalogue file as the app stores it: the offers, the date it was published, the Quartier. */
export type CatalogueFile =
	| {
			ok: true;
			offers: Offer[];
			sources: Map<string, Record<string, unknown>>;
			stand: string;
			quartier: string;
			/** Where reports of wrong details go (the envelope's `contact`). */
			contactEmail?: string;
	  }
	| { ok: false; message: string };

interface Envelope {
	nahbei?: { stand?: unknown; quartier?: unknown; contact?: unknown };
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The date ("Stand") and Quartier of a catalogue: from nahbei's `{ nahbei: { stand, quartier } }`
 * beside the HSDS list, the date else from the newest `checkedOn` of its offers. Either is
 * missing when the catalogue says nothing of it.
 */
export function catalogueStand(
	json: unknown,
	offers: readonly Offer[]
): { stand?: string; quartier?: string } {
	const envelope = (typeof json === 'object' && json !== null ? json : {}) as Envelope;
	const declared = envelope.nahbei?.stand;
	const newestCheck = offers
		.map((offer) => offer.checkedOn ?? '')
		.filter((date) => isoDate.test(date))
		.sort()
		.at(-1);
	const stand = typeof declared === 'string' && isoDate.test(declared) ? declared : newestCheck;
	const quartier = envelope.nahbei?.quartier;
	return {
		...(stand ? { stand } : {}),
		...(typeof quartier === 'string' ? { quartier: quartier.slice(0, 100) } : {})
	};
}

/**
 * Reads the published catalogue (HSDS 3.0, with nahbei's `{ nahbei: { stand, quartier } }`
 * beside the list). Without a date the newest `checkedOn` of its offers stands in.
 */
export function readCatalogueFile(
	json: unknown,
	onProgress?: (read: number, total: number) => void
): CatalogueFile {
	const result = importHsds(json, onProgress ? { onProgress } : {});
	if (!result.ok) return { ok: false, message: result.message };
	// A file that loses offers on the way is not taken by itself: the complete catalogue on the
	// device is better. The Quartier team sees such a file's report in its editor.
	if (result.offers.length === 0) return { ok: false, message: 'Der Katalog ist leer.' };
	if (result.rejected.length > 0) {
		return { ok: false, message: `${result.rejected.length} Angebote sind fehlerhaft.` };
	}
	const { stand, quartier = '' } = catalogueStand(json, result.offers);
	if (!stand) return { ok: false, message: 'Der Katalog hat kein Datum.' };
	const contact = (json as Envelope | null)?.nahbei?.contact;
	return {
		ok: true,
		offers: result.offers,
		sources: result.sources,
		stand,
		quartier,
		...(typeof contact === 'string' && isEmailAddress(contact) ? { contactEmail: contact } : {})
	};
}

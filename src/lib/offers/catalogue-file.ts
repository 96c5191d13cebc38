import { importHsds } from './hsds-import';
import type { Offer } from './offer';

/** A catalogue file as the app stores it: the offers, the date it was published, the Quartier. */
export type CatalogueFile =
	{ ok: true; offers: Offer[]; stand: string; quartier: string } | { ok: false; message: string };

interface Envelope {
	nahbei?: { stand?: unknown; quartier?: unknown };
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads the published catalogue (HSDS 3.0, with nahbei's `{ nahbei: { stand, quartier } }`
 * beside the list). Without a date the newest `checkedOn` of its offers stands in.
 */
export function readCatalogueFile(json: unknown): CatalogueFile {
	const result = importHsds(json);
	if (!result.ok) return { ok: false, message: result.message };
	// A file that loses offers on the way is not taken by itself: the complete catalogue on the
	// device is better. The Quartier team sees such a file's report in its editor.
	if (result.offers.length === 0) return { ok: false, message: 'Der Katalog ist leer.' };
	if (result.rejected.length > 0) {
		return { ok: false, message: `${result.rejected.length} Angebote sind fehlerhaft.` };
	}
	const envelope = (typeof json === 'object' && json !== null ? json : {}) as Envelope;
	const declared = envelope.nahbei?.stand;
	const newestCheck = result.offers
		.map((offer) => offer.checkedOn ?? '')
		.filter((date) => isoDate.test(date))
		.sort()
		.at(-1);
	const stand = typeof declared === 'string' && isoDate.test(declared) ? declared : newestCheck;
	if (!stand) return { ok: false, message: 'Der Katalog hat kein Datum.' };
	const quartier =
		typeof envelope.nahbei?.quartier === 'string' ? envelope.nahbei.quartier.slice(0, 100) : '';
	return { ok: true, offers: result.offers, stand, quartier };
}

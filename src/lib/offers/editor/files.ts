/**
 * Files in and out of the Quartier editor: picked files become the input `importHsds` reads,
 * and the catalogue becomes one HSDS list page with nahbei's date and Quartier beside it.
 */
import { exportHsds, hsdsPage } from '../hsds-export';
import type { Offer } from '../offer';

/** A file the team picked, already read as text. */
export interface PickedFile {
	name: string;
	text: string;
}

/** A file to save: its name and its text. */
export interface SavedFile {
	name: string;
	type: string;
	text: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What `importHsds` reads: the text of a single JSON file, or for CSV and several files a data
 * package as a map of file name to text.
 */
export function importInput(files: readonly PickedFile[]): unknown {
	const [only] = files;
	if (files.length === 1 && only && !only.name.toLowerCase().endsWith('.csv')) return only.text;
	return Object.fromEntries(files.map((file) => [baseName(file.name), file.text]));
}

// Some browsers give a path with a folder pick; the data package names files without one.
function baseName(name: string): string {
	return name.split(/[\\/]/).pop() ?? name;
}

interface Envelope {
	nahbei?: { stand?: unknown; quartier?: unknown };
}

/**
 * The date ("Stand") and Quartier of an imported catalogue: from nahbei's envelope in a JSON
 * file, else the newest check date of its offers, else today; the Quartier stays as it was
 * when the file does not name one.
 */
export function catalogueFacts(
	files: readonly PickedFile[],
	offers: readonly Offer[],
	today: string,
	currentQuartier: string
): { stand: string; quartier: string } {
	let envelope: Envelope = {};
	const [only] = files;
	if (files.length === 1 && only) {
		try {
			const parsed: unknown = JSON.parse(only.text);
			if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
				envelope = parsed as Envelope;
		} catch {
			// Not JSON: importHsds has said so already.
		}
	}
	const declared = envelope.nahbei?.stand;
	const newestCheck = offers
		.map((offer) => offer.checkedOn ?? '')
		.filter((date) => ISO_DATE.test(date))
		.sort()
		.at(-1);
	const stand = typeof declared === 'string' && ISO_DATE.test(declared) ? declared : newestCheck;
	const quartier = envelope.nahbei?.quartier;
	return {
		stand: stand ?? today,
		quartier: typeof quartier === 'string' ? quartier.slice(0, 100) : currentQuartier
	};
}

/** The catalogue as an HSDS 3.0 list page, dated today: what the team publishes. */
export function exportFile(offers: readonly Offer[], quartier: string, today: string): SavedFile {
	const page = hsdsPage(exportHsds(offers), { stand: today, quartier });
	return {
		name: `nahbei-angebote-${today}.json`,
		type: 'application/json',
		text: `${JSON.stringify(page, null, '\t')}\n`
	};
}

/**
 * Files in and out of the Quartier editor: picked files become an import to confirm (read by
 * `importHsds`), and the catalogue becomes one HSDS list page with nahbei's date and Quartier
 * beside it.
 */
import { catalogueStand } from '../catalogue-file';
import { exportHsds, hsdsPage } from '../hsds-export';
import { importHsds, MAX_INPUT_BYTES, type ImportReport } from '../hsds-import';
import type { CategoryRule, Offer } from '../offer';

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
	let json: unknown = null;
	const [only] = files;
	if (files.length === 1 && only) {
		try {
			json = JSON.parse(only.text);
		} catch {
			// Not JSON: importHsds has said so already.
		}
	}
	const { stand = today, quartier = currentQuartier } = catalogueStand(json, offers);
	return { stand, quartier };
}

/**
 * The catalogue as an HSDS 3.0 list page, dated today: what the team publishes. `sources` are the
 * records the offers were read from: what nahbei does not show goes back out unchanged.
 */
export function exportFile(
	offers: readonly Offer[],
	quartier: string,
	today: string,
	sources: ReadonlyMap<string, Record<string, unknown>> = new Map()
): SavedFile {
	const page = hsdsPage(exportHsds(offers, { sources }), { stand: today, quartier });
	return {
		name: `nahbei-angebote-${today}.json`,
		type: 'application/json',
		text: `${JSON.stringify(page, null, '\t')}\n`
	};
}

/** An import the team has read but not yet taken: the import's report and the catalogue's facts. */
export type PendingImport = ImportReport & { stand: string; quartier: string; files: string[] };

/** What reading picked files gave: an import to confirm, or why the files cannot be taken. */
export type ImportPlan =
	| { ok: true; pending: PendingImport }
	| { ok: false; problem: 'too-large' | 'unreadable' }
	| { ok: false; problem: 'refused'; message: string };

/**
 * Reads the picked files and the catalogue in them, changing nothing. Files larger together than
 * the import reads are refused before they are read, as reading a huge file would freeze the page.
 */
export async function planImport(
	files: readonly Pick<File, 'name' | 'size' | 'text'>[],
	today: string,
	currentQuartier: string,
	rules: readonly CategoryRule[] = [],
	onProgress?: (read: number, total: number) => void
): Promise<ImportPlan> {
	const size = files.reduce((sum, file) => sum + file.size, 0);
	if (size > MAX_INPUT_BYTES) return { ok: false, problem: 'too-large' };
	let picked: PickedFile[];
	try {
		picked = await Promise.all(
			files.map(async (file) => ({ name: file.name, text: await file.text() }))
		);
	} catch {
		return { ok: false, problem: 'unreadable' };
	}
	const result = importHsds(importInput(picked), { rules, ...(onProgress ? { onProgress } : {}) });
	if (!result.ok) return { ok: false, problem: 'refused', message: result.message };
	const facts = catalogueFacts(picked, result.offers, today, currentQuartier);
	return { ok: true, pending: { ...result, ...facts, files: picked.map((file) => file.name) } };
}

/**
 * Reads an Open Referral HSDS 3.0 catalogue into our flattened offers, and says in plain German
 * what it had to leave out or fix. Four stages, one module each:
 *
 * 1. read (read.ts, json.ts, data-package.ts): one service with its nested objects
 *    (`/services/{id}`), a list page `{ contents: [...], total_items, ... }` (`/services`), a plain
 *    array of services, or the tabular data package (`datapackage.json` with its CSV files, as a
 *    map of file name to text, a plain object or a `Map`). JSON may come as text or parsed.
 * 2. map (map.ts, schedules.ts): each service record becomes an `Offer`, broken parts left out.
 * 3. check (check.ts): the limits, the checks of single fields and the messages.
 * 4. plan (plan.ts): what the import adds, repaired and drops.
 *
 * How it decides:
 * - Input that is broken or hostile as a whole (not JSON, over 50 MB, over 20,000 services, nested
 *   deeper than 64 levels, a `__proto__`, `constructor` or `prototype` key anywhere, a shape that
 *   is no HSDS form, an unreadable CSV table) gives `{ ok: false }` and no offers at all.
 * - A service that cannot become an offer (no id or name, wrong types, no known category, status
 *   "defunct", a text too long for an offer, an id seen before) is listed in `rejected` with its
 *   reason; the others are still imported.
 * - A part of a service that is broken (a schedule with the time 25:00, a price below zero, a
 *   `javascript:` link) is left out and the offer listed in `repaired` with the reason.
 * - Texts stay plain text: nothing is interpreted as HTML or run. Links must be http or https,
 *   because the interface turns them into links.
 */
import type { CategoryRule } from '../offer';
import { wallClockAt, type LocalDate } from '../zoned-time';
import { MESSAGES, Refusal, type ImportErrorCode } from './check';
import { planImport, type ImportReport } from './plan';
import { readInput } from './read';

export { MAX_INPUT_BYTES, MAX_RECORDS, type ImportErrorCode } from './check';
export type { ImportRejection, ImportRepair, ImportReport } from './plan';

/** The outcome of `importHsds`: a report, or a refusal of the whole input with nothing imported. */
export type ImportResult =
	({ ok: true } & ImportReport) | { ok: false; error: ImportErrorCode; message: string };

/** Settings of an import; both have defaults. */
export interface ImportOptions {
	/** The date on which times with a foreign UTC offset become local time; default today. */
	referenceDate?: LocalDate;
	/** The time zone of the Quartier. */
	zone?: string;
	/** The Quartier team's own lines from words to categories. */
	rules?: readonly CategoryRule[];
	/** Told how many services are read so far, of how many; for a progress bar. */
	onProgress?: (read: number, total: number) => void;
}

/** Reads HSDS 3.0 in any published form into offers, reporting what it fixed or left out. */
export function importHsds(input: unknown, options: ImportOptions = {}): ImportResult {
	const zone = options.zone ?? 'Europe/Berlin';
	const referenceDate = options.referenceDate ?? wallClockAt(new Date(), zone);
	try {
		const records = readInput(input);
		return {
			ok: true,
			...planImport(
				records.services,
				records.orphans,
				{
					zone,
					referenceDate,
					rules: options.rules ?? []
				},
				options.onProgress
			)
		};
	} catch (error) {
		if (error instanceof Refusal) return { ok: false, error: error.error, message: error.message };
		// A stack overflow inside JSON.parse or the engine is the only other way here.
		if (error instanceof RangeError)
			return { ok: false, error: 'too-deep', message: MESSAGES.tooDeep };
		throw error;
	}
}

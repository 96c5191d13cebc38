/**
 * The index of a city's published catalogues: which Quartiere there are, their postcodes, the
 * file of each, its date and size. A city publishes one HSDS file per Quartier and this index
 * beside them (`static/data/quartiere.json`); the app reads the index to offer the choice.
 */

/** One Quartier in the index. */
export interface QuartierEntry {
	/** A short stable name for the address and the settings, like "lindenhof". */
	id: string;
	name: string;
	/** The district the Quartier belongs to, like "Altona". */
	area: string;
	/** The five-digit postcodes of its streets. */
	postcodes: string[];
	/** The address of its catalogue file, on the app's own origin. */
	file: string;
	/** The catalogue's date, YYYY-MM-DD. */
	stand: string;
	/** The file's size in bytes. */
	bytes: number;
	/** How many offers the file holds. */
	offers: number;
}

/** Where the city publishes its index of Quartiere; the shipped copy is precached. */
export const quartierIndexUrl = '/data/quartiere.json';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const postcode = /^\d{5}$/;
const id = /^[a-z0-9-]{1,60}$/;

function text(value: unknown, max = 100): string | null {
	return typeof value === 'string' && value.trim() && value.length <= max ? value.trim() : null;
}

function count(value: unknown): number | null {
	return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
}

function entryOf(value: unknown): QuartierEntry | null {
	if (typeof value !== 'object' || value === null) return null;
	const record = value as Record<string, unknown>;
	const name = text(record.name);
	const file = text(record.file, 300);
	const stand = text(record.stand);
	const bytes = count(record.bytes);
	const offers = count(record.offers);
	if (typeof record.id !== 'string' || !id.test(record.id) || !name || !file || !stand) return null;
	// The file must stay on the app's origin: no request leaves it.
	if (!file.startsWith('/') || file.startsWith('//') || !isoDate.test(stand)) return null;
	if (bytes === null || offers === null) return null;
	const postcodes = Array.isArray(record.postcodes)
		? record.postcodes.filter(
				(code): code is string => typeof code === 'string' && postcode.test(code)
			)
		: [];
	return {
		id: record.id,
		name,
		area: text(record.area) ?? '',
		postcodes,
		file,
		stand,
		bytes,
		offers
	};
}

/** The Quartiere of an index file, broken entries and repeated ids left out. */
export function readQuartierIndex(json: unknown): QuartierEntry[] {
	const list = (json as { quartiere?: unknown } | null)?.quartiere;
	if (!Array.isArray(list)) return [];
	const seen = new Set<string>();
	const entries: QuartierEntry[] = [];
	for (const value of list) {
		const entry = entryOf(value);
		if (!entry || seen.has(entry.id)) continue;
		seen.add(entry.id);
		entries.push(entry);
	}
	return entries;
}

function folded(value: string): string {
	return value
		.toLocaleLowerCase('de')
		.replaceAll('ß', 'ss')
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

/**
 * The Quartiere that fit what the person typed: a postcode (or its first digits) or a part of
 * the Quartier's or district's name; umlauts and capitals do not matter. Nothing typed: all.
 */
export function findQuartiere(entries: readonly QuartierEntry[], typed: string): QuartierEntry[] {
	const words = folded(typed);
	if (!words) return [...entries];
	if (/^\d+$/.test(words)) {
		return entries.filter((entry) => entry.postcodes.some((code) => code.startsWith(words)));
	}
	return entries.filter((entry) => {
		const haystack = folded(`${entry.name} ${entry.area}`);
		return words.split(' ').every((word) => haystack.includes(word));
	});
}

/** Fetches the city's index of Quartiere; empty without one (offline on a first visit, a city of one). */
export async function loadQuartierIndex(fetcher: typeof fetch = fetch): Promise<QuartierEntry[]> {
	try {
		const response = await fetcher(quartierIndexUrl);
		return response.ok ? readQuartierIndex(await response.json()) : [];
	} catch {
		return [];
	}
}

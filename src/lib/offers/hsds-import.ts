/**
 * Reads an Open Referral HSDS 3.0 catalogue into our flattened offers, and says in plain German
 * what it had to leave out or fix.
 *
 * Accepted, unchanged, as HSDS publishes them:
 * - one service with its nested objects (`/services/{id}`),
 * - a list page `{ contents: [...], total_items, ... }` (`/services`),
 * - a plain array of services,
 * - the tabular data package: `datapackage.json` with its CSV files, as a map of file name to text
 *   (a plain object or a `Map`), joined by their id columns. We read services, organizations,
 *   locations, addresses, service_at_location(s), schedules, cost_options, phones, languages,
 *   attributes and taxonomy_terms; `datapackage.json`, when given, may name other file paths.
 *   Other tables are not read. A row that belongs to no service is listed in `rejected`.
 * JSON may come as text or already parsed.
 *
 * How it decides:
 * - Input that is broken or hostile as a whole (not JSON, over 10 MB, over 20,000 services, nested
 *   deeper than 64 levels, a `__proto__`, `constructor` or `prototype` key anywhere, a shape that
 *   is no HSDS form, an unreadable CSV table) gives `{ ok: false }` and no offers at all.
 * - A service that cannot become an offer (no id or name, wrong types, no known category, status
 *   "defunct", a text too long for an offer, an id seen before) is listed in `rejected` with its
 *   reason; the others are still imported.
 * - A part of a service that is broken (a schedule with the time 25:00, a price below zero, a
 *   `javascript:` link) is left out and the offer listed in `repaired` with the reason.
 * - Texts stay plain text: nothing is interpreted as HTML or run. Links must be http or https,
 *   because the interface turns them into links.
 *
 * How HSDS becomes an `Offer`:
 * - category: the term code of an attribute from taxonomy `nahbei-category`, or the value of an
 *   attribute whose term code is `nahbei-category`.
 * - terms: term codes from taxonomy `nahbei` that are `offerTerms`; the language `gsg` (German
 *   Sign Language) adds `gebaerdensprache`. The code `eine-nummer` sets `isContactPoint`, the code
 *   `zeiten-hinweis` carries `scheduleNote` in its value.
 * - keywords: the names of terms from taxonomy `nahbei-keyword`, and of terms from any taxonomy
 *   that is not ours (other classifications help people find the offer).
 * - schedules: from the service, its first location and that location's link, as local times.
 *   A time with a UTC offset of Berlin (+01:00, +02:00) is read as written; other offsets are
 *   turned into Berlin wall time on the schedule's `dtstart` or `valid_from`, else on the
 *   reference date. The numeric `timezone` field is ignored (see opening-hours.ts). `interval`
 *   becomes a number and `bymonthday` text, whichever the feed wrote. `count`, `byweekno` and
 *   `byyearday` cannot be evaluated, so such a schedule is left out and reported.
 * - Access terms come from attributes only; the free text of HSDS `accessibility` is not read.
 * - costs from `cost_options` (else `fees_description` as one option in words); address, district
 *   (`region`), coordinates and transport from the first location; phone, e-mail and link from the
 *   service, else its location or organization; `checkedOn` from `assured_date`, else the Berlin
 *   date of `last_modified`.
 */
import * as v from 'valibot';
import { parseCsv, type CsvProblem } from './csv-parse';
import {
	CATEGORY_CODE,
	CATEGORY_TAXONOMY,
	CONTACT_POINT_CODE,
	FORBIDDEN_KEYS,
	HsdsAddressSchema,
	HsdsAttributeSchema,
	HsdsCostOptionSchema,
	HsdsLanguageSchema,
	HsdsLocationSchema,
	HsdsOrganizationSchema,
	HsdsPhoneSchema,
	HsdsScheduleSchema,
	HsdsServiceAtLocationSchema,
	HsdsServiceSchema,
	KEYWORD_TAXONOMY,
	LIMITS,
	NAHBEI_TAXONOMY,
	SCHEDULE_NOTE_CODE,
	SIGN_LANGUAGE_CODE,
	type HsdsAttribute,
	type HsdsSchedule
} from './hsds';
import {
	OfferSchema,
	offerCategories,
	offerTerms,
	type CostOption,
	type Offer,
	type OfferCategory,
	type OfferTerm
} from './offer';
import { describeSchedule, type Schedule } from './opening-hours';
import { offsetMinutesAt, wallClockAt, type LocalDate } from './zoned-time';

/** A record that was left out, with the reason in plain German for the Quartier team. */
export interface ImportRejection {
	id?: string;
	name?: string;
	reason: string;
}

/** An offer that was imported with a part left out or fixed, and why. */
export interface ImportRepair {
	id: string;
	name: string;
	reason: string;
}

/** What an import found: the offers, how many services it read, and what it fixed or left out. */
export interface ImportReport {
	offers: Offer[];
	read: number;
	repaired: ImportRepair[];
	rejected: ImportRejection[];
}

/** Why a whole input was refused. */
export type ImportErrorCode =
	| 'not-json'
	| 'too-large'
	| 'too-many-records'
	| 'too-deep'
	| 'forbidden-key'
	| 'wrong-shape'
	| 'csv-invalid'
	| 'missing-file';

/** The outcome of `importHsds`: a report, or a refusal of the whole input with nothing imported. */
export type ImportResult =
	({ ok: true } & ImportReport) | { ok: false; error: ImportErrorCode; message: string };

/** Settings of an import; both have defaults. */
export interface ImportOptions {
	/** The date on which times with a foreign UTC offset become local time; default today. */
	referenceDate?: LocalDate;
	/** The time zone of the Quartier. */
	zone?: string;
}

/** Largest input we read, in bytes of UTF-8 text. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;
/** Most services in one input. */
export const MAX_RECORDS = 20_000;
const MAX_DEPTH = 64;
// Tables of a data package hold many rows per service (schedules, attributes, languages).
const MAX_TABLE_ROWS = 200_000;

// The offer fields that have tighter limits than HSDS gives them (see offer.ts).
const OFFER_LIMITS = {
	name: 200,
	description: 3000,
	forWhom: 500,
	phone: 40,
	email: 200,
	url: 500,
	street: 200,
	postalCode: 20,
	city: 100,
	district: 100,
	transport: 500,
	scheduleNote: 500,
	costText: 300,
	keyword: 80,
	language: 10,
	orgId: 100,
	orgName: 200
} as const;

class Refusal {
	constructor(
		readonly error: ImportErrorCode,
		readonly message: string
	) {}
}

const MESSAGES = {
	notJson:
		'Die Datei ist kein gültiges JSON. Bitte prüfen Sie, ob Sie die richtige Datei gewählt haben. Es wurde nichts übernommen.',
	tooLarge:
		'Die Datei ist größer als 10 MB. So große Dateien liest nahbei nicht. Es wurde nichts übernommen.',
	tooMany:
		'Die Datei enthält mehr als 20.000 Angebote. So viele liest nahbei nicht auf einmal. Es wurde nichts übernommen.',
	tooDeep:
		'Die Datei ist zu tief verschachtelt. Das ist kein HSDS-Katalog. Es wurde nichts übernommen.',
	wrongShape:
		'Die Datei enthält keine Angebote im HSDS-Format (ein Angebot, eine Liste oder ein Daten-Paket mit Tabellen). Es wurde nichts übernommen.'
} as const;

function forbiddenKey(key: string): Refusal {
	return new Refusal(
		'forbidden-key',
		`Die Datei enthält den Schlüssel „${key}“. Er ist aus Sicherheits-Gründen nicht erlaubt. Es wurde nichts übernommen.`
	);
}

/** Reads HSDS 3.0 in any published form into offers, reporting what it fixed or left out. */
export function importHsds(input: unknown, options: ImportOptions = {}): ImportResult {
	const zone = options.zone ?? 'Europe/Berlin';
	const referenceDate = options.referenceDate ?? wallClockAt(new Date(), zone);
	try {
		const tables = asFileMap(input);
		const records = tables
			? assembleDataPackage(tables)
			: { services: servicesOf(parseJson(input)), orphans: [] };
		return {
			ok: true,
			...readServices(records.services, records.orphans, { zone, referenceDate })
		};
	} catch (error) {
		if (error instanceof Refusal) return { ok: false, error: error.error, message: error.message };
		// A stack overflow inside JSON.parse or the engine is the only other way here.
		if (error instanceof RangeError)
			return { ok: false, error: 'too-deep', message: MESSAGES.tooDeep };
		throw error;
	}
}

// ---------------------------------------------------------------------------------------------
// The whole input: size, depth, keys and shape.

function utf8Length(text: string): number {
	// Each UTF-16 unit becomes at most 3 bytes, so short texts need no counting.
	if (text.length * 3 <= MAX_INPUT_BYTES) return text.length;
	if (text.length > MAX_INPUT_BYTES) return text.length;
	return new TextEncoder().encode(text).length;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	const prototype = Object.getPrototypeOf(value);
	return prototype === Object.prototype || prototype === null;
}

// Walks parsed JSON once, without recursion, so hostile nesting cannot overflow the stack.
function inspect(root: unknown): void {
	const stack: [unknown, number][] = [[root, 0]];
	let characters = 0;
	let nodes = 0;
	while (stack.length > 0) {
		const [value, depth] = stack.pop()!;
		if (++nodes > MAX_INPUT_BYTES) throw new Refusal('too-large', MESSAGES.tooLarge);
		if (depth > MAX_DEPTH) throw new Refusal('too-deep', MESSAGES.tooDeep);
		if (typeof value === 'string') {
			characters += value.length;
			if (characters > MAX_INPUT_BYTES) throw new Refusal('too-large', MESSAGES.tooLarge);
		} else if (Array.isArray(value)) {
			for (const item of value) stack.push([item, depth + 1]);
		} else if (typeof value === 'object' && value !== null) {
			if (!isPlainObject(value)) throw new Refusal('wrong-shape', MESSAGES.wrongShape);
			for (const key of Object.keys(value)) {
				if (FORBIDDEN_KEYS.has(key)) throw forbiddenKey(key);
				characters += key.length;
				stack.push([value[key], depth + 1]);
			}
		} else if (
			typeof value === 'function' ||
			typeof value === 'symbol' ||
			typeof value === 'bigint'
		) {
			throw new Refusal('wrong-shape', MESSAGES.wrongShape);
		}
	}
}

function parseJson(input: unknown, fileName?: string): unknown {
	let value = input;
	if (typeof input === 'string') {
		if (utf8Length(input) > MAX_INPUT_BYTES) throw new Refusal('too-large', MESSAGES.tooLarge);
		try {
			value = JSON.parse(input);
		} catch (error) {
			if (error instanceof RangeError) throw error;
			const message = fileName
				? `Die Datei „${fileName}“ ist kein gültiges JSON. Es wurde nichts übernommen.`
				: MESSAGES.notJson;
			throw new Refusal('not-json', message);
		}
	}
	inspect(value);
	return value;
}

function looksLikeService(value: Record<string, unknown>): boolean {
	return 'id' in value || 'name' in value;
}

function servicesOf(value: unknown): unknown[] {
	let services: unknown[];
	if (Array.isArray(value)) services = value;
	else if (isPlainObject(value) && 'contents' in value) {
		if (!Array.isArray(value.contents)) throw new Refusal('wrong-shape', MESSAGES.wrongShape);
		services = value.contents;
	} else if (isPlainObject(value) && looksLikeService(value)) services = [value];
	else throw new Refusal('wrong-shape', MESSAGES.wrongShape);
	if (services.length > MAX_RECORDS) throw new Refusal('too-many-records', MESSAGES.tooMany);
	return services;
}

// ---------------------------------------------------------------------------------------------
// The tabular data package.

type Row = Record<string, unknown>;

interface Assembled {
	services: unknown[];
	orphans: ImportRejection[];
}

/** The tables we join, by their HSDS resource name, with the file names they usually have. */
const TABLES = {
	organization: ['organizations.csv'],
	service: ['services.csv'],
	location: ['locations.csv'],
	address: ['addresses.csv'],
	service_at_location: ['service_at_locations.csv', 'service_at_location.csv'],
	schedule: ['schedules.csv'],
	cost_option: ['cost_options.csv'],
	phone: ['phones.csv'],
	language: ['languages.csv'],
	attribute: ['attributes.csv'],
	taxonomy_term: ['taxonomy_terms.csv']
} as const;
type TableName = keyof typeof TABLES;

// Columns that HSDS types as numbers; the schedule's number-like columns may stay text.
const NUMBER_COLUMNS = new Set(['latitude', 'longitude', 'amount', 'minimum_age', 'maximum_age']);
const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

const CSV_PROBLEMS: Record<CsvProblem, string> = {
	'unclosed-quote': 'Ein Anführungs-Zeichen wird nicht geschlossen.',
	'stray-quote': 'Ein Anführungs-Zeichen steht an einer falschen Stelle.',
	'too-large': 'Die Tabelle hat zu viele Zeilen oder Spalten.'
};

function asFileMap(input: unknown): Map<string, unknown> | null {
	let entries: [string, unknown][];
	if (input instanceof Map)
		entries = [...input.entries()].map(([key, value]) => [String(key), value]);
	else if (isPlainObject(input)) entries = Object.entries(input);
	else return null;
	const isPackage = entries.some(([name]) => name === 'datapackage.json' || name.endsWith('.csv'));
	if (!isPackage) return null;
	for (const [name] of entries) if (FORBIDDEN_KEYS.has(name)) throw forbiddenKey(name);
	let total = 0;
	for (const [, value] of entries) {
		if (typeof value === 'string') total += utf8Length(value);
		if (total > MAX_INPUT_BYTES) throw new Refusal('too-large', MESSAGES.tooLarge);
	}
	return new Map(entries);
}

function fileFor(files: Map<string, unknown>, paths: readonly string[]): [string, unknown] | null {
	for (const path of paths) {
		const base = path.split('/').pop() ?? path;
		for (const candidate of [path, base]) {
			if (files.has(candidate)) return [candidate, files.get(candidate)];
		}
	}
	return null;
}

// The data package may name the file of a table differently from the usual names.
function tablePaths(files: Map<string, unknown>): Record<TableName, string[]> {
	const paths = Object.fromEntries(
		Object.entries(TABLES).map(([name, defaults]) => [name, [...defaults]])
	) as Record<TableName, string[]>;
	if (!files.has('datapackage.json')) return paths;
	const pack = parseJson(files.get('datapackage.json'), 'datapackage.json');
	if (!isPlainObject(pack) || !Array.isArray(pack.resources)) {
		throw new Refusal(
			'wrong-shape',
			'Die Datei „datapackage.json“ beschreibt keine Tabellen (es fehlt „resources“). Es wurde nichts übernommen.'
		);
	}
	for (const resource of pack.resources) {
		if (!isPlainObject(resource)) continue;
		const { name, path } = resource;
		if (typeof name === 'string' && Object.hasOwn(TABLES, name) && typeof path === 'string') {
			paths[name as TableName].unshift(path);
		}
	}
	return paths;
}

function readTable(files: Map<string, unknown>, paths: readonly string[]): Row[] {
	const file = fileFor(files, paths);
	if (!file) return [];
	const [name, content] = file;
	if (typeof content !== 'string') {
		throw new Refusal(
			'wrong-shape',
			`Die Tabelle „${name}“ ist kein Text. Es wurde nichts übernommen.`
		);
	}
	const parsed = parseCsv(content, { maxRows: MAX_TABLE_ROWS, maxFields: 200 });
	if (!parsed.ok) {
		throw new Refusal(
			'csv-invalid',
			`Die Tabelle „${name}“ ist in Zeile ${parsed.line} fehlerhaft: ${CSV_PROBLEMS[parsed.problem]} Es wurde nichts übernommen.`
		);
	}
	const [header, ...body] = parsed.rows;
	if (!header) return [];
	const columns = header.map((column) => column.trim());
	for (const column of columns) if (FORBIDDEN_KEYS.has(column)) throw forbiddenKey(column);
	return body.map((cells) => {
		// Rows are built without a prototype, so no column name can reach Object.prototype.
		const row: Row = Object.create(null);
		columns.forEach((column, index) => {
			const cell = cells[index];
			if (column === '' || cell === undefined || cell.trim() === '') return;
			row[column] =
				NUMBER_COLUMNS.has(column) && NUMBER_TEXT.test(cell.trim()) ? Number(cell) : cell;
		});
		return row;
	});
}

function text(row: Row, key: string): string | undefined {
	const value = row[key];
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function byId(rows: Row[]): Map<string, Row> {
	const map = new Map<string, Row>();
	for (const row of rows) {
		const id = text(row, 'id');
		if (id !== undefined && !map.has(id)) map.set(id, row);
	}
	return map;
}

function assembleDataPackage(files: Map<string, unknown>): Assembled {
	const paths = tablePaths(files);
	if (!fileFor(files, paths.service)) {
		throw new Refusal(
			'missing-file',
			'Im Daten-Paket fehlt die Tabelle der Angebote („services.csv“). Es wurde nichts übernommen.'
		);
	}
	const table = Object.fromEntries(
		(Object.keys(TABLES) as TableName[]).map((name) => [name, readTable(files, paths[name])])
	) as Record<TableName, Row[]>;
	if (table.service.length > MAX_RECORDS) throw new Refusal('too-many-records', MESSAGES.tooMany);

	const orphans: ImportRejection[] = [];
	const claimed = new Set<Row>();
	const services = byId(table.service);
	const organizations = byId(table.organization);
	const locations = byId(table.location);
	const links = byId(table.service_at_location);
	const terms = byId(table.taxonomy_term);
	const phones = byId(table.phone);

	const attach = (parent: Row | undefined, key: string, child: Row): boolean => {
		if (!parent) return false;
		const list = parent[key];
		if (Array.isArray(list)) list.push(child);
		else parent[key] = [child];
		claimed.add(child);
		return true;
	};

	for (const row of table.language) {
		attach(phones.get(text(row, 'phone_id') ?? ''), 'languages', row);
	}
	for (const row of table.address)
		attach(locations.get(text(row, 'location_id') ?? ''), 'addresses', row);
	// Children that can belong to a service, a location, a link or an organization.
	const owners = (row: Row): (Row | undefined)[] => [
		services.get(text(row, 'service_id') ?? ''),
		links.get(text(row, 'service_at_location_id') ?? ''),
		locations.get(text(row, 'location_id') ?? ''),
		organizations.get(text(row, 'organization_id') ?? '')
	];
	const what: Record<string, string> = {
		schedules: 'Zeitplan',
		phones: 'Telefon-Nummer',
		languages: 'Sprache',
		cost_options: 'Preis'
	};
	for (const [rows, key] of [
		[table.schedule, 'schedules'],
		[table.phone, 'phones'],
		[table.language, 'languages'],
		[table.cost_option, 'cost_options']
	] as const) {
		for (const row of rows) {
			if (key === 'languages' && claimed.has(row)) continue;
			// The most specific owner wins: a schedule of a link is not also the service's.
			const [service, link, location, organization] = owners(row);
			if (attach(link ?? location ?? service ?? organization, key, row)) continue;
			orphans.push({
				id: text(row, 'id'),
				reason: `${what[key]} gehört zu keinem Angebot (unbekannte Kennung) – weggelassen.`
			});
		}
	}
	for (const row of table.service_at_location) {
		const location = locations.get(text(row, 'location_id') ?? '');
		if (location) row.location = location;
		if (attach(services.get(text(row, 'service_id') ?? ''), 'service_at_locations', row)) continue;
		orphans.push({
			id: text(row, 'id'),
			reason:
				'Verbindung von Angebot und Ort gehört zu keinem Angebot (unbekannte Kennung) – weggelassen.'
		});
	}
	for (const row of table.attribute) {
		const term = terms.get(text(row, 'taxonomy_term_id') ?? '');
		if (term) row.taxonomy_term = term;
		const linkId = text(row, 'link_id') ?? '';
		const entity = text(row, 'link_entity');
		const targets: Record<string, Map<string, Row>> = {
			service: services,
			location: locations,
			service_at_location: links,
			organization: organizations
		};
		// Attributes of objects we do not read (phones, contacts, ...) do not touch an offer.
		if (entity !== undefined && !Object.hasOwn(targets, entity)) continue;
		const target = entity === undefined ? undefined : targets[entity]?.get(linkId);
		const owner =
			target ??
			(entity === undefined
				? (services.get(linkId) ?? links.get(linkId) ?? locations.get(linkId))
				: undefined);
		if (attach(owner, 'attributes', row)) continue;
		orphans.push({
			id: text(row, 'id'),
			reason: 'Merkmal gehört zu keinem Angebot (unbekannte Kennung in „link_id“) – weggelassen.'
		});
	}
	for (const row of table.service) {
		const organization = organizations.get(text(row, 'organization_id') ?? '');
		if (organization) row.organization = organization;
	}
	return { services: table.service, orphans };
}

// ---------------------------------------------------------------------------------------------
// One service at a time.

const looseList = v.optional(v.nullable(v.pipe(v.array(v.unknown()), v.maxLength(LIMITS.list))));
const looseObject = v.optional(v.nullable(v.unknown()));

// The schemas of hsds.ts, with nested objects left unchecked, so each can be checked on its own
// and one broken schedule does not cost the whole offer.
const ServiceShell = v.object({
	...HsdsServiceSchema.entries,
	organization: looseObject,
	phones: looseList,
	schedules: looseList,
	service_at_locations: looseList,
	cost_options: looseList,
	languages: looseList,
	attributes: looseList
});
const OrganizationShell = v.object({
	...HsdsOrganizationSchema.entries,
	phones: looseList,
	attributes: looseList
});
const LinkShell = v.object({
	...HsdsServiceAtLocationSchema.entries,
	phones: looseList,
	schedules: looseList,
	location: looseObject,
	attributes: looseList
});
const LocationShell = v.object({
	...HsdsLocationSchema.entries,
	languages: looseList,
	addresses: looseList,
	accessibility: looseList,
	phones: looseList,
	schedules: looseList,
	attributes: looseList
});

interface Context {
	zone: string;
	referenceDate: LocalDate;
}

const KIND_WORDS: Record<string, string> = {
	string: 'ein Text',
	number: 'eine Zahl',
	array: 'eine Liste',
	object: 'ein Objekt',
	boolean: 'ja oder nein'
};

function quote(value: unknown): string {
	const written = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
	return written.length > 60 ? `${written.slice(0, 57)}…` : written;
}

/** Says in plain German what is wrong, from the first valibot issue. */
function issueText(issues: readonly v.BaseIssue<unknown>[]): string {
	const issue = issues[0];
	if (!issue) return 'Die Angaben sind ungültig.';
	const path = issue.path?.map((item) => String(item.key)).join(' › ');
	const field = path ? `„${path}“` : 'Der Eintrag';
	if (issue.input === undefined && path) return `${field} fehlt.`;
	if (issue.type === 'max_length') {
		return Array.isArray(issue.input)
			? `${field} hat zu viele Einträge (höchstens ${String(issue.requirement)}).`
			: `${field} ist zu lang (höchstens ${String(issue.requirement)} Zeichen).`;
	}
	if (issue.type === 'picklist')
		return `${field} hat den unbekannten Wert „${quote(issue.input)}“.`;
	if (issue.type === 'finite' || (issue.type === 'number' && typeof issue.input === 'number')) {
		return `${field} ist keine gültige Zahl.`;
	}
	const kind = KIND_WORDS[issue.type];
	if (kind) return `${field} muss ${kind} sein.`;
	if (issue.type === 'union') return `${field} muss eine Zahl oder ein Text sein.`;
	return `${field} ist ungültig.`;
}

function blank(value: string | null | undefined): boolean {
	return value === undefined || value === null || value.trim() === '';
}

function present(value: string | null | undefined): string | undefined {
	return blank(value) ? undefined : value!.trim();
}

interface Reader {
	/** Records a part that was left out or fixed. */
	note(reason: string): void;
	/** Checks each item of a list with a schema; broken items are noted and left out. */
	items<S extends v.GenericSchema>(list: unknown, schema: S, what: string): v.InferOutput<S>[];
	/** Checks one nested object; a broken one is noted and left out. */
	one<S extends v.GenericSchema>(
		value: unknown,
		schema: S,
		what: string
	): v.InferOutput<S> | undefined;
}

function readerFor(notes: string[]): Reader {
	const reader: Reader = {
		note: (reason) => notes.push(reason),
		items(list, schema, what) {
			if (!Array.isArray(list)) return [];
			return list.flatMap((item) => {
				const checked = reader.one(item, schema, what);
				return checked === undefined ? [] : [checked];
			});
		},
		one(value, schema, what) {
			if (value === undefined || value === null) return undefined;
			const result = v.safeParse(schema, value);
			if (result.success) return result.output;
			notes.push(`${what} weggelassen: ${issueText(result.issues)}`);
			return undefined;
		}
	};
	return reader;
}

function readServices(raw: unknown[], orphans: ImportRejection[], context: Context): ImportReport {
	const report: ImportReport = {
		offers: [],
		read: raw.length,
		repaired: [],
		rejected: [...orphans]
	};
	const seen = new Set<string>();
	for (const record of raw) {
		const result = readService(record, context);
		if ('reason' in result) {
			report.rejected.push(result);
			continue;
		}
		const { offer, notes } = result;
		if (seen.has(offer.id)) {
			report.rejected.push({
				id: offer.id,
				name: offer.name,
				reason: 'Diese Kennung kommt doppelt vor – der zweite Eintrag wurde weggelassen.'
			});
			continue;
		}
		seen.add(offer.id);
		report.offers.push(offer);
		for (const reason of notes) report.repaired.push({ id: offer.id, name: offer.name, reason });
	}
	return report;
}

function hintOf(record: unknown): { id?: string; name?: string } {
	if (!isPlainObject(record)) return {};
	const hint: { id?: string; name?: string } = {};
	if (typeof record.id === 'string') hint.id = quote(record.id);
	if (typeof record.name === 'string') hint.name = quote(record.name);
	return hint;
}

function reject(record: unknown, reason: string): ImportRejection {
	return { ...hintOf(record), reason };
}

function readService(
	record: unknown,
	context: Context
): { offer: Offer; notes: string[] } | ImportRejection {
	if (!isPlainObject(record))
		return { reason: 'Der Eintrag ist kein Angebot (kein Objekt) – weggelassen.' };
	const shell = v.safeParse(ServiceShell, record);
	if (!shell.success) return reject(record, `Angebot weggelassen: ${issueText(shell.issues)}`);
	const service = shell.output;
	const id = service.id.trim();
	const name = service.name.trim();
	if (id === '') return reject(record, 'Angebot weggelassen: Die Kennung („id“) ist leer.');
	if (name === '') return reject(record, 'Angebot weggelassen: Der Name („name“) ist leer.');
	if (service.status === 'defunct') {
		return reject(
			record,
			'Angebot weggelassen: Es gibt das Angebot nicht mehr (Status „defunct“).'
		);
	}

	const notes: string[] = [];
	const read = readerFor(notes);
	const organization = read.one(service.organization, OrganizationShell, 'Träger');
	const links = read.items(service.service_at_locations, LinkShell, 'Ort');
	if (links.length > 1) {
		notes.push(`Das Angebot hat ${links.length} Orte. Nur der erste Ort wurde übernommen.`);
	}
	const link = links[0];
	const location = read.one(link?.location, LocationShell, 'Ort');

	const attributes = [
		...read.items(service.attributes, HsdsAttributeSchema, 'Merkmal'),
		...read.items(link?.attributes, HsdsAttributeSchema, 'Merkmal'),
		...read.items(location?.attributes, HsdsAttributeSchema, 'Merkmal')
	];
	const vocabulary = readAttributes(attributes, read);
	if (!vocabulary.category) {
		const reason = vocabulary.unknownCategory
			? `Der Bereich „${quote(vocabulary.unknownCategory)}“ ist unbekannt.`
			: `Der Bereich fehlt (ein Merkmal der Taxonomie „${CATEGORY_TAXONOMY}“).`;
		return reject(record, `Angebot weggelassen: ${reason}`);
	}

	const languages = readLanguages(
		[
			...read.items(service.languages, HsdsLanguageSchema, 'Sprache'),
			...read.items(location?.languages, HsdsLanguageSchema, 'Sprache')
		],
		read
	);
	const terms = [...vocabulary.terms];
	if (languages.includes(SIGN_LANGUAGE_CODE) && !terms.includes('gebaerdensprache')) {
		terms.push('gebaerdensprache');
	}

	const offer: Offer = {
		id,
		name,
		description: service.description?.trim() ?? '',
		category: vocabulary.category,
		keywords: vocabulary.keywords,
		organization: readOrganization(organization, service.organization_id, id, name, read),
		schedules: readSchedules(
			[
				...read.items(service.schedules, HsdsScheduleSchema, 'Zeitplan'),
				...read.items(link?.schedules, HsdsScheduleSchema, 'Zeitplan'),
				...read.items(location?.schedules, HsdsScheduleSchema, 'Zeitplan')
			],
			context,
			read
		),
		costs: readCosts(service.cost_options, service.fees_description, read),
		terms,
		languages,
		status: service.status === 'active' || !service.status ? 'active' : 'inactive'
	};
	if (blank(service.description)) read.note('Die Beschreibung fehlt. Bitte ergänzen Sie sie.');
	if (!service.status) read.note('Der Status fehlt. Das Angebot wurde als aktiv übernommen.');

	const fits = (value: string | undefined, max: number, what: string): string | undefined => {
		if (value === undefined) return undefined;
		if (value.length <= max) return value;
		read.note(`${what} ist zu lang (höchstens ${max} Zeichen) – weggelassen.`);
		return undefined;
	};
	const forWhom = fits(present(service.eligibility_description), OFFER_LIMITS.forWhom, 'Für wen');
	if (forWhom) offer.forWhom = forWhom;

	const phones = [
		...read.items(service.phones, HsdsPhoneSchema, 'Telefon-Nummer'),
		...read.items(link?.phones, HsdsPhoneSchema, 'Telefon-Nummer'),
		...read.items(location?.phones, HsdsPhoneSchema, 'Telefon-Nummer'),
		...read.items(organization?.phones, HsdsPhoneSchema, 'Telefon-Nummer')
	];
	const phone = fits(
		phones.map((entry) => present(entry.number)).find(Boolean),
		OFFER_LIMITS.phone,
		'Die Telefon-Nummer'
	);
	if (phone) offer.phone = phone;

	const email = readEmail(present(service.email) ?? present(organization?.email), read);
	if (email) offer.email = email;
	const url = readUrl(present(service.url) ?? present(organization?.website), read);
	if (url) offer.url = url;

	if (location) readPlace(offer, location, read);
	const transport = fits(
		present(location?.transportation),
		OFFER_LIMITS.transport,
		'Der Weg dorthin'
	);
	if (transport) offer.transport = transport;

	const scheduleNote = fits(
		vocabulary.scheduleNote,
		OFFER_LIMITS.scheduleNote,
		'Der Hinweis zu den Zeiten'
	);
	if (scheduleNote) offer.scheduleNote = scheduleNote;
	if (vocabulary.isContactPoint) offer.isContactPoint = true;

	const checkedOn = readCheckedOn(service.assured_date, service.last_modified, context, read);
	if (checkedOn) offer.checkedOn = checkedOn;

	const checked = v.safeParse(OfferSchema, offer);
	if (!checked.success) return reject(record, `Angebot weggelassen: ${issueText(checked.issues)}`);
	return { offer: checked.output, notes };
}

interface Vocabulary {
	category?: OfferCategory;
	unknownCategory?: string;
	terms: OfferTerm[];
	keywords: string[];
	isContactPoint: boolean;
	scheduleNote?: string;
}

function isCategory(value: string): value is OfferCategory {
	return (offerCategories as readonly string[]).includes(value);
}

function isTerm(value: string): value is OfferTerm {
	return (offerTerms as readonly string[]).includes(value);
}

function readAttributes(attributes: HsdsAttribute[], read: Reader): Vocabulary {
	const vocabulary: Vocabulary = { terms: [], keywords: [], isContactPoint: false };
	const categories: string[] = [];
	const addKeyword = (word: string | undefined) => {
		if (word === undefined || vocabulary.keywords.includes(word)) return;
		if (word.length > OFFER_LIMITS.keyword) {
			read.note(`Das Stichwort „${quote(word)}“ ist zu lang – weggelassen.`);
			return;
		}
		vocabulary.keywords.push(word);
	};
	for (const attribute of attributes) {
		const term = attribute.taxonomy_term;
		const code = present(term?.code) ?? present(term?.name);
		const taxonomy = present(term?.taxonomy);
		if (code === CATEGORY_CODE) {
			const value = present(attribute.value);
			if (value) categories.push(value);
		} else if (taxonomy === CATEGORY_TAXONOMY) {
			if (code) categories.push(code);
		} else if (taxonomy === NAHBEI_TAXONOMY) {
			if (code === undefined) continue;
			if (isTerm(code)) {
				if (!vocabulary.terms.includes(code)) vocabulary.terms.push(code);
			} else if (code === CONTACT_POINT_CODE) vocabulary.isContactPoint = true;
			else if (code === SCHEDULE_NOTE_CODE) vocabulary.scheduleNote = present(attribute.value);
			else read.note(`Das Merkmal „${quote(code)}“ ist unbekannt – weggelassen.`);
		} else if (taxonomy === KEYWORD_TAXONOMY) {
			addKeyword(present(term?.name) ?? code);
		} else if (term) {
			addKeyword(present(term.name));
		} else if (!blank(attribute.taxonomy_term_id)) {
			read.note(
				`Ein Merkmal nennt einen unbekannten Begriff („${quote(attribute.taxonomy_term_id)}“) – weggelassen.`
			);
		}
	}
	const known = [...new Set(categories.filter(isCategory))];
	vocabulary.category = known[0];
	if (!vocabulary.category) vocabulary.unknownCategory = categories[0];
	else if (known.length > 1) {
		read.note(`Das Angebot nennt mehrere Bereiche. Übernommen wurde „${known[0]}“.`);
	}
	return vocabulary;
}

const LANGUAGE_CODE = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/;

function readLanguages(
	languages: v.InferOutput<typeof HsdsLanguageSchema>[],
	read: Reader
): string[] {
	const codes: string[] = [];
	for (const language of languages) {
		const code = present(language.code)?.toLowerCase();
		if (code === undefined) {
			read.note(
				`Die Sprache „${quote(language.name ?? '')}“ hat keinen Sprach-Code – weggelassen.`
			);
		} else if (!LANGUAGE_CODE.test(code) || code.length > OFFER_LIMITS.language) {
			read.note(`Der Sprach-Code „${quote(code)}“ ist ungültig – weggelassen.`);
		} else if (!codes.includes(code)) codes.push(code);
	}
	return codes;
}

function readOrganization(
	organization: v.InferOutput<typeof OrganizationShell> | undefined,
	organizationId: string | null | undefined,
	serviceId: string,
	serviceName: string,
	read: Reader
): Offer['organization'] {
	const id = present(organization?.id) ?? present(organizationId);
	const name = present(organization?.name);
	if (id && name && id.length <= OFFER_LIMITS.orgId && name.length <= OFFER_LIMITS.orgName) {
		return { id, name };
	}
	read.note(
		'Der Träger fehlt oder ist unvollständig. Als Träger steht jetzt der Name des Angebots.'
	);
	return {
		id: id && id.length <= OFFER_LIMITS.orgId ? id : serviceId,
		name: serviceName.slice(0, OFFER_LIMITS.orgName)
	};
}

function readEmail(email: string | undefined, read: Reader): string | undefined {
	if (email === undefined) return undefined;
	if (email.length <= OFFER_LIMITS.email && /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(email)) {
		return email;
	}
	read.note(`Die E-Mail-Adresse „${quote(email)}“ ist ungültig – weggelassen.`);
	return undefined;
}

function readUrl(url: string | undefined, read: Reader): string | undefined {
	if (url === undefined) return undefined;
	let isWeb = false;
	try {
		const parsed = new URL(url);
		isWeb = parsed.protocol === 'https:' || parsed.protocol === 'http:';
	} catch {
		isWeb = false;
	}
	// Only web links: the interface makes a link of it, and other schemes can run code.
	if (isWeb && url.length <= OFFER_LIMITS.url) return url;
	read.note(`Die Internet-Adresse „${quote(url)}“ ist nicht erlaubt – weggelassen.`);
	return undefined;
}

function readPlace(
	offer: Offer,
	location: v.InferOutput<typeof LocationShell>,
	read: Reader
): void {
	const addresses = read.items(location.addresses, HsdsAddressSchema, 'Adresse');
	const address =
		addresses.find((entry) => entry.address_type === 'physical' || !entry.address_type) ??
		addresses[0];
	if (address) {
		const street = [present(address.address_1), present(address.address_2)]
			.filter(Boolean)
			.join(', ');
		const postalCode = present(address.postal_code);
		const city = present(address.city);
		const district = present(address.region);
		if (!street || !postalCode || !city) {
			read.note(
				'Die Adresse ist unvollständig (Straße, Post-Leitzahl oder Ort fehlt) – weggelassen.'
			);
		} else if (
			street.length > OFFER_LIMITS.street ||
			postalCode.length > OFFER_LIMITS.postalCode ||
			city.length > OFFER_LIMITS.city ||
			(district?.length ?? 0) > OFFER_LIMITS.district
		) {
			read.note('Die Adresse ist zu lang – weggelassen.');
		} else {
			offer.address = district
				? { street, postalCode, city, district }
				: { street, postalCode, city };
		}
	}
	const { latitude, longitude } = location;
	const hasLatitude = latitude !== undefined && latitude !== null;
	const hasLongitude = longitude !== undefined && longitude !== null;
	if (!hasLatitude && !hasLongitude) return;
	if (hasLatitude && hasLongitude && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180) {
		offer.latitude = latitude;
		offer.longitude = longitude;
		return;
	}
	read.note('Die Koordinaten sind unvollständig oder ungültig – weggelassen.');
}

function readCosts(
	list: unknown,
	feesDescription: string | null | undefined,
	read: Reader
): CostOption[] {
	const options = read.items(list, HsdsCostOptionSchema, 'Preis');
	const costs: CostOption[] = [];
	for (const option of options) {
		const cost: CostOption = {};
		const words = present(option.option);
		const amountWords = present(option.amount_description);
		if (
			(words?.length ?? 0) > OFFER_LIMITS.costText ||
			(amountWords?.length ?? 0) > OFFER_LIMITS.costText
		) {
			read.note('Ein Preis hat einen zu langen Text – Preis weggelassen.');
			continue;
		}
		if (option.amount !== undefined && option.amount !== null) {
			if (option.amount < 0 || option.amount > 100_000) {
				read.note(`Der Preis ${option.amount} ist ungültig – Preis weggelassen.`);
				continue;
			}
			cost.amount = option.amount;
		}
		const currency = present(option.currency)?.toUpperCase();
		if (currency !== undefined) {
			if (/^[A-Z]{3}$/.test(currency)) cost.currency = currency;
			else
				read.note(`Die Währung „${quote(currency)}“ ist kein Währungs-Code – Währung weggelassen.`);
		}
		if (words) cost.option = words;
		if (amountWords) cost.amountDescription = amountWords;
		costs.push(cost);
	}
	const fees = present(feesDescription);
	if (costs.length === 0 && options.length === 0 && fees) {
		if (fees.length <= OFFER_LIMITS.costText) costs.push({ option: fees });
		else read.note('Die Beschreibung der Kosten ist zu lang – weggelassen.');
	}
	return costs;
}

function readCheckedOn(
	assured: string | null | undefined,
	lastModified: string | null | undefined,
	context: Context,
	read: Reader
): string | undefined {
	const date = present(assured);
	if (date !== undefined) {
		if (isDate(date.slice(0, 10))) return date.slice(0, 10);
		read.note(`Das Prüf-Datum „${quote(date)}“ ist ungültig – weggelassen.`);
	}
	const modified = present(lastModified);
	if (modified === undefined) return undefined;
	// A date-time with a zone names an instant; its date in the Quartier is what people mean.
	const hasZone = /[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(modified);
	const instant = hasZone ? new Date(modified) : null;
	if (instant && !Number.isNaN(instant.getTime()))
		return formatDate(wallClockAt(instant, context.zone));
	// Without a zone, the written date is the date.
	if (!hasZone && isDate(modified.slice(0, 10))) return modified.slice(0, 10);
	read.note(`Das Änderungs-Datum „${quote(modified)}“ ist ungültig – weggelassen.`);
	return undefined;
}

function formatDate(date: LocalDate): string {
	return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

function parseDate(value: string | null | undefined): LocalDate | null {
	const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value?.trim() ?? '');
	if (!match) return null;
	const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
	return formatDate(date) === match[0] && isDate(match[0]) ? date : null;
}

function isDate(value: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	return (
		date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
	);
}

// ---------------------------------------------------------------------------------------------
// Schedules: copied as local wall-clock times.

const TIME = /^(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

function offsetOf(zoneText: string): number | null {
	if (zoneText.toUpperCase() === 'Z') return 0;
	const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(zoneText);
	if (!match) return null;
	const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
	return minutes > 14 * 60 ? null : (match[1] === '-' ? -1 : 1) * minutes;
}

function twoDigits(value: number): string {
	return String(value).padStart(2, '0');
}

/** Turns an HSDS time into a local 'HH:MM' (or 'HH:MM:SS') in the zone, or null if unreadable. */
function localTime(value: string, day: LocalDate, zone: string): string | null {
	const match = TIME.exec(value.trim());
	if (!match) return null;
	const [hours, minutes] = [Number(match[1]), Number(match[2])];
	const seconds = match[3] === undefined ? undefined : Number(match[3]);
	if (minutes > 59 || (seconds ?? 0) > 59) return null;
	if (hours > 24 || (hours === 24 && (minutes > 0 || (seconds ?? 0) > 0))) return null;
	const wall = `${match[1]}:${match[2]}${seconds === undefined ? '' : `:${match[3]}`}`;
	if (match[4] === undefined) return wall;
	const offset = offsetOf(match[4]);
	if (offset === null) return null;
	// An offset the zone itself uses (CET or CEST) means the writer gave its wall-clock time.
	const year = day.year;
	const zoneOffsets = [0, 6].map((month) =>
		offsetMinutesAt(new Date(Date.UTC(year, month, 15, 12)), zone)
	);
	if (zoneOffsets.includes(offset)) return wall;
	const utc =
		Date.UTC(day.year, day.month - 1, day.day) +
		((hours * 60 + minutes - offset) * 60 + (seconds ?? 0)) * 1000;
	const clock = wallClockAt(new Date(utc), zone);
	return `${twoDigits(clock.hour)}:${twoDigits(clock.minute)}${seconds === undefined ? '' : `:${twoDigits(clock.second)}`}`;
}

const COPIED_FIELDS = [
	'id',
	'valid_from',
	'valid_to',
	'dtstart',
	'until',
	'wkst',
	'freq',
	'interval',
	'byday',
	'bymonthday',
	'description',
	'notes',
	'attending_type'
] as const satisfies readonly (keyof Schedule & keyof HsdsSchedule)[];

function readSchedules(schedules: HsdsSchedule[], context: Context, read: Reader): Schedule[] {
	const result: Schedule[] = [];
	const ids = new Set<string>();
	for (const schedule of schedules) {
		const id = present(schedule.id);
		// Feeds often repeat the same schedule on the service and on its location.
		if (id !== undefined && ids.has(id)) continue;
		const local = readSchedule(schedule, context, read);
		if (!local) continue;
		if (id !== undefined) ids.add(id);
		result.push(local);
	}
	return result;
}

function scheduleName(schedule: HsdsSchedule): string {
	const words = present(schedule.description) ?? present(schedule.notes);
	return words ? ` „${quote(words)}“` : '';
}

function readSchedule(schedule: HsdsSchedule, context: Context, read: Reader): Schedule | null {
	const unsupported = (['count', 'byweekno', 'byyearday'] as const).find(
		(field) =>
			schedule[field] !== undefined &&
			schedule[field] !== null &&
			String(schedule[field]).trim() !== ''
	);
	if (unsupported) {
		read.note(
			`Der Zeitplan${scheduleName(schedule)} nutzt „${unsupported}“. Das kann nahbei nicht lesen – Zeitplan weggelassen.`
		);
		return null;
	}
	// Only the listed fields are copied, each already checked for its type by HsdsScheduleSchema.
	const fields: Record<string, string | number> = {};
	for (const field of COPIED_FIELDS) {
		const value = schedule[field];
		if (typeof value === 'string' && value.trim() !== '') fields[field] = value.trim();
		else if (typeof value === 'number') fields[field] = value;
	}
	// One written form for numbers that HSDS versions type differently: interval as a number,
	// bymonthday as text (a list of days).
	if (typeof fields.interval === 'string' && /^\d+$/.test(fields.interval)) {
		fields.interval = Number(fields.interval);
	}
	if (typeof fields.bymonthday === 'number') fields.bymonthday = String(fields.bymonthday);
	const local: Schedule = fields;
	const opens = present(schedule.opens_at);
	const closes = present(schedule.closes_at);
	if ((opens === undefined) !== (closes === undefined)) {
		read.note(
			`Der Zeitplan${scheduleName(schedule)} hat nur eine Anfangs- oder nur eine End-Zeit – Zeitplan weggelassen.`
		);
		return null;
	}
	if (opens !== undefined && closes !== undefined) {
		const day =
			parseDate(schedule.dtstart) ?? parseDate(schedule.valid_from) ?? context.referenceDate;
		for (const [field, value] of [
			['opens_at', opens],
			['closes_at', closes]
		] as const) {
			const time = localTime(value, day, context.zone);
			if (time === null) {
				read.note(`Die Öffnungszeit ${quote(value)} ist ungültig – Zeitplan weggelassen.`);
				return null;
			}
			local[field] = time;
		}
	}
	if (describeSchedule(local).kind === 'unknown') {
		read.note(
			`Der Zeitplan${scheduleName(schedule)} ist nicht lesbar (Tage, Daten oder Abstand) – Zeitplan weggelassen.`
		);
		return null;
	}
	return local;
}

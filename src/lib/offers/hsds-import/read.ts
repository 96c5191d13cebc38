/**
 * The read stage of the HSDS import: takes what the team gave (JSON text, parsed JSON, or the
 * files of a tabular data package) and gives the service records in it, each still unchecked.
 * Input that is broken or hostile as a whole (not JSON, over 50 MB, over 20,000 services, nested
 * deeper than 64 levels, a `__proto__`, `constructor` or `prototype` key anywhere, a shape that is
 * no HSDS form) is refused here with a `Refusal`, before any service is looked at.
 */
import { FORBIDDEN_KEYS } from '../hsds';
import {
	forbiddenKey,
	isPlainObject,
	MAX_INPUT_BYTES,
	MAX_RECORDS,
	MESSAGES,
	Refusal
} from './check';
import { assembleDataPackage } from './data-package';
import { parseJson, utf8Length } from './json';
import type { ImportRejection } from './plan';

/** The services of an input, and the rows of a data package that belong to no service. */
export interface ReadRecords {
	services: unknown[];
	orphans: ImportRejection[];
}

/** Reads any HSDS form into its service records; throws a `Refusal` for a refused input. */
export function readInput(input: unknown): ReadRecords {
	const tables = asFileMap(input);
	if (tables) return assembleDataPackage(tables);
	const parsed = parseJson(input);
	// The tabular form: one JSON object of tables, each a list of rows.
	const tabular = asFileMap(parsed);
	if (tabular) return assembleDataPackage(tabular);
	return servicesOf(parsed);
}

/** The kinds of HSDS object a file may hold at its top level or in its list. */
export type RecordKind =
	| 'service'
	| 'service_at_location'
	| 'organization'
	| 'location'
	| 'taxonomy'
	| 'taxonomy_term'
	| 'unknown';

const has = (value: Record<string, unknown>, keys: readonly string[]) =>
	keys.some((key) => key in value);

/** What kind of HSDS object a record is, from the fields only that kind has. */
export function kindOf(value: unknown): RecordKind {
	if (!isPlainObject(value)) return 'unknown';
	if (isPlainObject(value.service)) return 'service_at_location';
	// Only a service has a status; a service may have any other field too.
	if ('status' in value) return 'service';
	if (Array.isArray(value.services)) return 'organization';
	if (!('name' in value) && has(value, ['service_id']) && has(value, ['location_id']))
		return 'service_at_location';
	if (has(value, ['website', 'legal_status', 'tax_status', 'year_incorporated', 'logo']))
		return 'organization';
	if (has(value, ['location_type', 'latitude', 'longitude', 'addresses', 'transportation']))
		return 'location';
	if (has(value, ['term_uri', 'taxonomy_detail', 'taxonomy_id', 'code'])) return 'taxonomy_term';
	if ('uri' in value && 'version' in value) return 'taxonomy';
	if ('name' in value || 'id' in value) return 'service';
	return 'unknown';
}

const KIND_WORDS: Record<Exclude<RecordKind, 'service' | 'service_at_location'>, string> = {
	organization: 'Träger (HSDS „organization“)',
	location: 'Orte (HSDS „location“)',
	taxonomy: 'eine Liste von Begriffen (HSDS „taxonomy“)',
	taxonomy_term: 'Begriffe einer Taxonomie (HSDS „taxonomy_term“)',
	unknown: 'keine Einträge, die nahbei kennt'
};

/** The message for a file without services: what it holds, and what nahbei needs. */
export function noServicesMessage(kind: RecordKind): string {
	const what = kind === 'service' || kind === 'service_at_location' ? 'unknown' : kind;
	return `Diese Datei enthält ${KIND_WORDS[what]}, aber keine Angebote. nahbei braucht Angebote (HSDS „service“): eine Datei mit Angeboten, eine Liste von Angeboten oder ein Daten-Paket mit „services.csv“. Es wurde nichts übernommen.`;
}

// A service_at_location becomes its service, with the link (and its location) as its first.
function serviceOfLink(link: Record<string, unknown>): Record<string, unknown> {
	const { service, ...rest } = link as { service: Record<string, unknown> };
	const links = Array.isArray(service.service_at_locations) ? service.service_at_locations : [];
	const linkId = (rest as { id?: unknown }).id;
	const known = links.some((entry) => isPlainObject(entry) && entry.id === linkId);
	return {
		...service,
		service_at_locations: known ? links : [{ ...rest, service_id: service.id }, ...links]
	};
}

// An organization's services, each with its organization (without the list of services).
function servicesOfOrganization(organization: Record<string, unknown>): unknown[] {
	const { services, ...rest } = organization as { services: unknown[] };
	return services.map((service) =>
		isPlainObject(service) && !isPlainObject(service.organization)
			? { ...service, organization: rest }
			: service
	);
}

/** The services of parsed JSON: one service, a list page or a plain array of any HSDS form. */
export function servicesOf(value: unknown): ReadRecords {
	let records: unknown[];
	if (Array.isArray(value)) records = value;
	else if (isPlainObject(value) && 'contents' in value) {
		if (!Array.isArray(value.contents)) throw new Refusal('wrong-shape', MESSAGES.wrongShape);
		records = value.contents;
	} else if (isPlainObject(value) && kindOf(value) !== 'unknown') records = [value];
	else throw new Refusal('wrong-shape', MESSAGES.wrongShape);
	if (records.length > MAX_RECORDS) throw new Refusal('too-many-records', MESSAGES.tooMany);

	const services: unknown[] = [];
	const orphans: ImportRejection[] = [];
	const kinds = new Set<RecordKind>();
	for (const record of records) {
		const kind = kindOf(record);
		kinds.add(kind);
		if (kind === 'service_at_location')
			services.push(serviceOfLink(record as Record<string, unknown>));
		else if (kind === 'organization' && Array.isArray((record as { services?: unknown }).services))
			services.push(...servicesOfOrganization(record as Record<string, unknown>));
		// Broken entries of a list go on to the map stage, which says what is wrong with each.
		else if (kind === 'service' || kind === 'unknown') services.push(record);
		else
			orphans.push({
				...(isPlainObject(record) && typeof record.id === 'string' ? { id: record.id } : {}),
				reason: `Der Eintrag ist kein Angebot, sondern ${KIND_WORDS[kind]} – weggelassen.`
			});
	}
	if (services.length === 0 && records.length > 0) {
		const [first] = [...kinds].filter((kind) => kind !== 'unknown');
		throw new Refusal('no-services', noServicesMessage(first ?? 'unknown'));
	}
	if (services.length > MAX_RECORDS) throw new Refusal('too-many-records', MESSAGES.tooMany);
	return { services, orphans };
}

/** The files of a data package (file name to content), or null when the input is none. */
export function asFileMap(input: unknown): Map<string, unknown> | null {
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

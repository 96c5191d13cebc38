/**
 * The tabular data package for the HSDS import's read stage: `datapackage.json` with its CSV
 * files, as a map of file name to text, joined by their id columns. We read services,
 * organizations, locations, addresses, service_at_location(s), schedules, cost_options, phones,
 * languages, attributes, taxonomy_terms, accessibility, contacts, funding, service_areas,
 * required_documents and programs, from CSV text or (the tabular JSON form) lists of rows; `datapackage.json`, when given, may name other file
 * paths. Other tables are not read. A row that belongs to no service is an orphan.
 */
import { readCsv, type CsvProblem } from '$lib/files/csv';
import { FORBIDDEN_KEYS } from '../hsds';
import {
	forbiddenKey,
	isPlainObject,
	MAX_RECORDS,
	MAX_TABLE_ROWS,
	MESSAGES,
	Refusal
} from './check';
import { parseJson } from './json';
import type { ImportRejection } from './plan';
import type { ReadRecords } from './read';

type Row = Record<string, unknown>;

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
	taxonomy_term: ['taxonomy_terms.csv'],
	accessibility: ['accessibility.csv'],
	contact: ['contacts.csv'],
	funding: ['funding.csv'],
	service_area: ['service_areas.csv'],
	required_document: ['required_documents.csv'],
	program: ['programs.csv']
} as const;
type TableName = keyof typeof TABLES;

// Columns that the HSDS 3.0 schema types as numbers.
const NUMBER_COLUMNS = new Set([
	'latitude',
	'longitude',
	'amount',
	'minimum_age',
	'maximum_age',
	'year_incorporated',
	'extension',
	'timezone',
	'count',
	'interval'
]);
const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

const CSV_PROBLEMS: Record<CsvProblem, string> = {
	'unclosed-quote': 'Ein Anführungs-Zeichen wird nicht geschlossen.',
	'stray-quote': 'Ein Anführungs-Zeichen steht an einer falschen Stelle.',
	'too-large': 'Die Tabelle hat zu viele Zeilen oder Spalten.'
};

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
	// The tabular JSON form gives each table as a list of rows already.
	if (Array.isArray(content)) return content.map((row) => rowOf(name, row));
	if (typeof content !== 'string') {
		throw new Refusal(
			'wrong-shape',
			`Die Tabelle „${name}“ ist kein Text. Es wurde nichts übernommen.`
		);
	}
	const parsed = readCsv(content, { maxRows: MAX_TABLE_ROWS, maxFields: 200 });
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

function rowOf(name: string, value: unknown): Row {
	if (!isPlainObject(value)) {
		throw new Refusal(
			'wrong-shape',
			`Die Tabelle „${name}“ hat eine Zeile, die keine Zeile ist. Es wurde nichts übernommen.`
		);
	}
	// Rows are built without a prototype, so no column name can reach Object.prototype.
	const row: Row = Object.create(null);
	for (const [column, cell] of Object.entries(value)) {
		if (FORBIDDEN_KEYS.has(column)) throw forbiddenKey(column);
		if (cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === ''))
			continue;
		row[column] = cell;
	}
	return row;
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

/**
 * Reads the tables of a data package and joins them by their id columns into nested services, as
 * the JSON forms have them. Rows that belong to no service are listed as orphans.
 */
export function assembleDataPackage(files: Map<string, unknown>): ReadRecords {
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
		cost_options: 'Preis',
		accessibility: 'Angabe zur Barriere-Freiheit',
		contacts: 'Ansprech-Person',
		funding: 'Angabe zur Förderung',
		service_areas: 'Gebiet',
		required_documents: 'Nötiges Dokument'
	};
	for (const [rows, key] of [
		[table.schedule, 'schedules'],
		[table.phone, 'phones'],
		[table.language, 'languages'],
		[table.cost_option, 'cost_options'],
		[table.accessibility, 'accessibility'],
		[table.contact, 'contacts'],
		[table.funding, 'funding'],
		[table.service_area, 'service_areas'],
		[table.required_document, 'required_documents']
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
	const programs = byId(table.program);
	for (const row of table.service) {
		const organization = organizations.get(text(row, 'organization_id') ?? '');
		if (organization) row.organization = organization;
		const program = programs.get(text(row, 'program_id') ?? '');
		if (program) row.program = program;
	}
	return { services: table.service, orphans };
}

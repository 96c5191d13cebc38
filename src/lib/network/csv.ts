/**
 * CSV export of people and ties for a spreadsheet: `;` between cells (what German Excel expects),
 * UTF-8 with a byte-order mark (so Excel reads umlauts right), CRLF and quoting as in RFC 4180.
 * Reading the same files back gives the same people and ties.
 */
import * as v from 'valibot';
import { readCsv } from '$lib/files/csv';
import { limits, PersonSchema, TieSchema, type Person, type Tie } from './model';
import { maxImportCharacters, stripBom, type ReadResult } from './safe-json';

export const csvSeparator = ';';

export const peopleColumns = [
	'id',
	'name',
	'kind',
	'area',
	'closeness',
	'helpsWith',
	'helpsWithOther',
	'iDoForThem',
	'phone',
	'note',
	'deceased',
	'notHuman',
	'gender',
	'age',
	'createdAt',
	'updatedAt',
	'easynwkAlterId',
	'easynwkAngle',
	'easynwkDistance',
	'easynwkEdgeType',
	'easynwkRole',
	'easynwkGender',
	'easynwkExtra'
] as const;
type PeopleColumn = (typeof peopleColumns)[number];

/** The names are there for people reading the sheet; reading it back uses the ids. */
export const tieColumns = ['a', 'b', 'aName', 'bName'] as const;

// A spreadsheet runs a cell that starts with one of these as a formula (CSV injection). An
// apostrophe in front makes it text; a leading apostrophe of the person's own gets one too, so
// reading back can always remove exactly one.
const formulaStart = /^[=+\-@\t\r']/u;
const needsQuotes = /[;"\r\n]/u;

/** One cell, safe from formula injection and quoted when it has to be. */
export function csvCell(value: string): string {
	const guarded = formulaStart.test(value) ? `'${value}` : value;
	return needsQuotes.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/** Rows of cells as CSV text with a byte-order mark and CRLF line ends. */
export function toCsv(rows: readonly (readonly string[])[]): string {
	return '\uFEFF' + rows.map((row) => row.map(csvCell).join(csvSeparator) + '\r\n').join('');
}

function cellsOf(person: Person): Record<PeopleColumn, string> {
	const placement = person.easynwk;
	return {
		id: person.id,
		name: person.name,
		kind: person.kind,
		area: person.area,
		closeness: String(person.closeness),
		helpsWith: person.helpsWith.join(','),
		helpsWithOther: person.helpsWithOther,
		iDoForThem: person.iDoForThem,
		phone: person.phone,
		note: person.note,
		deceased: String(person.deceased),
		notHuman: String(person.notHuman),
		gender: person.gender ?? '',
		age: person.age ?? '',
		createdAt: person.createdAt,
		updatedAt: person.updatedAt,
		easynwkAlterId: placement ? String(placement.alterId) : '',
		easynwkAngle: placement ? String(placement.angle) : '',
		easynwkDistance: placement ? String(placement.distance) : '',
		easynwkEdgeType: placement ? String(placement.edgeType) : '',
		easynwkRole: placement?.role ?? '',
		easynwkGender: placement?.gender ?? '',
		easynwkExtra: placement?.extra ?? ''
	};
}

/** People as CSV, one row each, every field in its own column. */
export function peopleToCsv(people: readonly Person[]): string {
	return toCsv([
		peopleColumns,
		...people.map((person) => {
			const cells = cellsOf(person);
			return peopleColumns.map((column) => cells[column]);
		})
	]);
}

/** Ties as CSV, with both names beside the ids so the sheet can be read by a person. */
export function tiesToCsv(ties: readonly Tie[], people: readonly Person[]): string {
	const names = new Map(people.map((person) => [person.id, person.name]));
	return toCsv([
		tieColumns,
		...ties.map((tie) => [tie.a, tie.b, names.get(tie.a) ?? '', names.get(tie.b) ?? ''])
	]);
}

/** Splits CSV text into rows of cells (RFC 4180, `;`); null when it cannot be read. */
export function parseCsv(text: string): string[][] | null {
	const read = readCsv(text, { separator: csvSeparator });
	return read.ok ? read.rows : null;
}

function unguard(value: string): string {
	return value.startsWith("'") ? value.slice(1) : value;
}

/** Rows under a header, each as a map from the known column names to their cells. */
function table<C extends string>(
	text: string,
	columns: readonly C[],
	maxRows: number
): ReadResult<Map<C, string>[]> {
	if (text.length > maxImportCharacters) return { ok: false, error: 'too-large' };
	if (stripBom(text).trim() === '') return { ok: false, error: 'empty' };
	// One row more than allowed: the header.
	const read = readCsv(text, { separator: csvSeparator, maxRows: maxRows + 1 });
	if (!read.ok)
		return { ok: false, error: read.problem === 'too-large' ? 'too-large' : 'wrong-shape' };
	const [header, ...body] = read.rows;
	if (!header) return { ok: false, error: 'empty' };
	const names = header.map(unguard);
	const positions = columns.map((column) => names.indexOf(column));
	if (positions.some((position) => position < 0)) return { ok: false, error: 'wrong-shape' };
	return {
		ok: true,
		value: body
			// A spreadsheet may leave empty lines at the end.
			.filter((cells) => cells.some((cell) => cell !== ''))
			.map(
				(cells) =>
					new Map(columns.map((column, i) => [column, unguard(cells[positions[i] ?? -1] ?? '')]))
			)
	};
}

function numberOrText(value: string): number | string {
	const number = Number(value);
	return value.trim() !== '' && Number.isFinite(number) ? number : value;
}

function booleanOrText(value: string): boolean | string {
	return value === 'true' ? true : value === 'false' ? false : value;
}

function personFrom(cells: Map<PeopleColumn, string>): unknown {
	const cell = (column: PeopleColumn) => cells.get(column) ?? '';
	const optional = (column: PeopleColumn) => (cell(column) === '' ? undefined : cell(column));
	const hasPlacement = cell('easynwkAlterId') !== '';
	return {
		id: cell('id'),
		name: cell('name'),
		kind: cell('kind'),
		area: cell('area'),
		closeness: numberOrText(cell('closeness')),
		helpsWith: cell('helpsWith') === '' ? [] : cell('helpsWith').split(','),
		helpsWithOther: cell('helpsWithOther'),
		iDoForThem: cell('iDoForThem'),
		phone: cell('phone'),
		note: cell('note'),
		deceased: booleanOrText(cell('deceased')),
		notHuman: booleanOrText(cell('notHuman')),
		gender: optional('gender'),
		age: optional('age'),
		createdAt: cell('createdAt'),
		updatedAt: cell('updatedAt'),
		easynwk: hasPlacement
			? {
					alterId: numberOrText(cell('easynwkAlterId')),
					angle: numberOrText(cell('easynwkAngle')),
					distance: numberOrText(cell('easynwkDistance')),
					edgeType: numberOrText(cell('easynwkEdgeType')),
					role: cell('easynwkRole'),
					gender: optional('easynwkGender'),
					extra: optional('easynwkExtra')
				}
			: undefined
	};
}

// Leaves out empty optional fields, so a person read back equals the person written.
function withoutUndefined(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(withoutUndefined);
	if (typeof value !== 'object' || value === null) return value;
	const entries = Object.entries(value).filter(([, item]) => item !== undefined);
	return Object.fromEntries(entries.map(([key, item]) => [key, withoutUndefined(item)]));
}

/** Reads people back from a CSV made by peopleToCsv; one bad row refuses the whole file. */
export function peopleFromCsv(text: string): ReadResult<Person[]> {
	const rows = table(text, peopleColumns, limits.people);
	if (!rows.ok) return rows;
	const people: Person[] = [];
	const ids = new Set<string>();
	for (const cells of rows.value) {
		const parsed = v.safeParse(PersonSchema, withoutUndefined(personFrom(cells)));
		if (!parsed.success || ids.has(parsed.output.id)) return { ok: false, error: 'wrong-shape' };
		ids.add(parsed.output.id);
		people.push(parsed.output);
	}
	return { ok: true, value: people };
}

/** Reads ties back from a CSV made by tiesToCsv. */
export function tiesFromCsv(text: string): ReadResult<Tie[]> {
	const rows = table(text, ['a', 'b'] as const, limits.ties);
	if (!rows.ok) return rows;
	const ties: Tie[] = [];
	for (const cells of rows.value) {
		const parsed = v.safeParse(TieSchema, { a: cells.get('a'), b: cells.get('b') });
		if (!parsed.success) return { ok: false, error: 'wrong-shape' };
		ties.push(parsed.output);
	}
	return { ok: true, value: ties };
}

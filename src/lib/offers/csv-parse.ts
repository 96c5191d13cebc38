/**
 * A small CSV reader after RFC 4180, for the tables of an HSDS data package.
 *
 * - Fields are separated by commas; records end with CRLF, LF or a lone CR (spreadsheet programs
 *   write all three).
 * - A field in double quotes may hold commas, line breaks and doubled quotes ("" stands for ").
 * - A byte order mark at the very start is skipped; a line break at the very end does not start
 *   another record, and blank lines are skipped, as no table we read has empty records.
 * - A quote inside an unquoted field, text after a closing quote, or a quote that is never closed
 *   is an error with its line number, because guessing would shift every later column.
 */

/** Why a CSV text could not be read. */
export type CsvProblem = 'unclosed-quote' | 'stray-quote' | 'too-large';

/** The outcome of reading a CSV text: its records as lists of fields, or where it went wrong. */
export type CsvResult =
	{ ok: true; rows: string[][] } | { ok: false; line: number; problem: CsvProblem };

/** Limits that keep a hostile file from using up memory. */
export interface CsvLimits {
	/** Most records, the header included. */
	maxRows?: number;
	/** Most fields in one record. */
	maxFields?: number;
}

const SPECIAL = /[",\r\n]/g;

function countLineBreaks(text: string): number {
	// CRLF counts once, a lone CR or LF once each.
	return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}

/** Reads a CSV text into records of fields; it never throws. */
export function parseCsv(text: string, limits: CsvLimits = {}): CsvResult {
	const maxRows = limits.maxRows ?? Infinity;
	const maxFields = limits.maxFields ?? 1000;
	const rows: string[][] = [];
	let row: string[] = [];
	let line = 1;
	let position = text.charCodeAt(0) === 0xfeff ? 1 : 0;

	while (position <= text.length) {
		// Read one field, which starts at `position`.
		let field: string;
		if (text[position] === '"') {
			const startLine = line;
			let value = '';
			let cursor = position + 1;
			for (;;) {
				const quote = text.indexOf('"', cursor);
				if (quote === -1) return { ok: false, line: startLine, problem: 'unclosed-quote' };
				value += text.slice(cursor, quote);
				if (text[quote + 1] === '"') {
					value += '"';
					cursor = quote + 2;
					continue;
				}
				cursor = quote + 1;
				break;
			}
			line += countLineBreaks(value);
			field = value;
			position = cursor;
			const after = text[position];
			if (after !== undefined && after !== ',' && after !== '\r' && after !== '\n') {
				return { ok: false, line, problem: 'stray-quote' };
			}
		} else {
			SPECIAL.lastIndex = position;
			const match = SPECIAL.exec(text);
			const end = match ? match.index : text.length;
			if (match?.[0] === '"') return { ok: false, line, problem: 'stray-quote' };
			field = text.slice(position, end);
			position = end;
		}
		row.push(field);
		if (row.length > maxFields) return { ok: false, line, problem: 'too-large' };

		// Then what ends it: a comma, a line break, or the end of the text.
		const separator = text[position];
		if (separator === ',') {
			position++;
			continue;
		}
		const isBlank = row.length === 1 && row[0] === '';
		if (!isBlank) rows.push(row);
		if (rows.length > maxRows) return { ok: false, line, problem: 'too-large' };
		row = [];
		if (separator === undefined) break;
		position += separator === '\r' && text[position + 1] === '\n' ? 2 : 1;
		line++;
		if (position === text.length) break;
	}
	return { ok: true, rows };
}

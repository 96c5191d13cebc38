/**
 * The one CSV reader, after RFC 4180: for the tables of an HSDS data package (commas) and for
 * the spreadsheets of Meine Menschen (semicolons, as German Excel writes them).
 *
 * - Fields are separated by commas, or by the separator given; records end with CRLF, LF or a lone CR (spreadsheet programs
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

/** How a CSV text is written. */
export interface CsvOptions extends CsvLimits {
	/** What stands between fields: ',' (the default) or ';'. */
	separator?: ',' | ';';
}

const special = { ',': /[",\r\n]/g, ';': /[";\r\n]/g } as const;

function countLineBreaks(text: string): number {
	// CRLF counts once, a lone CR or LF once each.
	return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}

/** Reads a CSV text into records of fields; it never throws. */
export function readCsv(text: string, options: CsvOptions = {}): CsvResult {
	const maxRows = options.maxRows ?? Infinity;
	const maxFields = options.maxFields ?? 1000;
	const separator = options.separator ?? ',';
	const SPECIAL = special[separator];
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
			if (after !== undefined && after !== separator && after !== '\r' && after !== '\n') {
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

		// Then what ends it: the separator, a line break, or the end of the text.
		const next = text[position];
		if (next === separator) {
			position++;
			continue;
		}
		const isBlank = row.length === 1 && row[0] === '';
		if (!isBlank) rows.push(row);
		if (rows.length > maxRows) return { ok: false, line, problem: 'too-large' };
		row = [];
		if (next === undefined) break;
		position += next === '\r' && text[position + 1] === '\n' ? 2 : 1;
		line++;
		if (position === text.length) break;
	}
	return { ok: true, rows };
}

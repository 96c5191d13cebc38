import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv } from './csv';

function rowsOf(text: string): string[][] {
	const result = readCsv(text);
	if (!result.ok) throw new Error(`could not read: ${result.problem} on line ${result.line}`);
	return result.rows;
}

// Writes fields as RFC 4180 says: quoted when they hold a comma, a quote or a line break.
function writeCsv(rows: string[][], lineBreak: string): string {
	return rows
		.map((row) =>
			row
				.map((field) => (/[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field))
				.join(',')
		)
		.join(lineBreak);
}

describe('readCsv', () => {
	it('reads plain fields and records', () => {
		expect(rowsOf('id,name\n1,Mittags-Tisch\n2,Bücher-Halle\n')).toEqual([
			['id', 'name'],
			['1', 'Mittags-Tisch'],
			['2', 'Bücher-Halle']
		]);
	});

	it('reads quoted fields with commas, doubled quotes and line breaks', () => {
		const text =
			'id,text\r\n1,"Haushalt, Einkauf"\r\n2,"Sie sagt ""Hallo"""\r\n3,"Zeile 1\r\nZeile 2"\r\n';
		expect(rowsOf(text)).toEqual([
			['id', 'text'],
			['1', 'Haushalt, Einkauf'],
			['2', 'Sie sagt "Hallo"'],
			['3', 'Zeile 1\r\nZeile 2']
		]);
	});

	it('accepts CRLF, LF and lone CR line ends alike', () => {
		expect(rowsOf('a,b\r\n1,2')).toEqual(rowsOf('a,b\n1,2'));
		expect(rowsOf('a,b\r1,2')).toEqual([
			['a', 'b'],
			['1', '2']
		]);
	});

	it('skips a byte order mark at the start', () => {
		expect(rowsOf('\uFEFFid,name\n1,A')[0]).toEqual(['id', 'name']);
	});

	it('keeps empty fields, also at the end of a record', () => {
		expect(rowsOf('a,,c,\n,,,')).toEqual([
			['a', '', 'c', ''],
			['', '', '', '']
		]);
		expect(rowsOf('a,""\n')).toEqual([['a', '']]);
	});

	it('skips blank lines and reads an empty text as no records', () => {
		expect(rowsOf('a,b\n\n1,2\n\n')).toEqual([
			['a', 'b'],
			['1', '2']
		]);
		expect(rowsOf('')).toEqual([]);
	});

	it('reports a quote that is never closed, with the line it opens on', () => {
		expect(readCsv('id,name\n1,"Mittags-Tisch\n2,B')).toEqual({
			ok: false,
			line: 2,
			problem: 'unclosed-quote'
		});
	});

	it('reports quotes inside unquoted fields and text after a closing quote', () => {
		expect(readCsv('id,name\n1,Mittags"Tisch')).toMatchObject({ ok: false, line: 2 });
		expect(readCsv('id,name\n1,"Mittags"Tisch')).toMatchObject({
			ok: false,
			problem: 'stray-quote'
		});
	});

	it('counts lines inside quoted fields for later errors', () => {
		expect(readCsv('a\n"x\ny"\nb"c')).toMatchObject({ ok: false, line: 4 });
	});

	it('stops at the row and field limits', () => {
		expect(readCsv('a\nb\nc\n', { maxRows: 2 })).toMatchObject({
			ok: false,
			problem: 'too-large'
		});
		expect(readCsv('a,b,c', { maxFields: 2 })).toMatchObject({ ok: false, problem: 'too-large' });
	});

	it('reads back whatever RFC 4180 writes', () => {
		const field = fc.string({ unit: fc.constantFrom('a', 'ü', ' ', ',', '"', '\n', '\r\n', 'x') });
		const row = fc.array(field, { minLength: 2, maxLength: 5 });
		fc.assert(
			fc.property(fc.array(row, { maxLength: 6 }), fc.constantFrom('\r\n', '\n'), (rows, lf) => {
				const written = writeCsv(rows, lf);
				expect(rowsOf(written)).toEqual(rows);
			})
		);
	});
});

describe('readCsv with semicolons', () => {
	it('reads cells between semicolons and keeps commas inside them', () => {
		const result = readCsv('\uFEFFa;"b;c";"d""e"\r\n"f\ng";h,i\r\n', { separator: ';' });
		expect(result).toEqual({
			ok: true,
			rows: [
				['a', 'b;c', 'd"e'],
				['f\ng', 'h,i']
			]
		});
	});

	it('keeps empty cells', () => {
		expect(readCsv('a;;c\n;x', { separator: ';' })).toEqual({
			ok: true,
			rows: [
				['a', '', 'c'],
				['', 'x']
			]
		});
	});

	it('refuses a quote that is never closed', () => {
		expect(readCsv('a;"b\r\n', { separator: ';' })).toMatchObject({ ok: false, line: 1 });
	});
});

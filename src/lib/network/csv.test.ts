import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { networkArbitrary } from '../../../tests/fixtures/network/arbitraries';
import { makePerson, testId, ties } from '../../../tests/fixtures/network/people';
import {
	csvCell,
	parseCsv,
	peopleFromCsv,
	peopleToCsv,
	tiesFromCsv,
	tiesToCsv,
	toCsv
} from './csv';

describe('csvCell', () => {
	it('leaves plain text alone', () => {
		expect(csvCell('Anna Müller')).toBe('Anna Müller');
	});

	it('quotes a cell with a separator, a quote or a line break, doubling quotes', () => {
		expect(csvCell('a;b')).toBe('"a;b"');
		expect(csvCell('Sie sagt "hallo"')).toBe('"Sie sagt ""hallo"""');
		expect(csvCell('eins\r\nzwei')).toBe('"eins\r\nzwei"');
	});

	it('puts an apostrophe before = + - @ so a spreadsheet shows text, not a formula', () => {
		expect(['=1+1', '+49 40 1', '-2', '@SUM(A1)', '\tx'].map(csvCell)).toEqual([
			"'=1+1",
			"'+49 40 1",
			"'-2",
			"'@SUM(A1)",
			"'\tx"
		]);
		expect(csvCell('=HYPERLINK("x";"y")')).toBe('"\'=HYPERLINK(""x"";""y"")"');
	});

	it('doubles a leading apostrophe so reading back removes exactly one', () => {
		expect(csvCell("'s Eck")).toBe("''s Eck");
	});
});

describe('toCsv', () => {
	it('starts with a byte-order mark, separates with ; and ends lines with CRLF', () => {
		expect(
			toCsv([
				['a', 'b'],
				['1', '2']
			])
		).toBe('\uFEFFa;b\r\n1;2\r\n');
	});
});

describe('parseCsv', () => {
	it('reads quoted cells with separators, quotes and line breaks', () => {
		expect(parseCsv('\uFEFFa;"b;c";"d""e"\r\n"f\ng";h\r\n')).toEqual([
			['a', 'b;c', 'd"e'],
			['f\ng', 'h']
		]);
	});

	it('reads LF line ends, empty cells and a last line without a line end', () => {
		expect(parseCsv('a;;c\n;x')).toEqual([
			['a', '', 'c'],
			['', 'x']
		]);
	});

	it('refuses a quote that is never closed', () => {
		expect(parseCsv('a;"b\r\n')).toBeNull();
	});
});

describe('peopleToCsv', () => {
	it('writes a header and one row per person, with help topics and flags', () => {
		const anna = makePerson(1, {
			name: 'Anna',
			helpsWith: ['shopping', 'garden'],
			phone: '+49 40 123',
			deceased: true
		});
		const [header, row] = parseCsv(peopleToCsv([anna])) ?? [];
		expect(header?.slice(0, 5)).toEqual(['id', 'name', 'kind', 'area', 'closeness']);
		expect(row?.slice(0, 6)).toEqual([
			testId(1),
			'Anna',
			'person',
			'family',
			'1',
			'shopping,garden'
		]);
		expect(row).toContain("'+49 40 123");
		expect(row?.[header?.indexOf('deceased') ?? -1]).toBe('true');
	});
});

describe('tiesToCsv', () => {
	it('writes both ids and both names', () => {
		const people = [makePerson(1, { name: 'Anna' }), makePerson(2, { name: 'Ben' })];
		const [, row] = parseCsv(tiesToCsv(ties([1, 2]), people)) ?? [];
		expect(row).toEqual([testId(1), testId(2), 'Anna', 'Ben']);
	});
});

describe('reading CSV back', () => {
	it('gives the same people and ties for any network (property)', () => {
		fc.assert(
			fc.property(networkArbitrary, ({ people, ties }) => {
				const readPeople = peopleFromCsv(peopleToCsv(people));
				const readTies = tiesFromCsv(tiesToCsv(ties, people));
				expect(readPeople).toEqual({ ok: true, value: people });
				expect(readTies).toEqual({ ok: true, value: ties });
			}),
			{ numRuns: 200 }
		);
	});

	it('accepts the columns in another order and ignores extra columns', () => {
		const anna = makePerson(1, { name: 'Anna' });
		const rows = parseCsv(peopleToCsv([anna])) ?? [];
		const swapped = rows.map((row) => ['extra', ...row.slice().reverse()]);
		expect(peopleFromCsv(toCsv(swapped))).toEqual({ ok: true, value: [anna] });
	});

	it('refuses an empty file, a missing column, a bad value and a repeated id', () => {
		const csv = peopleToCsv([makePerson(1)]);
		expect(peopleFromCsv('\uFEFF')).toEqual({ ok: false, error: 'empty' });
		expect(peopleFromCsv('id;name\r\nx;y\r\n')).toEqual({ ok: false, error: 'wrong-shape' });
		expect(peopleFromCsv(csv.replace(';family;', ';Familie;'))).toEqual({
			ok: false,
			error: 'wrong-shape'
		});
		const twice = peopleToCsv([makePerson(1), makePerson(1)]);
		expect(peopleFromCsv(twice)).toEqual({ ok: false, error: 'wrong-shape' });
		expect(tiesFromCsv(`a;b\r\n${testId(2)};${testId(1)}\r\n`)).toEqual({
			ok: false,
			error: 'wrong-shape'
		});
	});

	it('refuses a CSV with more rows than allowed', () => {
		const rows = [['a', 'b'], ...Array.from({ length: 50_001 }, () => [testId(1), testId(2)])];
		expect(tiesFromCsv(toCsv(rows))).toEqual({ ok: false, error: 'too-large' });
	});
});

import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
	checkEmail,
	checkerFor,
	checkUrl,
	fitting,
	isDate,
	isPlainObject,
	issueText,
	parseDate,
	present,
	quote
} from './check';

describe('the checks of the HSDS import', () => {
	it('say in plain German which field is missing, too long or of the wrong kind', () => {
		const schema = v.object({ name: v.pipe(v.string(), v.maxLength(3)), age: v.number() });
		const issues = (input: unknown) => {
			const result = v.safeParse(schema, input);
			return result.success ? [] : result.issues;
		};
		expect(issueText(issues({ age: 1 }))).toBe('„name“ fehlt.');
		expect(issueText(issues({ name: 'Anna', age: 1 }))).toBe(
			'„name“ ist zu lang (höchstens 3 Zeichen).'
		);
		expect(issueText(issues({ name: 'Ann', age: 'eins' }))).toBe('„age“ muss eine Zahl sein.');
		expect(issueText([])).toBe('Die Angaben sind ungültig.');
	});

	it('quote at most 60 characters of a value', () => {
		expect(quote('kurz')).toBe('kurz');
		expect(quote({ a: 1 })).toBe('{"a":1}');
		expect(quote('x'.repeat(100))).toHaveLength(58);
	});

	it('keep a note for every broken item and keep the others', () => {
		const notes: string[] = [];
		const check = checkerFor(notes);
		const items = check.items(
			[{ n: 1 }, { n: 'zwei' }, { n: 3 }],
			v.object({ n: v.number() }),
			'Zahl'
		);
		expect(items).toEqual([{ n: 1 }, { n: 3 }]);
		expect(notes).toEqual(['Zahl weggelassen: „n“ muss eine Zahl sein.']);
		expect(check.one(null, v.string(), 'Text')).toBeUndefined();
		expect(notes).toHaveLength(1);
	});

	it('take web links, e-mail addresses and texts that fit, and note the others', () => {
		const notes: string[] = [];
		const check = checkerFor(notes);
		expect(checkUrl('https://example.org/a', check)).toBe('https://example.org/a');
		expect(checkUrl('javascript:alert(1)', check)).toBeUndefined();
		expect(checkEmail('essen@lindenhof.example', check)).toBe('essen@lindenhof.example');
		expect(checkEmail('kein-at-zeichen', check)).toBeUndefined();
		expect(fitting('abc', 3, 'Der Name', check)).toBe('abc');
		expect(fitting('abcd', 3, 'Der Name', check)).toBeUndefined();
		expect(notes).toEqual([
			'Die Internet-Adresse „javascript:alert(1)“ ist nicht erlaubt – weggelassen.',
			'Die E-Mail-Adresse „kein-at-zeichen“ ist ungültig – weggelassen.',
			'Der Name ist zu lang (höchstens 3 Zeichen) – weggelassen.'
		]);
	});

	it('know days of the calendar, plain objects and blank texts', () => {
		expect(isDate('2026-02-28')).toBe(true);
		expect(isDate('2026-02-30')).toBe(false);
		expect(parseDate('2026-07-15T10:00:00Z')).toEqual({ year: 2026, month: 7, day: 15 });
		expect(parseDate('2026-13-01')).toBeNull();
		expect(isPlainObject({})).toBe(true);
		expect(isPlainObject(Object.create(null))).toBe(true);
		expect(isPlainObject([])).toBe(false);
		expect(isPlainObject(new Date())).toBe(false);
		expect(present('  Text ')).toBe('Text');
		expect(present('   ')).toBeUndefined();
	});
});

import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDay, formatList, formatNumber } from './format';

describe('formatDay', () => {
	it('writes a calendar day as that day in every time zone', () => {
		expect(formatDay('2026-11-30', 'de')).toBe('30. November 2026');
		expect(formatDay('2026-11-30', 'en')).toBe('November 30, 2026');
	});

	it('writes a moment as its day in the Quartier, not in UTC', () => {
		// 23:30 UTC is already the next day in Berlin.
		expect(formatDay('2026-11-30T23:30:00Z', 'de')).toBe('1. Dezember 2026');
		expect(formatDay('2026-11-30T23:30:00Z', 'de', 'UTC')).toBe('30. November 2026');
	});

	it('gives back text that is no date', () => {
		expect(formatDay('bald', 'de')).toBe('bald');
	});

	it('keeps Western digits in Arabic', () => {
		expect(formatDay('2026-11-30', 'ar-u-nu-latn')).toMatch(/30/);
	});
});

describe('formatDateTime', () => {
	it('counts the clock to 24 in English too', () => {
		expect(formatDateTime('2026-11-30T14:05:00Z', 'en', 'UTC')).toMatch(/14:05/);
	});

	it('gives a day-only stamp no time', () => {
		expect(formatDateTime('2026-11-30T00:00:00.000Z', 'de')).toBe('30. November 2026');
	});
});

describe('formatList and formatNumber', () => {
	it('joins names as the language does', () => {
		expect(formatList(['Anna', 'Ben', 'Carla'], 'de')).toBe('Anna, Ben und Carla');
		expect(formatList(['Anna', 'Ben'], 'tr')).toBe('Anna ve Ben');
	});

	it('writes numbers as the language does', () => {
		expect(formatNumber(1234.5, 'de')).toBe('1.234,5');
		expect(formatNumber(3, 'de', { style: 'currency', currency: 'EUR' })).toBe('3,00\u00a0€');
	});
});

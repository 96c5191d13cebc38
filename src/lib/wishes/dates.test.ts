import { describe, expect, it } from 'vitest';
import { formatDay } from './dates';

describe('formatDay', () => {
	it('writes the month as a word, in German and English', () => {
		expect(formatDay('2026-11-30', 'de-x-ls')).toBe('30. November 2026');
		expect(formatDay('2026-11-30', 'en')).toBe('November 30, 2026');
	});

	it('writes the month in Turkish, Arabic and Ukrainian, with Western digits', () => {
		expect(formatDay('2026-11-30', 'tr')).toBe('30 Kasım 2026');
		expect(formatDay('2026-11-30', 'ar')).toMatch(/^30 نوفمبر 2026/u);
		expect(formatDay('2026-11-30', 'uk')).toMatch(/^30 листопада 2026/u);
	});

	it('leaves an unreadable date as it is', () => {
		expect(formatDay('bald', 'de')).toBe('bald');
	});
});

import { describe, expect, it } from 'vitest';
import { snapshotDate } from './snapshot-date';

describe('snapshotDate', () => {
	it('writes day and time in the chosen language', () => {
		const taken = '2026-11-30T13:05:00.000Z';
		expect(snapshotDate(taken, 'de-x-ls', 'Europe/Berlin')).toBe('30. November 2026 um 14:05');
		expect(snapshotDate(taken, 'en', 'Europe/Berlin')).toContain('November 30, 2026');
		expect(snapshotDate(taken, 'tr', 'Europe/Berlin')).toContain('30 Kasım 2026');
		expect(snapshotDate(taken, 'uk', 'Europe/Berlin')).toContain('30 листопада 2026');
		const arabic = snapshotDate(taken, 'ar', 'Europe/Berlin');
		expect(arabic).toContain('نوفمبر');
		expect(arabic).toContain('14:05');
	});

	it('keeps Western digits in Arabic', () => {
		expect(snapshotDate('2026-11-30T13:05:00.000Z', 'ar', 'UTC')).not.toMatch(/[\u0660-\u0669]/u);
	});

	it('gives an imported day without a time', () => {
		expect(snapshotDate('2026-03-04T00:00:00.000Z', 'de', 'Europe/Berlin')).toBe('4. März 2026');
		expect(snapshotDate('2026-03-04T00:00:00.000Z', 'tr', 'Europe/Berlin')).toBe('4 Mart 2026');
	});
});

import { describe, expect, it } from 'vitest';
import { isPublicHoliday } from './holidays';
import { dayNumberOf } from './zoned-time';

const day = (iso: string) => {
	const [year, month, date] = iso.split('-').map(Number);
	return dayNumberOf({ year: year!, month: month!, day: date! });
};

describe('isPublicHoliday in Hamburg', () => {
	it.each([
		['2026-01-01', 'Neujahr'],
		['2026-04-03', 'Karfreitag 2026'],
		['2026-04-06', 'Ostermontag 2026'],
		['2026-05-01', 'Tag der Arbeit'],
		['2026-05-14', 'Christi Himmelfahrt 2026'],
		['2026-05-25', 'Pfingstmontag 2026'],
		['2026-10-03', 'Tag der Deutschen Einheit'],
		['2026-10-31', 'Reformationstag (Hamburg since 2018)'],
		['2026-12-25', '1. Weihnachtstag'],
		['2026-12-26', '2. Weihnachtstag'],
		['2027-03-26', 'Karfreitag 2027'],
		['2027-03-29', 'Ostermontag 2027'],
		['2027-05-06', 'Christi Himmelfahrt 2027'],
		['2027-05-17', 'Pfingstmontag 2027'],
		['2030-04-22', 'Ostermontag 2030'],
		['2035-03-26', 'Ostermontag 2035']
	])('%s is a holiday (%s)', (iso) => {
		expect(isPublicHoliday(day(iso))).toBe(true);
	});

	it.each([
		['2026-01-06', 'Heilige Drei Könige: only in other states'],
		['2026-06-04', 'Fronleichnam: not in Hamburg'],
		['2026-11-18', 'Buß- und Bettag: only in Sachsen'],
		['2026-12-24', 'Heiligabend: no public holiday'],
		['2026-12-31', 'Silvester: no public holiday'],
		['2026-04-05', 'Ostersonntag: a Sunday, but no extra holiday in Hamburg'],
		['2026-06-10', 'an ordinary Wednesday']
	])('%s is no holiday in Hamburg (%s)', (iso) => {
		expect(isPublicHoliday(day(iso))).toBe(false);
	});
});

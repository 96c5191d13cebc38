import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	dateOfDayNumber,
	dayNumberOf,
	daysInMonth,
	instantAt,
	offsetMinutesAt,
	wallClockAt,
	weekdayOfDayNumber
} from './zoned-time';

const BERLIN = 'Europe/Berlin';

describe('day numbers', () => {
	it('counts 1970-01-01 as day 0, a Thursday', () => {
		expect(dayNumberOf({ year: 1970, month: 1, day: 1 })).toBe(0);
		expect(weekdayOfDayNumber(0)).toBe('TH');
	});

	it('knows the weekdays of the 2026 switch days', () => {
		expect(weekdayOfDayNumber(dayNumberOf({ year: 2026, month: 3, day: 29 }))).toBe('SU');
		expect(weekdayOfDayNumber(dayNumberOf({ year: 2026, month: 10, day: 25 }))).toBe('SU');
	});

	it('gives weekdays for dates before 1970', () => {
		expect(weekdayOfDayNumber(dayNumberOf({ year: 1969, month: 12, day: 31 }))).toBe('WE');
	});

	it('turns a day number back into its date', () => {
		const date = { year: 2028, month: 2, day: 29 };
		expect(dateOfDayNumber(dayNumberOf(date))).toEqual(date);
	});

	it('knows the length of months, leap years included', () => {
		expect(daysInMonth(2026, 2)).toBe(28);
		expect(daysInMonth(2028, 2)).toBe(29);
		expect(daysInMonth(2026, 4)).toBe(30);
		expect(daysInMonth(2026, 12)).toBe(31);
	});
});

describe('wallClockAt', () => {
	it('reads winter time in Berlin as UTC plus one hour', () => {
		expect(wallClockAt(new Date('2026-01-14T11:00:00Z'), BERLIN)).toEqual({
			year: 2026,
			month: 1,
			day: 14,
			hour: 12,
			minute: 0,
			second: 0
		});
	});

	it('reads summer time in Berlin as UTC plus two hours', () => {
		expect(wallClockAt(new Date('2026-06-10T10:00:00Z'), BERLIN).hour).toBe(12);
	});

	it('jumps from 01:59 to 03:00 on the spring-forward day', () => {
		expect(wallClockAt(new Date('2026-03-29T00:59:59Z'), BERLIN)).toMatchObject({
			hour: 1,
			minute: 59
		});
		expect(wallClockAt(new Date('2026-03-29T01:00:00Z'), BERLIN)).toMatchObject({
			hour: 3,
			minute: 0
		});
	});

	it('shows 02:30 twice on the fall-back day', () => {
		expect(wallClockAt(new Date('2026-10-25T00:30:00Z'), BERLIN)).toMatchObject({
			hour: 2,
			minute: 30
		});
		expect(wallClockAt(new Date('2026-10-25T01:30:00Z'), BERLIN)).toMatchObject({
			hour: 2,
			minute: 30
		});
	});

	it('writes midnight as hour 0', () => {
		expect(wallClockAt(new Date('2026-06-09T22:00:00Z'), BERLIN)).toMatchObject({
			day: 10,
			hour: 0
		});
	});
});

describe('instantAt', () => {
	const clock = (month: number, day: number, hour: number, minute = 0) => ({
		year: 2026,
		month,
		day,
		hour,
		minute,
		second: 0
	});

	it('finds ordinary winter and summer times', () => {
		expect(instantAt(clock(1, 14, 12), BERLIN).toISOString()).toBe('2026-01-14T11:00:00.000Z');
		expect(instantAt(clock(6, 10, 12), BERLIN).toISOString()).toBe('2026-06-10T10:00:00.000Z');
	});

	it('moves a time in the skipped spring hour forward by the gap', () => {
		// 02:30 does not exist on 2026-03-29; read with winter time it is 03:30 summer time.
		expect(instantAt(clock(3, 29, 2, 30), BERLIN).toISOString()).toBe('2026-03-29T01:30:00.000Z');
	});

	it('reads the hours around the spring gap normally', () => {
		expect(instantAt(clock(3, 29, 1, 59), BERLIN).toISOString()).toBe('2026-03-29T00:59:00.000Z');
		expect(instantAt(clock(3, 29, 3, 0), BERLIN).toISOString()).toBe('2026-03-29T01:00:00.000Z');
	});

	it('takes the first of the two 02:30 on the fall-back day', () => {
		expect(instantAt(clock(10, 25, 2, 30), BERLIN).toISOString()).toBe('2026-10-25T00:30:00.000Z');
	});

	it('reads 03:00 on the fall-back day as winter time', () => {
		expect(instantAt(clock(10, 25, 3), BERLIN).toISOString()).toBe('2026-10-25T02:00:00.000Z');
	});

	it('works in zones west of UTC', () => {
		expect(instantAt(clock(6, 10, 12), 'America/New_York').toISOString()).toBe(
			'2026-06-10T16:00:00.000Z'
		);
	});

	it('returns every instant to itself, except the repeated fall-back hour', () => {
		const from = Date.UTC(2020, 0, 1);
		const to = Date.UTC(2031, 0, 1);
		fc.assert(
			fc.property(fc.integer({ min: from / 1000, max: to / 1000 }), (seconds) => {
				const instant = new Date(seconds * 1000);
				const back = instantAt(wallClockAt(instant, BERLIN), BERLIN).getTime();
				const repeated = back === instant.getTime() - 3_600_000;
				expect(back === instant.getTime() || repeated).toBe(true);
				if (repeated) expect(wallClockAt(instant, BERLIN).hour).toBe(2);
			})
		);
	});
});

describe('offsetMinutesAt', () => {
	it('gives +60 in winter and +120 in summer for Berlin', () => {
		expect(offsetMinutesAt(new Date('2026-01-14T11:00:00Z'), BERLIN)).toBe(60);
		expect(offsetMinutesAt(new Date('2026-06-10T10:00:00Z'), BERLIN)).toBe(120);
	});
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	describeSchedule,
	isOpenAt,
	isOpenOnDate,
	isOpenOnWeekday,
	isOpenToday,
	nextOpening,
	openingsOn,
	openUntil,
	toOffsetTime,
	type Schedule
} from './opening-hours';
import { dayNumberOf, wallClockAt, weekdayOfDayNumber, type Weekday } from './zoned-time';
import { isPublicHoliday } from './holidays';

const BERLIN = 'Europe/Berlin';
const at = (iso: string) => new Date(iso);

// 2026: Berlin is UTC+1 until 2026-03-29 01:00Z and from 2026-10-25 01:00Z, UTC+2 in between.
const lunchTable: Schedule = { freq: 'WEEKLY', byday: 'WE', opens_at: '12:00', closes_at: '14:00' };

describe('isOpenAt with no schedule', () => {
	it('says unknown, never closed, when there are no schedules', () => {
		expect(isOpenAt([], at('2026-06-10T10:00:00Z'))).toBe('unknown');
		expect(isOpenAt(null, at('2026-06-10T10:00:00Z'))).toBe('unknown');
		expect(isOpenAt(undefined, at('2026-06-10T10:00:00Z'))).toBe('unknown');
	});

	it('says unknown when the only schedule is a note without times', () => {
		const byAppointment = { description: 'Termine nach Absprache' };
		expect(isOpenAt([byAppointment], at('2026-06-10T10:00:00Z'))).toBe('unknown');
	});

	it('says unknown when the only schedule cannot be read', () => {
		const broken = { freq: 'WEEKLY', byday: 'WE', opens_at: '25:00', closes_at: '26:00' };
		expect(isOpenAt([broken], at('2026-06-10T10:00:00Z'))).toBe('unknown');
		const badDay = { freq: 'WEEKLY', byday: 'XY', opens_at: '12:00', closes_at: '14:00' };
		expect(isOpenAt([badDay], at('2026-06-10T10:00:00Z'))).toBe('unknown');
	});

	it('says unknown for times written with an offset, which belong in exports only', () => {
		const exported = { ...lunchTable, opens_at: '12:00+02:00', closes_at: '14:00+02:00' };
		expect(isOpenAt([exported], at('2026-06-10T10:30:00Z'))).toBe('unknown');
	});

	it('says unknown when all schedules ended before the day', () => {
		const old = { ...lunchTable, valid_to: '2025-12-31' };
		expect(isOpenAt([old], at('2026-06-10T10:00:00Z'))).toBe('unknown');
	});
});

describe('isOpenAt with weekly slots', () => {
	it('is open during the slot on its day in summer', () => {
		// Wednesday 2026-06-10, 12:00 and 13:59 in Berlin.
		expect(isOpenAt([lunchTable], at('2026-06-10T10:00:00Z'))).toBe('open');
		expect(isOpenAt([lunchTable], at('2026-06-10T11:59:59Z'))).toBe('open');
	});

	it('is open during the slot on its day in winter', () => {
		expect(isOpenAt([lunchTable], at('2026-01-14T11:30:00Z'))).toBe('open');
	});

	it('is closed just before opening and from the closing time on', () => {
		expect(isOpenAt([lunchTable], at('2026-06-10T09:59:59Z'))).toBe('closed');
		expect(isOpenAt([lunchTable], at('2026-06-10T12:00:00Z'))).toBe('closed');
	});

	it('is closed on other weekdays', () => {
		expect(isOpenAt([lunchTable], at('2026-06-11T10:30:00Z'))).toBe('closed');
	});

	it('handles several days and times with seconds', () => {
		const office = { freq: 'WEEKLY', byday: 'MO, th', opens_at: '09:00:00', closes_at: '12:30:00' };
		expect(isOpenAt([office], at('2026-06-08T07:00:00Z'))).toBe('open');
		expect(isOpenAt([office], at('2026-06-11T10:29:00Z'))).toBe('open');
		expect(isOpenAt([office], at('2026-06-11T10:30:00Z'))).toBe('closed');
		expect(isOpenAt([office], at('2026-06-09T08:00:00Z'))).toBe('closed');
	});

	it('combines several schedules of one offer', () => {
		const morning = { freq: 'WEEKLY', byday: 'TU', opens_at: '09:00', closes_at: '12:00' };
		const afternoon = { freq: 'WEEKLY', byday: 'TH', opens_at: '14:00', closes_at: '17:00' };
		expect(isOpenAt([morning, afternoon], at('2026-06-09T08:00:00Z'))).toBe('open');
		expect(isOpenAt([morning, afternoon], at('2026-06-11T13:00:00Z'))).toBe('open');
		expect(isOpenAt([morning, afternoon], at('2026-06-11T08:00:00Z'))).toBe('closed');
	});

	it('understands a weekly rule without freq', () => {
		const noFreq = { byday: 'WE', opens_at: '12:00', closes_at: '14:00' };
		expect(isOpenAt([noFreq], at('2026-06-10T10:30:00Z'))).toBe('open');
	});

	it('counts every second week from dtstart', () => {
		const fortnightly = { ...lunchTable, interval: 2, dtstart: '2026-06-03' };
		expect(isOpenAt([fortnightly], at('2026-06-03T10:30:00Z'))).toBe('open');
		expect(isOpenAt([fortnightly], at('2026-06-10T10:30:00Z'))).toBe('closed');
		expect(isOpenAt([fortnightly], at('2026-06-17T10:30:00Z'))).toBe('open');
		expect(isOpenAt([fortnightly], at('2026-05-27T10:30:00Z'))).toBe('closed');
	});

	it('counts weeks from the week start given in wkst', () => {
		// dtstart is Sunday 2026-06-07; the Monday after is in the same week only if weeks start on Sunday.
		const base = {
			byday: 'MO,SU',
			interval: 2,
			dtstart: '2026-06-07',
			opens_at: '10:00',
			closes_at: '12:00'
		};
		const monday = at('2026-06-08T08:30:00Z');
		expect(isOpenAt([{ ...base, wkst: 'MO' }], monday)).toBe('closed');
		expect(isOpenAt([{ ...base, wkst: '' }], monday)).toBe('closed');
		expect(isOpenAt([{ ...base, wkst: 'SU' }], monday)).toBe('open');
	});

	it('skips a second-week rule that has no date to count from', () => {
		expect(isOpenAt([{ ...lunchTable, interval: 2 }], at('2026-06-03T10:30:00Z'))).toBe('unknown');
	});

	it('repeats on the weekday of dtstart when byday is missing', () => {
		const fromStart = {
			freq: 'WEEKLY',
			dtstart: '2026-06-03',
			opens_at: '12:00',
			closes_at: '14:00'
		};
		expect(isOpenAt([fromStart], at('2026-06-10T10:30:00Z'))).toBe('open');
		expect(isOpenAt([fromStart], at('2026-06-11T10:30:00Z'))).toBe('closed');
	});

	it('ends the recurrence after until', () => {
		const ending = { ...lunchTable, until: '2026-06-10' };
		expect(isOpenAt([ending], at('2026-06-10T10:30:00Z'))).toBe('open');
		expect(isOpenAt([ending], at('2026-06-17T10:30:00Z'))).toBe('closed');
	});
});

describe('isOpenAt with monthly rules', () => {
	const repairCafe = { freq: 'MONTHLY', byday: '1SA', opens_at: '10:00', closes_at: '13:00' };
	const lastFriday = { freq: 'MONTHLY', byday: '-1FR', opens_at: '16:00', closes_at: '19:00' };

	it('opens on the first Saturday of a month', () => {
		expect(isOpenAt([repairCafe], at('2026-03-07T09:30:00Z'))).toBe('open');
		expect(isOpenAt([repairCafe], at('2026-08-01T08:30:00Z'))).toBe('open');
	});

	it('stays closed on the other Saturdays', () => {
		expect(isOpenAt([repairCafe], at('2026-03-14T09:30:00Z'))).toBe('closed');
		expect(isOpenAt([repairCafe], at('2026-08-08T08:30:00Z'))).toBe('closed');
		expect(isOpenAt([repairCafe], at('2026-02-28T09:30:00Z'))).toBe('closed');
	});

	it('opens on the last Friday of a month with five Fridays', () => {
		// January 2026 has Fridays 2, 9, 16, 23 and 30.
		expect(isOpenAt([lastFriday], at('2026-01-30T15:30:00Z'))).toBe('open');
		expect(isOpenAt([lastFriday], at('2026-01-23T15:30:00Z'))).toBe('closed');
	});

	it('opens on the last Friday of a month with four Fridays', () => {
		// February 2026 has Fridays 6, 13, 20 and 27.
		expect(isOpenAt([lastFriday], at('2026-02-27T15:30:00Z'))).toBe('open');
		expect(isOpenAt([lastFriday], at('2026-02-20T15:30:00Z'))).toBe('closed');
	});

	it('tells the fourth Friday from the last one', () => {
		const fourthFriday = { ...lastFriday, byday: '4FR' };
		expect(isOpenAt([fourthFriday], at('2026-01-23T15:30:00Z'))).toBe('open');
		expect(isOpenAt([fourthFriday], at('2026-01-30T15:30:00Z'))).toBe('closed');
		expect(isOpenAt([fourthFriday], at('2026-02-27T15:30:00Z'))).toBe('open');
	});

	it('reads ordinals without freq as monthly', () => {
		const noFreq = { byday: '1SA', opens_at: '10:00', closes_at: '13:00' };
		expect(isOpenAt([noFreq], at('2026-03-07T09:30:00Z'))).toBe('open');
		expect(isOpenAt([noFreq], at('2026-03-14T09:30:00Z'))).toBe('closed');
	});

	it('handles the first and third Saturday together', () => {
		const twice = { ...repairCafe, byday: '1SA,3SA' };
		expect(isOpenAt([twice], at('2026-03-21T09:30:00Z'))).toBe('open');
		expect(isOpenAt([twice], at('2026-03-28T09:30:00Z'))).toBe('closed');
	});

	it('opens on a day of the month and on the last day', () => {
		const midMonth = {
			freq: 'MONTHLY',
			bymonthday: '15,-1',
			opens_at: '10:00',
			closes_at: '12:00'
		};
		expect(isOpenAt([midMonth], at('2026-06-15T08:30:00Z'))).toBe('open');
		expect(isOpenAt([midMonth], at('2026-06-30T08:30:00Z'))).toBe('open');
		expect(isOpenAt([midMonth], at('2026-02-28T09:30:00Z'))).toBe('open');
		expect(isOpenAt([midMonth], at('2026-06-16T08:30:00Z'))).toBe('closed');
	});

	it('skips day 31 in shorter months', () => {
		const day31 = { freq: 'MONTHLY', bymonthday: 31, opens_at: '10:00', closes_at: '12:00' };
		expect(isOpenAt([day31], at('2026-07-31T08:30:00Z'))).toBe('open');
		expect(isOpenAt([day31], at('2026-06-30T08:30:00Z'))).toBe('closed');
	});

	it('counts every second month from dtstart', () => {
		const everyOther = { ...repairCafe, interval: 2, dtstart: '2026-03-01' };
		expect(isOpenAt([everyOther], at('2026-03-07T09:30:00Z'))).toBe('open');
		expect(isOpenAt([everyOther], at('2026-04-04T08:30:00Z'))).toBe('closed');
		expect(isOpenAt([everyOther], at('2026-05-02T08:30:00Z'))).toBe('open');
	});
});

describe('isOpenAt with validity ranges and closures', () => {
	const usual = {
		freq: 'WEEKLY',
		byday: 'TU',
		opens_at: '09:00',
		closes_at: '17:00',
		valid_to: '2026-06-30'
	};
	const summer = {
		freq: 'WEEKLY',
		byday: 'TU',
		opens_at: '10:00',
		closes_at: '14:00',
		valid_from: '2026-07-01',
		valid_to: '2026-08-31'
	};

	it('uses each schedule only within its valid dates', () => {
		expect(isOpenAt([usual, summer], at('2026-06-30T07:30:00Z'))).toBe('open');
		expect(isOpenAt([usual, summer], at('2026-07-07T07:30:00Z'))).toBe('closed');
		expect(isOpenAt([usual, summer], at('2026-07-07T09:00:00Z'))).toBe('open');
	});

	it('says unknown after the last valid date', () => {
		expect(isOpenAt([usual, summer], at('2026-09-01T09:00:00Z'))).toBe('unknown');
	});

	it('includes both the first and the last valid day', () => {
		const oneWeek = { ...usual, valid_from: '2026-06-09', valid_to: '2026-06-09' };
		expect(isOpenAt([oneWeek], at('2026-06-09T08:00:00Z'))).toBe('open');
		expect(isOpenAt([oneWeek], at('2026-06-16T08:00:00Z'))).toBe('unknown');
	});

	const weekdays = {
		freq: 'WEEKLY',
		byday: 'MO,TU,WE,TH,FR',
		opens_at: '09:00',
		closes_at: '17:00'
	};
	const christmas = {
		valid_from: '2026-12-24',
		valid_to: '2026-12-26',
		description: 'Geschlossen: Weihnachten'
	};

	it('closes whole days covered by a closure', () => {
		expect(isOpenAt([weekdays, christmas], at('2026-12-23T10:00:00Z'))).toBe('open');
		expect(isOpenAt([weekdays, christmas], at('2026-12-24T10:00:00Z'))).toBe('closed');
		expect(isOpenAt([weekdays, christmas], at('2026-12-25T10:00:00Z'))).toBe('closed');
		expect(isOpenAt([weekdays, christmas], at('2026-12-28T10:00:00Z'))).toBe('open');
	});

	it('reads the closure word from notes too, in any case', () => {
		const closed = { valid_from: '2026-12-24', valid_to: '2026-12-24', notes: 'GESCHLOSSEN' };
		expect(isOpenAt([weekdays, closed], at('2026-12-24T10:00:00Z'))).toBe('closed');
	});

	it('closes a recurring day such as the last Friday', () => {
		const closedLastFriday = { freq: 'MONTHLY', byday: '-1FR', notes: 'geschlossen' };
		expect(isOpenAt([weekdays, closedLastFriday], at('2026-02-27T10:00:00Z'))).toBe('closed');
		expect(isOpenAt([weekdays, closedLastFriday], at('2026-02-20T10:00:00Z'))).toBe('open');
	});

	it('says closed for a closure alone, even without openings', () => {
		const temporarilyClosed = { description: 'Geschlossen wegen Umbau', valid_to: '2026-09-30' };
		expect(isOpenAt([temporarilyClosed], at('2026-06-10T10:00:00Z'))).toBe('closed');
		expect(isOpenAt([temporarilyClosed], at('2026-10-10T10:00:00Z'))).toBe('unknown');
	});

	it('does not treat a note without the closure word as a closure', () => {
		const note = { valid_from: '2026-12-24', valid_to: '2026-12-24', notes: 'Bitte anrufen' };
		expect(isOpenAt([weekdays, note], at('2026-12-24T10:00:00Z'))).toBe('open');
	});

	it('ignores the closure word when the schedule has times', () => {
		const withTimes = { ...weekdays, description: 'Geschlossen an Feiertagen' };
		expect(isOpenAt([withTimes], at('2026-12-24T10:00:00Z'))).toBe('open');
	});
});

describe('isOpenAt with 24 hours and slots over midnight', () => {
	it('is open all day and night with 00:00 to 24:00', () => {
		const always = { opens_at: '00:00', closes_at: '24:00' };
		// 2 January: New Year's Day is a holiday, when a schedule without a word of it is closed.
		for (const iso of ['2026-06-09T22:00:00Z', '2026-06-10T21:59:59Z', '2026-01-02T00:00:00Z']) {
			expect(isOpenAt([always], at(iso))).toBe('open');
		}
	});

	it('reads 23:59 as until midnight', () => {
		const always = { opens_at: '00:00', closes_at: '23:59' };
		// 23:59:30 in Berlin.
		expect(isOpenAt([always], at('2026-06-10T21:59:30Z'))).toBe('open');
	});

	it('reads equal opening and closing times as 24 hours', () => {
		const always = { opens_at: '00:00', closes_at: '00:00' };
		expect(isOpenAt([always], at('2026-06-10T21:59:30Z'))).toBe('open');
	});

	it('is open 24 hours only on the given day', () => {
		const saturday = { freq: 'WEEKLY', byday: 'SA', opens_at: '00:00', closes_at: '24:00' };
		expect(isOpenAt([saturday], at('2026-06-12T21:59:59Z'))).toBe('closed');
		expect(isOpenAt([saturday], at('2026-06-12T22:00:00Z'))).toBe('open');
		expect(isOpenAt([saturday], at('2026-06-13T21:59:59Z'))).toBe('open');
		expect(isOpenAt([saturday], at('2026-06-13T22:00:00Z'))).toBe('closed');
	});

	const lateNight = { freq: 'WEEKLY', byday: 'FR', opens_at: '22:00', closes_at: '02:00' };

	it('stays open after midnight when closing is earlier than opening', () => {
		// Friday 2026-06-12 22:00 to Saturday 02:00 in Berlin.
		expect(isOpenAt([lateNight], at('2026-06-12T20:00:00Z'))).toBe('open');
		expect(isOpenAt([lateNight], at('2026-06-12T22:30:00Z'))).toBe('open');
		expect(isOpenAt([lateNight], at('2026-06-12T23:59:59Z'))).toBe('open');
	});

	it('closes at the given time on the next morning', () => {
		expect(isOpenAt([lateNight], at('2026-06-13T00:00:00Z'))).toBe('closed');
		expect(isOpenAt([lateNight], at('2026-06-12T19:59:59Z'))).toBe('closed');
	});

	it('does not open after midnight on the slot day itself', () => {
		// Friday 01:00 belongs to no slot: the Thursday has none.
		expect(isOpenAt([lateNight], at('2026-06-11T23:00:00Z'))).toBe('closed');
	});
});

describe('isOpenAt on the spring-forward day (2026-03-29, 02:00 becomes 03:00)', () => {
	const sunday = (opens_at: string, closes_at: string): Schedule => ({
		freq: 'WEEKLY',
		byday: 'SU',
		opens_at,
		closes_at
	});

	it('is open across the gap: 01:00 to 04:00 lasts two hours', () => {
		const slot = sunday('01:00', '04:00');
		expect(isOpenAt([slot], at('2026-03-29T00:00:00Z'))).toBe('open');
		expect(isOpenAt([slot], at('2026-03-29T01:30:00Z'))).toBe('open');
		expect(isOpenAt([slot], at('2026-03-29T01:59:59Z'))).toBe('open');
		expect(isOpenAt([slot], at('2026-03-29T02:00:00Z'))).toBe('closed');
	});

	it('never opens a slot that lies inside the missing hour', () => {
		const slot = sunday('02:00', '03:00');
		expect(isOpenAt([slot], at('2026-03-29T00:59:59Z'))).toBe('closed');
		expect(isOpenAt([slot], at('2026-03-29T01:00:00Z'))).toBe('closed');
		expect(openingsOn([slot], { year: 2026, month: 3, day: 29 })).toEqual([]);
	});

	it('opens a slot that starts in the missing hour one hour later', () => {
		const slot = sunday('02:30', '05:00');
		expect(isOpenAt([slot], at('2026-03-29T01:29:59Z'))).toBe('closed');
		expect(isOpenAt([slot], at('2026-03-29T01:30:00Z'))).toBe('open');
		expect(nextOpening([slot], at('2026-03-29T00:00:00Z'))?.toISOString()).toBe(
			'2026-03-29T01:30:00.000Z'
		);
	});

	it('keeps a night slot from Saturday open through the switch', () => {
		const night = { freq: 'WEEKLY', byday: 'SA', opens_at: '22:00', closes_at: '06:00' };
		expect(isOpenAt([night], at('2026-03-29T01:30:00Z'))).toBe('open');
		expect(isOpenAt([night], at('2026-03-29T03:59:59Z'))).toBe('open');
		expect(isOpenAt([night], at('2026-03-29T04:00:00Z'))).toBe('closed');
	});

	it('keeps usual daytime hours on summer time', () => {
		const slot = sunday('10:00', '12:00');
		expect(isOpenAt([slot], at('2026-03-29T07:59:59Z'))).toBe('closed');
		expect(isOpenAt([slot], at('2026-03-29T08:00:00Z'))).toBe('open');
	});
});

describe('isOpenAt on the fall-back day (2026-10-25, 03:00 becomes 02:00)', () => {
	const sunday = (opens_at: string, closes_at: string): Schedule => ({
		freq: 'WEEKLY',
		byday: 'SU',
		opens_at,
		closes_at
	});

	it('is open during both runs of the repeated hour for 02:00 to 03:00', () => {
		const slot = sunday('02:00', '03:00');
		expect(isOpenAt([slot], at('2026-10-24T23:59:59Z'))).toBe('closed');
		expect(isOpenAt([slot], at('2026-10-25T00:30:00Z'))).toBe('open');
		expect(isOpenAt([slot], at('2026-10-25T01:30:00Z'))).toBe('open');
		expect(isOpenAt([slot], at('2026-10-25T02:00:00Z'))).toBe('closed');
	});

	it('ends a slot at the first of two equal closing times', () => {
		const night = { freq: 'WEEKLY', byday: 'SA', opens_at: '22:00', closes_at: '02:30' };
		expect(isOpenAt([night], at('2026-10-25T00:15:00Z'))).toBe('open');
		expect(isOpenAt([night], at('2026-10-25T00:30:00Z'))).toBe('closed');
		// The clock shows 02:15 again, but the slot has already ended.
		expect(isOpenAt([night], at('2026-10-25T01:15:00Z'))).toBe('closed');
	});

	it('keeps usual daytime hours on winter time', () => {
		const slot = sunday('09:00', '17:00');
		expect(isOpenAt([slot], at('2026-10-25T07:59:59Z'))).toBe('closed');
		expect(isOpenAt([slot], at('2026-10-25T08:00:00Z'))).toBe('open');
		expect(isOpenAt([slot], at('2026-10-25T15:59:59Z'))).toBe('open');
		expect(isOpenAt([slot], at('2026-10-25T16:00:00Z'))).toBe('closed');
	});

	it('is open for 25 hours with 00:00 to 24:00 on that day', () => {
		const slot = sunday('00:00', '24:00');
		expect(isOpenAt([slot], at('2026-10-24T22:00:00Z'))).toBe('open');
		expect(isOpenAt([slot], at('2026-10-25T22:59:59Z'))).toBe('open');
		expect(isOpenAt([slot], at('2026-10-25T23:00:00Z'))).toBe('closed');
	});
});

describe('isOpenAt in other time zones', () => {
	it('evaluates local times in the zone it is given', () => {
		expect(isOpenAt([lunchTable], at('2026-06-10T16:30:00Z'), 'America/New_York')).toBe('open');
		expect(isOpenAt([lunchTable], at('2026-06-10T10:30:00Z'), 'America/New_York')).toBe('closed');
	});
});

describe('openingsOn', () => {
	const wednesday = { year: 2026, month: 6, day: 10 };

	it('lists the slots of a day', () => {
		expect(openingsOn([lunchTable], wednesday)).toEqual([{ opens: '12:00', closes: '14:00' }]);
	});

	it('lists nothing on a day without slots, or without schedules', () => {
		expect(openingsOn([lunchTable], { year: 2026, month: 6, day: 11 })).toEqual([]);
		expect(openingsOn([], wednesday)).toEqual([]);
	});

	it('sorts slots and merges those that overlap or touch', () => {
		const schedules = [
			{ byday: 'WE', opens_at: '15:00', closes_at: '17:00' },
			{ byday: 'WE', opens_at: '09:00', closes_at: '12:00' },
			{ byday: 'WE', opens_at: '11:00:00', closes_at: '12:30:00' },
			lunchTable
		];
		expect(openingsOn(schedules, wednesday)).toEqual([
			{ opens: '09:00', closes: '14:00' },
			{ opens: '15:00', closes: '17:00' }
		]);
	});

	it('writes the next morning time for a slot over midnight, on its first day only', () => {
		const lateNight = { byday: 'FR', opens_at: '22:00', closes_at: '02:00' };
		expect(openingsOn([lateNight], { year: 2026, month: 6, day: 12 })).toEqual([
			{ opens: '22:00', closes: '02:00' }
		]);
		expect(openingsOn([lateNight], { year: 2026, month: 6, day: 13 })).toEqual([]);
	});

	it('writes 24 hours as 00:00 to 24:00', () => {
		expect(openingsOn([{ opens_at: '00:00', closes_at: '23:59' }], wednesday)).toEqual([
			{ opens: '00:00', closes: '24:00' }
		]);
	});

	it('lists nothing on a closed day', () => {
		const closed = { valid_from: '2026-06-10', valid_to: '2026-06-10', notes: 'geschlossen' };
		expect(openingsOn([lunchTable, closed], wednesday)).toEqual([]);
	});
});

describe('nextOpening', () => {
	it('finds the next slot later the same week', () => {
		// Monday 2026-06-08 to Wednesday 12:00 in Berlin.
		expect(nextOpening([lunchTable], at('2026-06-08T08:00:00Z'))?.toISOString()).toBe(
			'2026-06-10T10:00:00.000Z'
		);
	});

	it('finds the next week while a slot is running', () => {
		expect(nextOpening([lunchTable], at('2026-06-10T10:30:00Z'))?.toISOString()).toBe(
			'2026-06-17T10:00:00.000Z'
		);
	});

	it('counts a slot that starts at this very instant', () => {
		expect(nextOpening([lunchTable], at('2026-06-10T10:00:00Z'))?.toISOString()).toBe(
			'2026-06-10T10:00:00.000Z'
		);
	});

	it('finds the next first Saturday across a month and the switch to summer time', () => {
		const repairCafe = { byday: '1SA', opens_at: '10:00', closes_at: '13:00' };
		expect(nextOpening([repairCafe], at('2026-03-08T12:00:00Z'))?.toISOString()).toBe(
			'2026-04-04T08:00:00.000Z'
		);
	});

	it('skips closed days', () => {
		const closed = { valid_from: '2026-06-10', valid_to: '2026-06-10', notes: 'geschlossen' };
		expect(nextOpening([lunchTable, closed], at('2026-06-08T08:00:00Z'))?.toISOString()).toBe(
			'2026-06-17T10:00:00.000Z'
		);
	});

	it('gives null when nothing opens within 62 days', () => {
		const later = { dtstart: '2026-09-01', opens_at: '10:00', closes_at: '12:00' };
		expect(nextOpening([later], at('2026-06-01T08:00:00Z'))).toBeNull();
		expect(nextOpening([later], at('2026-07-15T08:00:00Z'))?.toISOString()).toBe(
			'2026-09-01T08:00:00.000Z'
		);
	});

	it('gives null without schedules and for a place that never closes', () => {
		expect(nextOpening([], at('2026-06-01T08:00:00Z'))).toBeNull();
		const always = { opens_at: '00:00', closes_at: '24:00' };
		expect(nextOpening([always], at('2026-06-01T08:00:00Z'))).toBeNull();
	});
});

describe('openUntil', () => {
	it('gives the closing instant of the running slot', () => {
		expect(openUntil([lunchTable], at('2026-06-10T10:30:00Z'))?.toISOString()).toBe(
			'2026-06-10T12:00:00.000Z'
		);
	});

	it('follows slots that touch each other', () => {
		const morning = { byday: 'WE', opens_at: '09:00', closes_at: '12:00' };
		expect(openUntil([morning, lunchTable], at('2026-06-10T08:00:00Z'))?.toISOString()).toBe(
			'2026-06-10T12:00:00.000Z'
		);
	});

	it('gives the next morning for a slot over midnight', () => {
		const lateNight = { byday: 'FR', opens_at: '22:00', closes_at: '02:00' };
		expect(openUntil([lateNight], at('2026-06-12T23:00:00Z'))?.toISOString()).toBe(
			'2026-06-13T00:00:00.000Z'
		);
	});

	it('gives null when closed', () => {
		expect(openUntil([lunchTable], at('2026-06-10T13:00:00Z'))).toBeNull();
		expect(openUntil(null, at('2026-06-10T13:00:00Z'))).toBeNull();
	});
});

describe('isOpenToday, isOpenOnDate and isOpenOnWeekday', () => {
	it('says open today even after the slot has ended', () => {
		expect(isOpenToday([lunchTable], at('2026-06-10T18:00:00Z'))).toBe('open');
	});

	it('says closed today on a day without slots, unknown without schedules', () => {
		expect(isOpenToday([lunchTable], at('2026-06-11T10:00:00Z'))).toBe('closed');
		expect(isOpenToday([], at('2026-06-11T10:00:00Z'))).toBe('unknown');
	});

	it('uses the local day, not the UTC day', () => {
		// 23:30 UTC on Tuesday is already Wednesday 01:30 in Berlin.
		expect(isOpenToday([lunchTable], at('2026-06-09T23:30:00Z'))).toBe('open');
	});

	it('says closed on a closure day', () => {
		const closed = { valid_from: '2026-06-10', valid_to: '2026-06-10', notes: 'geschlossen' };
		expect(isOpenOnDate([lunchTable, closed], { year: 2026, month: 6, day: 10 })).toBe('closed');
	});

	it('looks at the coming such weekday, today included', () => {
		const monday = at('2026-06-08T08:00:00Z');
		expect(isOpenOnWeekday([lunchTable], 'WE', monday)).toBe('open');
		expect(isOpenOnWeekday([lunchTable], 'TH', monday)).toBe('closed');
		expect(isOpenOnWeekday([lunchTable], 'WE', at('2026-06-10T18:00:00Z'))).toBe('open');
	});

	it('answers for the coming date of a monthly rule', () => {
		const repairCafe = { byday: '1SA', opens_at: '10:00', closes_at: '13:00' };
		expect(isOpenOnWeekday([repairCafe], 'SA', at('2026-06-01T08:00:00Z'))).toBe('open');
		expect(isOpenOnWeekday([repairCafe], 'SA', at('2026-06-08T08:00:00Z'))).toBe('closed');
	});
});

describe('describeSchedule', () => {
	it('describes a weekly slot', () => {
		expect(describeSchedule(lunchTable)).toEqual({
			kind: 'weekly',
			days: ['WE'],
			interval: 1,
			opens: '12:00',
			closes: '14:00',
			allDay: false,
			overnight: false,
			closed: false
		});
	});

	it('lists weekdays from Monday to Sunday', () => {
		const description = describeSchedule({
			byday: 'SU,FR,MO',
			opens_at: '09:00',
			closes_at: '10:00'
		});
		expect(description).toMatchObject({ kind: 'weekly', days: ['MO', 'FR', 'SU'] });
	});

	it('describes the first Saturday and the last Friday of a month', () => {
		expect(
			describeSchedule({ freq: 'MONTHLY', byday: '1SA', opens_at: '10:00', closes_at: '13:00' })
		).toMatchObject({ kind: 'monthly', weekdays: [{ ordinal: 1, day: 'SA' }], monthDays: [] });
		expect(describeSchedule({ freq: 'MONTHLY', byday: '-1FR' })).toMatchObject({
			kind: 'monthly',
			weekdays: [{ ordinal: -1, day: 'FR' }]
		});
	});

	it('describes days of the month and every second week', () => {
		expect(describeSchedule({ freq: 'MONTHLY', bymonthday: '15' })).toMatchObject({
			kind: 'monthly',
			weekdays: [],
			monthDays: [15]
		});
		expect(describeSchedule({ ...lunchTable, interval: 2, dtstart: '2026-06-03' })).toMatchObject({
			kind: 'weekly',
			interval: 2
		});
	});

	it('marks 24 hours, slots over midnight and closures', () => {
		expect(describeSchedule({ opens_at: '00:00', closes_at: '24:00' })).toMatchObject({
			kind: 'daily',
			allDay: true,
			opens: '00:00',
			closes: '24:00'
		});
		expect(describeSchedule({ byday: 'FR', opens_at: '22:00', closes_at: '02:00' })).toMatchObject({
			overnight: true,
			closes: '02:00'
		});
		expect(
			describeSchedule({
				valid_from: '2026-12-24',
				valid_to: '2026-12-26',
				description: 'Geschlossen: Weihnachten'
			})
		).toMatchObject({
			kind: 'daily',
			closed: true,
			validFrom: '2026-12-24',
			validTo: '2026-12-26',
			text: 'Geschlossen: Weihnachten'
		});
	});

	it('describes a single day', () => {
		expect(
			describeSchedule({ dtstart: '2026-09-01', opens_at: '10:00', closes_at: '12:00' })
		).toMatchObject({ kind: 'once', date: '2026-09-01' });
	});

	it('says unknown for a schedule it cannot read, keeping its text', () => {
		expect(
			describeSchedule({
				byday: 'XX',
				opens_at: '10:00',
				closes_at: '12:00',
				notes: 'Siehe Aushang'
			})
		).toMatchObject({ kind: 'unknown', text: 'Siehe Aushang' });
	});
});

describe('toOffsetTime', () => {
	it('adds the summer and winter offsets of Berlin', () => {
		expect(toOffsetTime('12:00', { year: 2026, month: 6, day: 10 })).toBe('12:00+02:00');
		expect(toOffsetTime('12:00:00', { year: 2026, month: 1, day: 14 })).toBe('12:00:00+01:00');
	});

	it('uses the offset of the switch days at the right time', () => {
		expect(toOffsetTime('01:30', { year: 2026, month: 3, day: 29 })).toBe('01:30+01:00');
		expect(toOffsetTime('03:30', { year: 2026, month: 3, day: 29 })).toBe('03:30+02:00');
		// Skipped: the offset before the gap names the instant the slot really starts.
		expect(toOffsetTime('02:30', { year: 2026, month: 3, day: 29 })).toBe('02:30+01:00');
		// Repeated: the first occurrence, still on summer time.
		expect(toOffsetTime('02:30', { year: 2026, month: 10, day: 25 })).toBe('02:30+02:00');
		expect(toOffsetTime('03:30', { year: 2026, month: 10, day: 25 })).toBe('03:30+01:00');
	});

	it('writes Z for UTC and negative offsets west of it', () => {
		expect(toOffsetTime('12:00', { year: 2026, month: 6, day: 10 }, 'UTC')).toBe('12:00Z');
		expect(toOffsetTime('12:00', { year: 2026, month: 6, day: 10 }, 'America/New_York')).toBe(
			'12:00-04:00'
		);
	});

	it('refuses something that is not a local time', () => {
		expect(() => toOffsetTime('12 Uhr', { year: 2026, month: 6, day: 10 })).toThrow(RangeError);
	});
});

describe('isOpenAt properties', () => {
	const weekdayCodes: Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
	const from = Date.UTC(2025, 0, 1) / 1000;
	const to = Date.UTC(2028, 0, 1) / 1000;
	const pad = (n: number) => String(n).padStart(2, '0');
	const hhmm = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
	const slotArbitrary = fc
		.record({
			days: fc.uniqueArray(fc.constantFrom(...weekdayCodes), { minLength: 1, maxLength: 7 }),
			opens: fc.integer({ min: 0, max: 24 * 60 - 2 }),
			length: fc.integer({ min: 1, max: 24 * 60 })
		})
		.map(({ days, opens, length }) => ({
			days,
			opens,
			// Keep the slot within its day, and away from 23:59, which means midnight.
			closes: Math.min(opens + length, 24 * 60 - 2)
		}))
		.filter(({ opens, closes }) => closes > opens);

	function isSwitchDay(dayNumber: number, zone: string): boolean {
		// On a switch day the local clock skips or repeats times, so wall-clock reasoning breaks.
		const noon = (day: number) => new Date(day * 86_400_000 + 12 * 3_600_000);
		const startOffset = wallClockAt(noon(dayNumber - 1), zone).hour;
		return startOffset !== wallClockAt(noon(dayNumber + 1), zone).hour;
	}

	it('a weekly slot is open exactly between its local opening and closing on its days', () => {
		fc.assert(
			fc.property(
				slotArbitrary,
				fc.integer({ min: from, max: to }),
				fc.constantFrom(BERLIN, 'UTC', 'America/New_York', 'Asia/Kolkata'),
				({ days, opens, closes }, seconds, zone) => {
					const instant = new Date(seconds * 1000);
					const clock = wallClockAt(instant, zone);
					const day = dayNumberOf(clock);
					fc.pre(!isSwitchDay(day, zone) && !isPublicHoliday(day));
					const schedule = {
						freq: 'WEEKLY',
						byday: days.join(','),
						opens_at: hhmm(opens),
						closes_at: hhmm(closes)
					};
					const minute = clock.hour * 60 + clock.minute;
					const expected =
						days.includes(weekdayOfDayNumber(day)) && minute >= opens && minute < closes;
					expect(isOpenAt([schedule], instant, zone)).toBe(expected ? 'open' : 'closed');
				}
			),
			{ numRuns: 300 }
		);
	});

	it('is open at an instant exactly when openingsOn lists a slot around it', () => {
		fc.assert(
			fc.property(slotArbitrary, fc.integer({ min: from, max: to }), (slot, seconds) => {
				const instant = new Date(seconds * 1000);
				const clock = wallClockAt(instant, BERLIN);
				fc.pre(!isSwitchDay(dayNumberOf(clock), BERLIN));
				const schedule = {
					byday: slot.days.join(','),
					opens_at: hhmm(slot.opens),
					closes_at: hhmm(slot.closes)
				};
				const now = hhmm(clock.hour * 60 + clock.minute);
				const listed = openingsOn([schedule], clock).some(
					({ opens, closes }) => opens <= now && now < closes
				);
				expect(isOpenAt([schedule], instant) === 'open').toBe(listed);
			}),
			{ numRuns: 200 }
		);
	});
});

describe('public holidays', () => {
	// Weekdays 8:00–18:30, as the pharmacy and the doctor write them.
	const weekdays = {
		freq: 'WEEKLY',
		byday: 'MO,TU,WE,TH,FR',
		opens_at: '08:00',
		closes_at: '18:30'
	};
	const saturday = { freq: 'WEEKLY', byday: 'SA', opens_at: '09:00', closes_at: '13:00' };

	it.each([
		['2026-12-25T10:00:00Z', '1. Weihnachtstag, a Friday'],
		['2026-12-26T09:00:00Z', '2. Weihnachtstag, a Saturday'],
		['2027-03-26T10:00:00Z', 'Karfreitag 2027'],
		['2027-03-29T08:00:00Z', 'Ostermontag 2027, summer time'],
		['2026-05-14T10:00:00Z', 'Christi Himmelfahrt'],
		['2026-10-31T09:00:00Z', 'Reformationstag, a Saturday'],
		['2026-10-03T09:00:00Z', 'Tag der Deutschen Einheit, a Saturday']
	])('is closed on a holiday at %s (%s)', (iso) => {
		expect(isOpenAt([weekdays, saturday], at(iso))).toBe('closed');
		expect(isOpenToday([weekdays, saturday], at(iso))).toBe('closed');
	});

	it('is open the working day before and after a holiday', () => {
		expect(isOpenAt([weekdays], at('2026-12-24T10:00:00Z'))).toBe('open');
		expect(isOpenAt([weekdays], at('2026-12-28T10:00:00Z'))).toBe('open');
		// Fronleichnam is a holiday elsewhere in Germany, not in Hamburg.
		expect(isOpenAt([weekdays], at('2026-06-04T10:00:00Z'))).toBe('open');
	});

	it('opens on the next working day after Christmas', () => {
		expect(nextOpening([weekdays], at('2026-12-24T18:00:00Z'))?.toISOString()).toBe(
			'2026-12-28T07:00:00.000Z'
		);
	});

	it('keeps open what says it runs on holidays too', () => {
		const always = {
			freq: 'WEEKLY',
			byday: 'MO,TU,WE,TH,FR,SA,SU',
			opens_at: '00:00',
			closes_at: '24:00',
			description: 'Tag und Nacht'
		};
		const alsoHolidays = { ...weekdays, description: 'Auch an Feiertagen' };
		expect(isOpenAt([always], at('2026-12-25T03:00:00Z'))).toBe('open');
		expect(isOpenAt([alsoHolidays], at('2026-12-25T10:00:00Z'))).toBe('open');
	});

	it('reads an HSDS holiday schedule: open on holidays only, at its own times', () => {
		const holidayHours = { opens_at: '10:00', closes_at: '12:00', description: 'Feiertags' };
		const schedules = [weekdays, holidayHours];
		expect(isOpenAt(schedules, at('2026-12-25T09:30:00Z'))).toBe('open');
		expect(isOpenAt(schedules, at('2026-12-25T14:00:00Z'))).toBe('closed');
		// On a working day the holiday hours do not count; the weekday hours do.
		expect(isOpenAt(schedules, at('2026-12-23T14:00:00Z'))).toBe('open');
		expect(openingsOn(schedules, { year: 2026, month: 12, day: 23 })).toEqual([
			{ opens: '08:00', closes: '18:30' }
		]);
	});

	it('opens on a holiday for a schedule dated to that day', () => {
		const christmasMarket = { dtstart: '2026-12-26', opens_at: '11:00', closes_at: '16:00' };
		expect(isOpenAt([christmasMarket], at('2026-12-26T12:00:00Z'))).toBe('open');
	});
});

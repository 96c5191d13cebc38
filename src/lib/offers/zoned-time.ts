/**
 * Wall-clock time in an IANA time zone, computed with `Intl.DateTimeFormat` alone.
 *
 * Calendar dates are counted as "day numbers" (days since 1970-01-01 in the proleptic Gregorian
 * calendar), which makes date arithmetic independent of any time zone and of the device clock.
 */

/** A calendar date as people write it, with months counted from 1. */
export interface LocalDate {
	year: number;
	month: number;
	day: number;
}

/** A date and a time of day as a wall clock in some time zone shows them. */
export interface WallClock extends LocalDate {
	hour: number;
	minute: number;
	second: number;
}

/** RFC 5545 weekday codes, in the order of `Date.prototype.getUTCDay()` (Sunday first). */
export const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/** An RFC 5545 weekday code such as 'MO'. */
export type Weekday = (typeof WEEKDAYS)[number];

const DAY_MS = 86_400_000;

// Building a formatter is far slower than using one, and opening hours are checked for whole lists.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
	let formatter = formatters.get(zone);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat('en-US', {
			timeZone: zone,
			// 'h23' avoids engines that write midnight as hour 24.
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric'
		});
		formatters.set(zone, formatter);
	}
	return formatter;
}

/** Counts the days from 1970-01-01 to the given date. */
export function dayNumberOf(date: LocalDate): number {
	return Math.floor(Date.UTC(date.year, date.month - 1, date.day) / DAY_MS);
}

/** Turns a day number back into a calendar date. */
export function dateOfDayNumber(dayNumber: number): LocalDate {
	const utc = new Date(dayNumber * DAY_MS);
	return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
}

/** Says which weekday a day number falls on. */
export function weekdayOfDayNumber(dayNumber: number): Weekday {
	// 1970-01-01 was a Thursday (index 4).
	return WEEKDAYS[(((dayNumber + 4) % 7) + 7) % 7]!;
}

/** Counts the days in a month (1 = January). */
export function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Reads the wall clock of a time zone at an instant (seconds are kept, milliseconds dropped). */
export function wallClockAt(instant: Date, zone: string): WallClock {
	const key = `${zone}|${instant.getTime()}`;
	const known = clocks.get(key);
	if (known) return known;
	if (clocks.size >= CLOCKS_KEPT) clocks.clear();
	const clock = Object.freeze(readWallClock(instant, zone));
	clocks.set(key, clock);
	return clock;
}

// A list of offers asks for the same few instants (the start of today, of tomorrow, …) again and
// again, and each reading costs the engine far more than a look-up.
const CLOCKS_KEPT = 2000;
const clocks = new Map<string, Readonly<WallClock>>();

function readWallClock(instant: Date, zone: string): WallClock {
	const parts = formatterFor(zone).formatToParts(instant);
	const value = (type: Intl.DateTimeFormatPartTypes): number =>
		Number(parts.find((part) => part.type === type)?.value);
	return {
		year: value('year'),
		month: value('month'),
		day: value('day'),
		hour: value('hour') % 24,
		minute: value('minute'),
		second: value('second')
	};
}

function asUtcMs(clock: WallClock): number {
	return Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
}

function offsetMsAt(ms: number, zone: string): number {
	const whole = Math.floor(ms / 1000) * 1000;
	return asUtcMs(wallClockAt(new Date(whole), zone)) - whole;
}

/**
 * Finds the instant at which a time zone's wall clock shows the given date and time.
 *
 * Follows RFC 5545 (and Temporal's 'compatible' choice) on daylight-saving switch days: a time that
 * happens twice (fall-back) means its first occurrence; a time that does not exist (spring-forward)
 * is read with the offset in force before the gap, so 02:30 becomes 03:30 summer time.
 */
export function instantAt(clock: WallClock, zone: string): Date {
	const wanted = asUtcMs(clock);
	// Real offsets lie within ±14 hours, so a day either side is safely before and after any switch
	// near the wanted time; zones do not switch twice within two days.
	const before = offsetMsAt(wanted - DAY_MS, zone);
	const after = offsetMsAt(wanted + DAY_MS, zone);
	const matches = [...new Set([before, after])]
		.map((offset) => wanted - offset)
		.filter((candidate) => asUtcMs(wallClockAt(new Date(candidate), zone)) === wanted);
	if (matches.length > 0) return new Date(Math.min(...matches));
	return new Date(wanted - before);
}

/** Finds the instant at which a local date starts, plus some seconds (which may pass midnight). */
export function instantOnDay(dayNumber: number, seconds: number, zone: string): Date {
	const date = dateOfDayNumber(dayNumber + Math.floor(seconds / 86_400));
	const rest = seconds % 86_400;
	return instantAt(
		{
			...date,
			hour: Math.floor(rest / 3600),
			minute: Math.floor((rest % 3600) / 60),
			second: rest % 60
		},
		zone
	);
}

/** Says how far the wall clock is ahead of UTC at an instant, in minutes. */
export function offsetMinutesAt(instant: Date, zone: string): number {
	return Math.round(offsetMsAt(instant.getTime(), zone) / 60_000);
}

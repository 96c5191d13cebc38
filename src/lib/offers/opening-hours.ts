/**
 * "Is it open?" for Open Referral HSDS 3.0 `schedule` objects.
 *
 * Conventions (HSDS leaves them open; the catalogue team writes schedules this way):
 *
 * - Times are stored as local wall-clock times ('HH:MM' or 'HH:MM:SS', no offset) and evaluated in
 *   one IANA time zone, 'Europe/Berlin' unless told otherwise. HSDS's numeric `timezone` (a fixed
 *   UTC offset) is ignored, because a fixed offset is wrong for half of the year in Germany.
 *   Offsets are written only on export, with `toOffsetTime`.
 * - `valid_from` / `valid_to` (inclusive dates) limit when a schedule applies, e.g. summer hours.
 *   `dtstart` / `until` limit the recurrence itself; `dtstart` also anchors `interval`.
 * - A closure is a schedule with neither `opens_at` nor `closes_at` whose `description` or `notes`
 *   starts with "geschlossen" (or "closed"). It closes whole local days: every day it matches (by
 *   its validity range and, if given, its recurrence). Holidays: `valid_from`..`valid_to`; a
 *   recurring closed day: e.g. `freq: 'MONTHLY', byday: '-1FR'`. A closure wins over openings that
 *   start on the same day. A schedule without times and without that word (e.g. "nach Absprache")
 *   only informs people and is not evaluated.
 * - A slot belongs to the day it starts on. `closes_at` earlier than `opens_at` runs past midnight
 *   into the next day. '24:00', '23:59' and '23:59:59' all mean "until midnight", and equal times
 *   (such as '00:00'–'00:00') mean a full 24 hours.
 * - Without `freq`, `byday` with ordinals or `bymonthday` mean MONTHLY, other `byday` mean WEEKLY,
 *   a lone `dtstart` means that one day, and nothing at all means every day within the validity.
 * - A schedule we cannot read (bad time, a time with an offset, bad day code, an interval without
 *   an anchor date) is skipped rather than guessed at; on its own it leaves the answer 'unknown'.
 * - The answer is 'unknown' when no schedule says anything about the day in question, 'closed' when
 *   a closure covers the day or an opening schedule is valid on it but not running at that time.
 * - Public holidays (German and Hamburg ones, see `holidays.ts`) close an offer, unless a schedule
 *   says otherwise: a schedule whose text starts with "Feiertag(s)" / "An Feiertagen" / "holidays"
 *   runs on holidays only (an HSDS holiday schedule); one whose text says it runs also on holidays
 *   ("auch an Feiertagen", "rund um die Uhr", "Tag und Nacht") or that is dated to one day runs on
 *   holidays as on other days.
 * - Each schedule object is read once and the result kept (in a WeakMap), so treat schedules as
 *   immutable: change a schedule by replacing the object.
 */
import type { Schedule } from '$lib/db/offers-schema';
import { isPublicHoliday } from './holidays';
import {
	dateOfDayNumber,
	dayNumberOf,
	daysInMonth,
	instantOnDay,
	wallClockAt,
	weekdayOfDayNumber,
	WEEKDAYS,
	type LocalDate,
	type Weekday
} from './zoned-time';

export type { LocalDate, Weekday } from './zoned-time';

// The fields of an HSDS 3.0 schedule that decide when an offer is open, as an offer stores them.
export type { Schedule } from '$lib/db/offers-schema';

/** Whether an offer is open; 'unknown' when the catalogue says nothing about that time. */
export type OpenState = 'open' | 'closed' | 'unknown';

/** One opening on a day, as local wall-clock times ('HH:MM'; `closes` may be '24:00'). */
export interface Opening {
	opens: string;
	closes: string;
}

/** A weekday in a month: ordinal 1 is the first, -1 the last; no ordinal means every one. */
export interface MonthlyWeekday {
	ordinal?: number;
	day: Weekday;
}

/** What every described schedule says besides its recurrence. */
export interface DescriptionBase {
	/** 'HH:MM'; absent for closures and schedules without times. */
	opens?: string;
	/** 'HH:MM' or '24:00'. */
	closes?: string;
	/** True when the slot lasts the whole day (00:00 to 24:00). */
	allDay: boolean;
	/** True when the slot ends on the next day. */
	overnight: boolean;
	/** True for a closure: the matching days are closed. */
	closed: boolean;
	/** First and last day ('YYYY-MM-DD') the schedule applies; absent when open-ended. */
	validFrom?: string;
	validTo?: string;
	/** The free text of the schedule (description, else notes), for people to read. */
	text?: string;
}

/** The parts of a schedule that a sentence in words needs, e.g. "Jeden Mittwoch von 12 bis 14 Uhr". */
export type ScheduleDescription = DescriptionBase &
	(
		| { kind: 'daily'; interval: number }
		| { kind: 'weekly'; days: Weekday[]; interval: number }
		| { kind: 'monthly'; weekdays: MonthlyWeekday[]; monthDays: number[]; interval: number }
		| { kind: 'once'; date: string }
		| { kind: 'unknown' }
	);

type Rule =
	| { freq: 'DAILY'; interval: number; anchor?: number }
	| { freq: 'WEEKLY'; days: Set<Weekday>; interval: number; anchor?: number; wkst: Weekday }
	| {
			freq: 'MONTHLY';
			weekdays: MonthlyWeekday[];
			monthDays: number[];
			interval: number;
			anchor?: number;
	  }
	| { freq: 'ONCE'; day: number };

interface Parsed {
	use: 'opening' | 'closure' | 'info' | 'unreadable';
	rule?: Rule;
	/** Seconds after local midnight. */
	opens: number;
	/** Seconds after local midnight of the start day; more than a day for overnight slots. */
	closes: number;
	validFrom: number;
	validTo: number;
	start: number;
	until: number;
	/** Whether an opening runs on public holidays: not at all, as on other days, or only then. */
	holidays: 'skip' | 'also' | 'only';
}

const DAY_SECONDS = 86_400;
// The last minute or second of a day is what people write when they mean "until midnight".
const MIDNIGHT_ALIASES = new Set([DAY_SECONDS - 60, DAY_SECONDS - 1]);
const SEARCH_DAYS = 62;
const CLOSURE_WORDS = /^\s*(geschlossen|closed)\b/i;
const HOLIDAY_ONLY_WORDS = /^\s*(an\s+|on\s+)?(feiertag(en|s|e)?|(public\s+)?holidays?)\b/i;
const HOLIDAY_ALSO_WORDS =
	/\b(auch|sowie|und)\s+(an\s+)?(sonn-\s+und\s+)?feiertag|feiertags?\s+(auch\s+)?(offen|geöffnet)|\b(also|including|incl\.?)\s+(on\s+)?(public\s+)?holidays|rund um die uhr|tag und nacht|24 stunden|around the clock|24\/7/i;

function isBlank(value: string | null | undefined): boolean {
	return value === undefined || value === null || value.trim() === '';
}

function parseTime(value: string | null | undefined): number | null {
	const match = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value?.trim() ?? '');
	if (!match) return null;
	const [hours, minutes, seconds] = [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
	if (minutes > 59 || seconds > 59) return null;
	if (hours === 24) return minutes === 0 && seconds === 0 ? DAY_SECONDS : null;
	return hours > 23 ? null : hours * 3600 + minutes * 60 + seconds;
}

function parseDate(value: string | null | undefined): number | null {
	// Dates may come as full timestamps; only the calendar date counts.
	const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value?.trim() ?? '');
	if (!match) return null;
	const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
	if (date.month < 1 || date.month > 12 || date.day < 1) return null;
	if (date.day > daysInMonth(date.year, date.month)) return null;
	return dayNumberOf(date);
}

function isWeekday(value: string): value is Weekday {
	return (WEEKDAYS as readonly string[]).includes(value);
}

function parseByday(value: string): MonthlyWeekday[] | null {
	const entries: MonthlyWeekday[] = [];
	for (const token of value.split(',')) {
		const match = /^([+-]?\d{1,2})?([A-Z]{2})$/.exec(token.trim().toUpperCase());
		if (!match || !isWeekday(match[2]!)) return null;
		if (match[1] === undefined) {
			entries.push({ day: match[2] });
			continue;
		}
		const ordinal = Number(match[1]);
		if (ordinal === 0 || Math.abs(ordinal) > 5) return null;
		entries.push({ ordinal, day: match[2] });
	}
	return entries;
}

function parseMonthDays(value: string | number): number[] | null {
	const days: number[] = [];
	for (const token of String(value).split(',')) {
		if (!/^\s*[+-]?\d{1,2}\s*$/.test(token)) return null;
		const day = Number(token);
		if (day === 0 || Math.abs(day) > 31) return null;
		days.push(day);
	}
	return days;
}

function parseInterval(value: number | string | null | undefined): number | null {
	if (value === undefined || value === null || value === '') return 1;
	const interval = Number(value);
	return Number.isInteger(interval) && interval >= 1 ? interval : null;
}

function parseRule(schedule: Schedule): Rule | null {
	const freq = schedule.freq?.trim().toUpperCase() || undefined;
	const interval = parseInterval(schedule.interval);
	const start = parseDate(schedule.dtstart);
	const anchor = start ?? parseDate(schedule.valid_from) ?? undefined;
	const byday = isBlank(schedule.byday) ? [] : parseByday(schedule.byday!);
	const monthDays =
		schedule.bymonthday === undefined ||
		schedule.bymonthday === null ||
		String(schedule.bymonthday).trim() === ''
			? []
			: parseMonthDays(schedule.bymonthday);
	if (interval === null || byday === null || monthDays === null) return null;
	// Counting every second week or month needs a week or month to count from.
	if (interval > 1 && anchor === undefined) return null;

	const hasOrdinal = byday.some((entry) => entry.ordinal !== undefined);
	const kind =
		freq ??
		(hasOrdinal || monthDays.length > 0
			? 'MONTHLY'
			: byday.length > 0
				? 'WEEKLY'
				: start !== null
					? 'ONCE'
					: 'DAILY');

	if (kind === 'ONCE' && start !== null) return { freq: 'ONCE', day: start };
	if (kind === 'DAILY') return { freq: 'DAILY', interval, anchor };
	if (kind === 'WEEKLY') {
		const wkst = schedule.wkst?.trim().toUpperCase() || 'MO';
		if (hasOrdinal || !isWeekday(wkst)) return null;
		const days = new Set(byday.map((entry) => entry.day));
		// RFC 5545: without BYDAY a weekly rule repeats on the weekday of its start.
		if (days.size === 0) {
			if (start === null) return null;
			days.add(weekdayOfDayNumber(start));
		}
		return { freq: 'WEEKLY', days, interval, anchor, wkst };
	}
	if (kind === 'MONTHLY') {
		// RFC 5545: without BYDAY and BYMONTHDAY a monthly rule repeats on the day of its start.
		if (byday.length === 0 && monthDays.length === 0) {
			if (start === null) return null;
			monthDays.push(dateOfDayNumber(start).day);
		}
		return { freq: 'MONTHLY', weekdays: byday, monthDays, interval, anchor };
	}
	return null;
}

const parsedSchedules = new WeakMap<Schedule, Parsed>();

function parse(schedule: Schedule): Parsed {
	const cached = parsedSchedules.get(schedule);
	if (cached) return cached;
	const parsed = parseUncached(schedule);
	parsedSchedules.set(schedule, parsed);
	return parsed;
}

function parseUncached(schedule: Schedule): Parsed {
	const parsed: Parsed = {
		use: 'unreadable',
		opens: 0,
		closes: 0,
		validFrom: -Infinity,
		validTo: Infinity,
		start: -Infinity,
		until: Infinity,
		holidays: 'skip'
	};
	for (const [field, key] of [
		['valid_from', 'validFrom'],
		['valid_to', 'validTo'],
		['dtstart', 'start'],
		['until', 'until']
	] as const) {
		if (isBlank(schedule[field])) continue;
		const day = parseDate(schedule[field]);
		if (day === null) return parsed;
		parsed[key] = day;
	}

	const noTimes = isBlank(schedule.opens_at) && isBlank(schedule.closes_at);
	if (noTimes) {
		const isClosure =
			CLOSURE_WORDS.test(schedule.description ?? '') || CLOSURE_WORDS.test(schedule.notes ?? '');
		parsed.use = isClosure ? 'closure' : 'info';
	} else {
		const opens = parseTime(schedule.opens_at);
		const written = parseTime(schedule.closes_at);
		if (opens === null || written === null || opens === DAY_SECONDS) return parsed;
		const closes = MIDNIGHT_ALIASES.has(written) ? DAY_SECONDS : written;
		parsed.opens = opens;
		parsed.closes = closes > opens ? closes : closes + DAY_SECONDS;
		parsed.use = 'opening';
	}

	const rule = parseRule(schedule);
	if (!rule) {
		parsed.use = parsed.use === 'info' ? 'info' : 'unreadable';
		return parsed;
	}
	parsed.rule = rule;
	const texts = [schedule.description ?? '', schedule.notes ?? ''];
	if (texts.some((text) => HOLIDAY_ONLY_WORDS.test(text))) parsed.holidays = 'only';
	else if (rule.freq === 'ONCE' || texts.some((text) => HOLIDAY_ALSO_WORDS.test(text)))
		parsed.holidays = 'also';
	return parsed;
}

function monthIndex(dayNumber: number): number {
	const date = dateOfDayNumber(dayNumber);
	return date.year * 12 + date.month - 1;
}

function weekStart(dayNumber: number, wkst: Weekday): number {
	const offset = WEEKDAYS.indexOf(weekdayOfDayNumber(dayNumber)) - WEEKDAYS.indexOf(wkst);
	return dayNumber - ((offset + 7) % 7);
}

function matchesMonthly(rule: Extract<Rule, { freq: 'MONTHLY' }>, dayNumber: number): boolean {
	const date = dateOfDayNumber(dayNumber);
	const length = daysInMonth(date.year, date.month);
	if (rule.monthDays.length > 0) {
		const hit = rule.monthDays.some((day) => (day > 0 ? day : length + day + 1) === date.day);
		if (!hit) return false;
	}
	if (rule.weekdays.length === 0) return true;
	const weekday = weekdayOfDayNumber(dayNumber);
	const fromStart = Math.floor((date.day - 1) / 7) + 1;
	const fromEnd = -(Math.floor((length - date.day) / 7) + 1);
	return rule.weekdays.some(
		(entry) =>
			entry.day === weekday &&
			(entry.ordinal === undefined || entry.ordinal === fromStart || entry.ordinal === fromEnd)
	);
}

function matchesRule(rule: Rule, dayNumber: number): boolean {
	switch (rule.freq) {
		case 'ONCE':
			return dayNumber === rule.day;
		case 'DAILY':
			return rule.anchor === undefined || (dayNumber - rule.anchor) % rule.interval === 0;
		case 'WEEKLY': {
			if (!rule.days.has(weekdayOfDayNumber(dayNumber))) return false;
			if (rule.interval === 1 || rule.anchor === undefined) return true;
			const weeks = (weekStart(dayNumber, rule.wkst) - weekStart(rule.anchor, rule.wkst)) / 7;
			return weeks % rule.interval === 0;
		}
		case 'MONTHLY': {
			if (!matchesMonthly(rule, dayNumber)) return false;
			if (rule.interval === 1 || rule.anchor === undefined) return true;
			return (monthIndex(dayNumber) - monthIndex(rule.anchor)) % rule.interval === 0;
		}
	}
}

function isValidOn(parsed: Parsed, dayNumber: number): boolean {
	return dayNumber >= parsed.validFrom && dayNumber <= parsed.validTo;
}

function occursOn(parsed: Parsed, dayNumber: number): boolean {
	if (!parsed.rule || !isValidOn(parsed, dayNumber)) return false;
	if (dayNumber < parsed.start || dayNumber > parsed.until) return false;
	// Rules are matched only from their anchor on, so intervals never count backwards.
	const anchor = 'anchor' in parsed.rule ? parsed.rule.anchor : undefined;
	if (anchor !== undefined && dayNumber < anchor) return false;
	return matchesRule(parsed.rule, dayNumber);
}

function isClosedDay(schedules: readonly Schedule[], dayNumber: number): boolean {
	return schedules.some((schedule) => {
		const parsed = parse(schedule);
		return parsed.use === 'closure' && occursOn(parsed, dayNumber);
	});
}

// The catalogue knows about a day when a closure covers it or an opening schedule is valid on it.
function stateWhenNotOpen(schedules: readonly Schedule[], dayNumber: number): OpenState {
	const known = schedules.some((schedule) => {
		const parsed = parse(schedule);
		if (parsed.use === 'closure') return occursOn(parsed, dayNumber);
		return parsed.use === 'opening' && isValidOn(parsed, dayNumber);
	});
	return known ? 'closed' : 'unknown';
}

interface Slot {
	start: number;
	end: number;
	opens: number;
	closes: number;
}

function runsOnDay(parsed: Parsed, holiday: boolean): boolean {
	return holiday ? parsed.holidays !== 'skip' : parsed.holidays !== 'only';
}

function slotsStartingOn(schedules: readonly Schedule[], dayNumber: number, zone: string): Slot[] {
	if (isClosedDay(schedules, dayNumber)) return [];
	const holiday = isPublicHoliday(dayNumber);
	const slots: Slot[] = [];
	for (const schedule of schedules) {
		const parsed = parse(schedule);
		if (parsed.use !== 'opening' || !occursOn(parsed, dayNumber)) continue;
		if (!runsOnDay(parsed, holiday)) continue;
		const start = instantOnDay(dayNumber, parsed.opens, zone).getTime();
		const end = instantOnDay(dayNumber, parsed.closes, zone).getTime();
		// A slot inside the hour skipped in spring does not happen at all.
		if (end > start) slots.push({ start, end, opens: parsed.opens, closes: parsed.closes });
	}
	return slots;
}

function todayNumber(instant: Date, zone: string): number {
	return dayNumberOf(wallClockAt(instant, zone));
}

/** Says whether an offer is open at an instant, judged by the wall clock of the given time zone. */
export function isOpenAt(
	schedules: readonly Schedule[] | null | undefined,
	instant: Date,
	zone = 'Europe/Berlin'
): OpenState {
	if (!schedules || schedules.length === 0) return 'unknown';
	const now = instant.getTime();
	const today = todayNumber(instant, zone);
	// Slots last at most a day, so only yesterday's can still run into today.
	for (const day of [today - 1, today]) {
		for (const slot of slotsStartingOn(schedules, day, zone)) {
			if (slot.start <= now && now < slot.end) return 'open';
		}
	}
	return stateWhenNotOpen(schedules, today);
}

function formatTime(seconds: number): string {
	const hours = Math.floor(seconds / 3600);
	const minutes = Math.floor((seconds % 3600) / 60);
	return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** Lists the openings that start on a local date, merged where they overlap, earliest first. */
export function openingsOn(
	schedules: readonly Schedule[] | null | undefined,
	localDate: LocalDate,
	zone = 'Europe/Berlin'
): Opening[] {
	if (!schedules || schedules.length === 0) return [];
	const slots = slotsStartingOn(schedules, dayNumberOf(localDate), zone).sort(
		(a, b) => a.opens - b.opens || a.closes - b.closes
	);
	const merged: { opens: number; closes: number }[] = [];
	for (const slot of slots) {
		const last = merged.at(-1);
		if (last && slot.opens <= last.closes) last.closes = Math.max(last.closes, slot.closes);
		else merged.push({ opens: slot.opens, closes: slot.closes });
	}
	return merged.map(({ opens, closes }) => ({
		opens: formatTime(opens),
		// A slot past midnight is written with the next day's clock time; exactly 24 hours stays 24:00.
		closes: formatTime(closes > DAY_SECONDS ? closes - DAY_SECONDS : closes)
	}));
}

function slotsAround(
	schedules: readonly Schedule[],
	firstDay: number,
	lastDay: number,
	zone: string
): Slot[] {
	const slots: Slot[] = [];
	for (let day = firstDay; day <= lastDay; day++) {
		slots.push(...slotsStartingOn(schedules, day, zone));
	}
	return slots.sort((a, b) => a.start - b.start);
}

/** Finds when the offer next opens within 62 days after the instant, or null if it does not. */
export function nextOpening(
	schedules: readonly Schedule[] | null | undefined,
	instant: Date,
	zone = 'Europe/Berlin'
): Date | null {
	if (!schedules || schedules.length === 0) return null;
	const now = instant.getTime();
	const limit = now + SEARCH_DAYS * 86_400_000;
	const today = todayNumber(instant, zone);
	// The days are read one by one (a list asks this for every offer, and each day costs clock
	// readings): an opening found on an earlier day than the last one read is the answer, as
	// the slots of later days start later.
	const slots: Slot[] = [];
	let found: Slot | null = null;
	for (let day = today - 1; day <= today + SEARCH_DAYS; day++) {
		const earlier = slots.length;
		slots.push(...slotsStartingOn(schedules, day, zone));
		// A day without slots changes nothing: the last answer stands.
		if (slots.length > earlier) found = firstOpening(slots, now, limit);
		if (found && slots.indexOf(found) < earlier) break;
	}
	return found ? new Date(found.start) : null;
}

/** The earliest slot from now to the limit that is not only the continuation of another one. */
function firstOpening(slots: Slot[], now: number, limit: number): Slot | null {
	const sorted = [...slots].sort((a, b) => a.start - b.start);
	for (const slot of sorted) {
		if (slot.start < now || slot.start > limit) continue;
		// A slot that only continues an opening (24 hours every day) is not a new opening.
		const continues = slots.some((other) => other.start < slot.start && other.end >= slot.start);
		if (!continues) return slot;
	}
	return null;
}

/** Finds when an opening that runs at the instant ends (following joined slots), or null. */
export function openUntil(
	schedules: readonly Schedule[] | null | undefined,
	instant: Date,
	zone = 'Europe/Berlin'
): Date | null {
	if (!schedules || schedules.length === 0) return null;
	const now = instant.getTime();
	const today = todayNumber(instant, zone);
	// A week is enough to say "open until"; a place open around the clock gets a week's end.
	const slots = slotsAround(schedules, today - 1, today + 7, zone);
	let end: number | null = null;
	for (const slot of slots) {
		if (end === null) {
			if (slot.start <= now && now < slot.end) end = slot.end;
		} else if (slot.start <= end) {
			end = Math.max(end, slot.end);
		}
	}
	return end === null ? null : new Date(end);
}

/** Says whether the offer opens on a local date at all ('unknown' when nothing is known). */
export function isOpenOnDate(
	schedules: readonly Schedule[] | null | undefined,
	localDate: LocalDate,
	zone = 'Europe/Berlin'
): OpenState {
	if (!schedules || schedules.length === 0) return 'unknown';
	if (openingsOn(schedules, localDate, zone).length > 0) return 'open';
	return stateWhenNotOpen(schedules, dayNumberOf(localDate));
}

/** Says whether the offer opens on the local day of the instant (also after it closed again). */
export function isOpenToday(
	schedules: readonly Schedule[] | null | undefined,
	instant: Date,
	zone = 'Europe/Berlin'
): OpenState {
	return isOpenOnDate(schedules, wallClockAt(instant, zone), zone);
}

/** Says whether the offer opens on the next such weekday, counting the instant's own day. */
export function isOpenOnWeekday(
	schedules: readonly Schedule[] | null | undefined,
	weekday: Weekday,
	instant: Date,
	zone = 'Europe/Berlin'
): OpenState {
	const today = todayNumber(instant, zone);
	const ahead = (WEEKDAYS.indexOf(weekday) - WEEKDAYS.indexOf(weekdayOfDayNumber(today)) + 7) % 7;
	return isOpenOnDate(schedules, dateOfDayNumber(today + ahead), zone);
}

function formatDate(dayNumber: number): string | undefined {
	if (!Number.isFinite(dayNumber)) return undefined;
	const { year, month, day } = dateOfDayNumber(dayNumber);
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Breaks a schedule into parts that the interface can turn into an easy sentence. */
export function describeSchedule(schedule: Schedule): ScheduleDescription {
	const parsed = parse(schedule);
	const text = [schedule.description, schedule.notes].find((value) => !isBlank(value))?.trim();
	const base: DescriptionBase = {
		allDay: false,
		overnight: false,
		closed: parsed.use === 'closure'
	};
	if (parsed.use === 'opening') {
		base.opens = formatTime(parsed.opens);
		base.closes = formatTime(
			parsed.closes > DAY_SECONDS ? parsed.closes - DAY_SECONDS : parsed.closes
		);
		base.allDay = parsed.opens === 0 && parsed.closes === DAY_SECONDS;
		base.overnight = parsed.closes > DAY_SECONDS;
	}
	const validFrom = formatDate(parsed.validFrom);
	const validTo = formatDate(parsed.validTo);
	if (validFrom) base.validFrom = validFrom;
	if (validTo) base.validTo = validTo;
	if (text) base.text = text;

	const rule = parsed.rule;
	if (!rule || parsed.use === 'unreadable') return { ...base, kind: 'unknown' };
	switch (rule.freq) {
		case 'ONCE':
			return { ...base, kind: 'once', date: formatDate(rule.day)! };
		case 'DAILY':
			return { ...base, kind: 'daily', interval: rule.interval };
		case 'WEEKLY': {
			// Monday first, as German calendars show the week.
			const days = [...WEEKDAYS.slice(1), WEEKDAYS[0]].filter((day) => rule.days.has(day));
			return { ...base, kind: 'weekly', days, interval: rule.interval };
		}
		case 'MONTHLY':
			return {
				...base,
				kind: 'monthly',
				weekdays: rule.weekdays.map((entry) => ({ ...entry })),
				monthDays: [...rule.monthDays],
				interval: rule.interval
			};
	}
}

/** Writes a local time with the UTC offset it has on that date in the zone, for HSDS export. */
export function toOffsetTime(localTime: string, date: LocalDate, zone = 'Europe/Berlin'): string {
	const seconds = parseTime(localTime);
	if (seconds === null) throw new RangeError(`not a local time: ${localTime}`);
	const dayNumber = dayNumberOf(date);
	const instant = instantOnDay(dayNumber, seconds, zone).getTime();
	const wanted = Date.UTC(date.year, date.month - 1, date.day) + seconds * 1000;
	// For a time skipped in spring this yields the offset before the gap, which names the same instant.
	const offset = Math.round((wanted - instant) / 60_000);
	const sign = offset < 0 ? '-' : '+';
	const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
	const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
	return `${localTime.trim()}${offset === 0 ? 'Z' : `${sign}${hours}:${minutes}`}`;
}

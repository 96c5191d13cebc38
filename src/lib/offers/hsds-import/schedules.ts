/**
 * Schedules for the HSDS import's map stage, copied as local wall-clock times: a time with a UTC
 * offset of Berlin (+01:00, +02:00) is read as written; other offsets are turned into Berlin wall
 * time on the schedule's `dtstart` or `valid_from`, else on the reference date. The numeric
 * `timezone` field is ignored (see opening-hours.ts). `interval` becomes a number and
 * `bymonthday` text, whichever the feed wrote. `count`, `byweekno` and `byyearday` cannot be
 * evaluated, so such a schedule is left out and noted.
 */
import type { HsdsSchedule } from '../hsds';
import { describeSchedule, type Schedule } from '../opening-hours';
import { offsetMinutesAt, wallClockAt, type LocalDate } from '../zoned-time';
import { parseDate, present, quote, type Checker } from './check';
import type { MapContext } from './map';

const TIME = /^(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

function offsetOf(zoneText: string): number | null {
	if (zoneText.toUpperCase() === 'Z') return 0;
	const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(zoneText);
	if (!match) return null;
	const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
	return minutes > 14 * 60 ? null : (match[1] === '-' ? -1 : 1) * minutes;
}

function twoDigits(value: number): string {
	return String(value).padStart(2, '0');
}

/** Turns an HSDS time into a local 'HH:MM' (or 'HH:MM:SS') in the zone, or null if unreadable. */
export function localTime(value: string, day: LocalDate, zone: string): string | null {
	const match = TIME.exec(value.trim());
	if (!match) return null;
	const [hours, minutes] = [Number(match[1]), Number(match[2])];
	const seconds = match[3] === undefined ? undefined : Number(match[3]);
	if (minutes > 59 || (seconds ?? 0) > 59) return null;
	if (hours > 24 || (hours === 24 && (minutes > 0 || (seconds ?? 0) > 0))) return null;
	const wall = `${match[1]}:${match[2]}${seconds === undefined ? '' : `:${match[3]}`}`;
	if (match[4] === undefined) return wall;
	const offset = offsetOf(match[4]);
	if (offset === null) return null;
	// An offset the zone itself uses (CET or CEST) means the writer gave its wall-clock time.
	const year = day.year;
	const zoneOffsets = [0, 6].map((month) =>
		offsetMinutesAt(new Date(Date.UTC(year, month, 15, 12)), zone)
	);
	if (zoneOffsets.includes(offset)) return wall;
	const utc =
		Date.UTC(day.year, day.month - 1, day.day) +
		((hours * 60 + minutes - offset) * 60 + (seconds ?? 0)) * 1000;
	const clock = wallClockAt(new Date(utc), zone);
	return `${twoDigits(clock.hour)}:${twoDigits(clock.minute)}${seconds === undefined ? '' : `:${twoDigits(clock.second)}`}`;
}

const COPIED_FIELDS = [
	'id',
	'valid_from',
	'valid_to',
	'dtstart',
	'until',
	'wkst',
	'freq',
	'interval',
	'byday',
	'bymonthday',
	'description',
	'notes',
	'attending_type'
] as const satisfies readonly (keyof Schedule & keyof HsdsSchedule)[];

/** Copies schedules as local times; each schedule id is read once, broken ones are noted. */
export function readSchedules(
	schedules: HsdsSchedule[],
	context: MapContext,
	check: Checker
): Schedule[] {
	const result: Schedule[] = [];
	const ids = new Set<string>();
	for (const schedule of schedules) {
		const id = present(schedule.id);
		// Feeds often repeat the same schedule on the service and on its location.
		if (id !== undefined && ids.has(id)) continue;
		const local = readSchedule(schedule, context, check);
		if (!local) continue;
		if (id !== undefined) ids.add(id);
		result.push(local);
	}
	return result;
}

function scheduleName(schedule: HsdsSchedule): string {
	const words = present(schedule.description) ?? present(schedule.notes);
	return words ? ` „${quote(words)}“` : '';
}

function readSchedule(
	schedule: HsdsSchedule,
	context: MapContext,
	check: Checker
): Schedule | null {
	const unsupported = (['count', 'byweekno', 'byyearday'] as const).find(
		(field) =>
			schedule[field] !== undefined &&
			schedule[field] !== null &&
			String(schedule[field]).trim() !== ''
	);
	if (unsupported) {
		check.note(
			`Der Zeitplan${scheduleName(schedule)} nutzt „${unsupported}“. Das kann nahbei nicht lesen – Zeitplan weggelassen.`
		);
		return null;
	}
	// Only the listed fields are copied, each already checked for its type by HsdsScheduleSchema.
	const fields: Record<string, string | number> = {};
	for (const field of COPIED_FIELDS) {
		const value = schedule[field];
		if (typeof value === 'string' && value.trim() !== '') fields[field] = value.trim();
		else if (typeof value === 'number') fields[field] = value;
	}
	// One written form for numbers that HSDS versions type differently: interval as a number,
	// bymonthday as text (a list of days).
	if (typeof fields.interval === 'string' && /^\d+$/.test(fields.interval)) {
		fields.interval = Number(fields.interval);
	}
	if (typeof fields.bymonthday === 'number') fields.bymonthday = String(fields.bymonthday);
	const local: Schedule = fields;
	const opens = present(schedule.opens_at);
	const closes = present(schedule.closes_at);
	if ((opens === undefined) !== (closes === undefined)) {
		check.note(
			`Der Zeitplan${scheduleName(schedule)} hat nur eine Anfangs- oder nur eine End-Zeit – Zeitplan weggelassen.`
		);
		return null;
	}
	if (opens !== undefined && closes !== undefined) {
		const day =
			parseDate(schedule.dtstart) ?? parseDate(schedule.valid_from) ?? context.referenceDate;
		for (const [field, value] of [
			['opens_at', opens],
			['closes_at', closes]
		] as const) {
			const time = localTime(value, day, context.zone);
			if (time === null) {
				check.note(`Die Öffnungszeit ${quote(value)} ist ungültig – Zeitplan weggelassen.`);
				return null;
			}
			local[field] = time;
		}
	}
	if (describeSchedule(local).kind === 'unknown') {
		check.note(
			`Der Zeitplan${scheduleName(schedule)} ist nicht lesbar (Tage, Daten oder Abstand) – Zeitplan weggelassen.`
		);
		return null;
	}
	return local;
}

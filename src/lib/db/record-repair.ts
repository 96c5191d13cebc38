/**
 * Tolerant reading. A phone may hold records that do not fit today's schema: an upgrade was cut
 * off half-way, an older version wrote fewer fields, or a field was damaged. Reading code passes
 * every wish and person through these functions: a record that fits stays as it is; otherwise
 * each field that fits is kept and each other field gets its plain default. Only a record
 * without a usable id is left out, since nothing could point to it.
 */
import * as v from 'valibot';
import {
	PersonSchema,
	TieAnswerRecordSchema,
	withDefaults,
	type Person,
	type TieAnswerRecord
} from './network-schema';
import { defaultSettings, SettingsValuesSchema } from './settings-schema';
import { AnswersSchema, emptyWish, WishSchema, type Wish } from './wish-schema';

// The time given to a record that lost its own: old, so that it sorts after real ones.
const unknownTime = '2000-01-01T00:00:00.000Z';

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Keeps each field of `row` that passes its own check in `entries`, else the default's field.
function mergeFields<T extends Record<string, unknown>>(
	entries: Record<string, v.GenericSchema>,
	row: Record<string, unknown>,
	defaults: T
): T {
	const out: Record<string, unknown> = { ...defaults };
	for (const [key, schema] of Object.entries(entries)) {
		if (!(key in row)) continue;
		const parsed = v.safeParse(schema, row[key]);
		if (parsed.success) out[key] = parsed.output;
	}
	return out as T;
}

function times(row: Record<string, unknown>): { createdAt: string; updatedAt: string } {
	const valid = (value: unknown) =>
		v.safeParse(v.pipe(v.string(), v.isoTimestamp()), value).success ? (value as string) : null;
	const createdAt = valid(row.createdAt) ?? valid(row.updatedAt) ?? unknownTime;
	return { createdAt, updatedAt: valid(row.updatedAt) ?? createdAt };
}

/** A wish as stored, brought into today's shape; null when it has no usable id. */
export function repairWish(row: unknown): Wish | null {
	if (v.is(WishSchema, row)) return row;
	if (!isRecord(row) || !v.is(WishSchema.entries.id, row.id)) return null;
	const defaults = emptyWish();
	const answers = isRecord(row.answers)
		? mergeFields(AnswersSchema.entries, row.answers, defaults.answers)
		: defaults.answers;
	const wish = {
		...mergeFields(WishSchema.entries, row, { ...defaults, id: row.id, ...times(row) }),
		answers,
		...times(row)
	};
	const parsed = v.safeParse(WishSchema, wish);
	return parsed.success ? parsed.output : null;
}

/** A person as stored, brought into today's shape; null when they have no usable id. */
export function repairPerson(row: unknown): Person | null {
	if (v.is(PersonSchema, row)) return row;
	if (!isRecord(row) || !v.is(PersonSchema.entries.id, row.id)) return null;
	// A person always has a name on screen; a lost one shows as a question mark to fix.
	const defaults = { ...withDefaults({ name: '?' }), id: row.id, ...times(row) };
	const person = { ...mergeFields(PersonSchema.entries, row, defaults), ...times(row) };
	const parsed = v.safeParse(PersonSchema, person);
	return parsed.success ? parsed.output : null;
}

/**
 * A settings row with every field that fits, and the default for each other one (a row from
 * before a field existed, such as lastBackupAt, lacks it).
 */
export function repairSettings(row: unknown): Record<string, unknown> | null {
	if (!isRecord(row) || typeof row.id !== 'string') return null;
	return {
		...mergeFields(SettingsValuesSchema.entries, row, { ...defaultSettings }),
		id: row.id,
		...times(row)
	};
}

/** A remembered "Wer kennt wen?" answer; one without its time gets an old one. */
export function repairTieAnswer(row: unknown): TieAnswerRecord | null {
	if (v.is(TieAnswerRecordSchema, row)) return row;
	if (!isRecord(row)) return null;
	const parsed = v.safeParse(TieAnswerRecordSchema, { ...row, answeredAt: unknownTime });
	return parsed.success ? parsed.output : null;
}

/** Repairs a list of stored records and leaves out those beyond repair. */
export function repairAll<T>(rows: readonly unknown[], repair: (row: unknown) => T | null): T[] {
	const out: T[] = [];
	for (const row of rows) {
		const repaired = repair(row);
		if (repaired) out.push(repaired);
	}
	return out;
}

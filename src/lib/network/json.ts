/**
 * nahbei's own file for Meine Menschen: `{ format: 'nahbei-network', version: 1, people, ties,
 * snapshots }`. It keeps everything but photos, which are stored on their own.
 */
import * as v from 'valibot';
import type { NetworkData } from '$lib/db/network-schema';
import {
	limits,
	NetworkSnapshotSchema,
	PersonSchema,
	SelfSchema,
	tieKey,
	TieSchema,
	type Person,
	type Tie
} from './model';
import { isRecord, readJson, type ReadResult } from './safe-json';

export const networkFormat = 'nahbei-network';
export const networkFormatVersion = 1;

/** What the file holds: today's people and ties, the dated snapshots, the person themselves. */
export type { NetworkData };

const NetworkFileSchema = v.object({
	format: v.literal(networkFormat),
	version: v.literal(networkFormatVersion),
	exportedAt: v.optional(v.pipe(v.string(), v.isoTimestamp())),
	people: v.pipe(v.array(PersonSchema), v.maxLength(limits.people)),
	ties: v.pipe(v.array(TieSchema), v.maxLength(limits.ties)),
	snapshots: v.pipe(v.array(NetworkSnapshotSchema), v.maxLength(limits.snapshots)),
	self: v.optional(SelfSchema)
});

/** Whether ids are unique and every tie joins two of the people, once. */
function isConsistent(people: readonly Person[], ties: readonly Tie[]): boolean {
	const ids = new Set(people.map((person) => person.id));
	if (ids.size !== people.length) return false;
	const keys = new Set(ties.map(tieKey));
	return keys.size === ties.length && ties.every((tie) => ids.has(tie.a) && ids.has(tie.b));
}

function countsTooLarge(value: Record<string, unknown>): boolean {
	const tooLong = (item: unknown, max: number) => Array.isArray(item) && item.length > max;
	if (tooLong(value.people, limits.people) || tooLong(value.ties, limits.ties)) return true;
	if (tooLong(value.snapshots, limits.snapshots)) return true;
	return (
		Array.isArray(value.snapshots) &&
		value.snapshots.some(
			(snapshot) =>
				isRecord(snapshot) &&
				(tooLong(snapshot.people, limits.people) || tooLong(snapshot.ties, limits.ties))
		)
	);
}

/** Writes people, ties and snapshots as nahbei's JSON file. */
export function toNetworkJson(data: NetworkData, exportedAt = new Date().toISOString()): string {
	const file = {
		format: networkFormat,
		version: networkFormatVersion,
		exportedAt,
		people: data.people,
		ties: data.ties,
		snapshots: data.snapshots,
		...(data.self ? { self: data.self } : {})
	};
	return JSON.stringify(file, null, '\t') + '\n';
}

/** Reads nahbei's JSON file; a file that is broken anywhere is refused as a whole. */
export function parseNetworkJson(text: string): ReadResult<NetworkData> {
	const read = readJson(text);
	if (!read.ok) return read;
	const value = read.value;
	if (!isRecord(value) || value.format !== networkFormat)
		return { ok: false, error: 'wrong-shape' };
	if (typeof value.version === 'number' && value.version > networkFormatVersion) {
		return { ok: false, error: 'newer-version' };
	}
	if (countsTooLarge(value)) return { ok: false, error: 'too-large' };
	const parsed = v.safeParse(NetworkFileSchema, value);
	if (!parsed.success) return { ok: false, error: 'wrong-shape' };
	const { people, ties, snapshots, self } = parsed.output;
	const consistent =
		isConsistent(people, ties) &&
		snapshots.every((snapshot) => isConsistent(snapshot.people, snapshot.ties)) &&
		new Set(snapshots.map((snapshot) => snapshot.id)).size === snapshots.length;
	if (!consistent) return { ok: false, error: 'wrong-shape' };
	return {
		ok: true,
		value: self ? { people, ties, snapshots, self } : { people, ties, snapshots }
	};
}

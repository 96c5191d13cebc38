/**
 * "Alles sichern": one file with everything a person keeps in nahbei, and its way back.
 *
 * Format (JSON, UTF-8):
 *   { "format": "nahbei-backup", "version": 1, "createdAt": ISO time,
 *     "schemaVersion": the database version that wrote it,
 *     "tables": { "<table>": [ rows … ] } }
 * Blobs (voice notes, photos) become { "$blob": { "type": mime, "base64": … } } and are turned
 * back into Blobs on reading. Every table of the database is written, so parts added later are
 * backed up without changes here.
 *
 * Reading checks the whole file before anything is written: format and version, table names,
 * every row's shape (the repositories' schemas where a table has one), no keys like __proto__,
 * sizes. Restoring then happens in one IndexedDB transaction over all tables: it is complete or
 * it changes nothing.
 */
import * as v from 'valibot';
import { OfferSchema } from '$lib/offers/offer';
import { NetworkSnapshotSchema, PersonSchema, TieSchema } from '$lib/network/model';
import { PersonPhotoSchema, TieAnswerRecordSchema } from '$lib/db/network-schema';
import { OfferReportSchema } from '$lib/db/offers-schema';
import { SettingsValuesSchema } from '$lib/db/settings-schema';
import { mediaKinds, WishSchema } from '$lib/wishes/model';
import { repairPerson, repairSettings, repairTieAnswer, repairWish } from '$lib/db/record-repair';

export const backupFormat = 'nahbei-backup';
export const backupVersion = 1;
/** Larger files are refused before they are read: no phone backup of nahbei comes near it. */
export const maxBackupBytes = 200 * 1024 * 1024;
const maxRows = 200_000;
const maxDepth = 20;
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

export interface BackupData {
	format: typeof backupFormat;
	version: number;
	createdAt: string;
	schemaVersion: number;
	tables: Record<string, unknown[]>;
}

export type BackupProblem =
	| 'not-json'
	| 'not-a-backup'
	| 'newer-version'
	| 'too-large'
	| 'unknown-table'
	| 'bad-row'
	| 'hostile';

export type ReadBackupResult =
	| { ok: true; backup: BackupData; counts: Record<string, number> }
	| { ok: false; problem: BackupProblem; detail?: string };

// Tables whose older or half-upgraded rows the app reads tolerantly: a backup of such a phone
// must load again, so these rows are repaired the same way before they are checked.
const rowRepairs: Record<string, (row: unknown) => unknown> = {
	settings: repairSettings,
	people: repairPerson,
	wishes: repairWish,
	tieAnswers: repairTieAnswer
};

// Tables whose rows a repository validates; other tables are checked for a plain object shape.
const rowSchemas: Record<string, v.GenericSchema> = {
	// Only the row 'app' is read; older versions may have left others, which do no harm.
	settings: v.object({ ...SettingsValuesSchema.entries, id: v.pipe(v.string(), v.maxLength(40)) }),
	offers: OfferSchema,
	offerReports: v.object({ ...OfferReportSchema.entries, id: v.string() }),
	people: PersonSchema,
	ties: TieSchema,
	tieAnswers: TieAnswerRecordSchema,
	snapshots: NetworkSnapshotSchema,
	favourites: v.object({ offerId: v.pipe(v.string(), v.maxLength(100)), addedAt: v.string() }),
	wishes: WishSchema,
	wishMedia: v.object({
		id: v.string(),
		wishId: v.string(),
		kind: v.picklist(mediaKinds),
		mimeType: v.pipe(v.string(), v.maxLength(200)),
		blob: v.instance(Blob),
		createdAt: v.string()
	}),
	personPhotos: PersonPhotoSchema
};

/**
 * Checks one row of a table as the app reads it: repaired where the app reads tolerantly, then
 * validated. Returns the row to keep, or null when it does not fit.
 */
export function checkRow(table: string, row: unknown): unknown {
	const repaired = rowRepairs[table]?.(row) ?? row;
	const schema = rowSchemas[table];
	const fits = schema
		? v.safeParse(schema, repaired).success
		: typeof repaired === 'object' && repaired !== null && !Array.isArray(repaired);
	return fits ? repaired : null;
}

// Browsers since 2025 encode base64 natively on Uint8Array; older ones take the btoa way.
interface Base64Bytes {
	toBase64?: () => string;
}
interface Base64Decoder {
	fromBase64?: (text: string) => Uint8Array<ArrayBuffer>;
}

function bytesToBase64(bytes: Uint8Array): string {
	const native = (bytes as Base64Bytes).toBase64;
	if (typeof native === 'function') return native.call(bytes);
	let binary = '';
	const chunk = 0x8000;
	for (let i = 0; i < bytes.length; i += chunk) {
		binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
	}
	return btoa(binary);
}

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
	const native = (Uint8Array as Base64Decoder).fromBase64;
	if (typeof native === 'function') return native(base64);
	const binary = atob(base64);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}

// Finds every Blob in the rows, so their bytes can be read first, all at once.
function collectBlobs(value: unknown, found: Set<Blob>): void {
	if (value instanceof Blob) found.add(value);
	else if (Array.isArray(value)) for (const item of value) collectBlobs(item, found);
	else if (value && typeof value === 'object' && !(value instanceof Date)) {
		for (const inner of Object.values(value)) collectBlobs(inner, found);
	}
}

// Copies the rows with each Blob replaced by its base64 text. Synchronous: the bytes are read.
function encodeValue(value: unknown, blobs: Map<Blob, string>): unknown {
	if (value instanceof Blob) return { $blob: { type: value.type, base64: blobs.get(value) } };
	if (Array.isArray(value)) return value.map((item) => encodeValue(item, blobs));
	if (value && typeof value === 'object' && !(value instanceof Date)) {
		const out: Record<string, unknown> = {};
		for (const [key, inner] of Object.entries(value)) out[key] = encodeValue(inner, blobs);
		return out;
	}
	return value;
}

/** Builds the backup as plain JSON data (Blobs as base64), ready to write or to seal. */
export async function buildBackup(
	tables: Record<string, unknown[]>,
	schemaVersion: number,
	now = new Date()
): Promise<BackupData> {
	const found = new Set<Blob>();
	collectBlobs(tables, found);
	const blobs = new Map<Blob, string>();
	for (const blob of found) {
		blobs.set(blob, bytesToBase64(new Uint8Array(await blob.arrayBuffer())));
	}
	const encoded: Record<string, unknown[]> = {};
	for (const [name, rows] of Object.entries(tables)) {
		encoded[name] = encodeValue(rows, blobs) as unknown[];
	}
	return {
		format: backupFormat,
		version: backupVersion,
		createdAt: now.toISOString(),
		schemaVersion,
		tables: encoded
	};
}

/** Builds the backup file's text from every table's rows. */
export async function writeBackup(
	tables: Record<string, unknown[]>,
	schemaVersion: number,
	now = new Date()
): Promise<string> {
	return JSON.stringify(await buildBackup(tables, schemaVersion, now));
}

/** Walks parsed JSON: refuses hostile keys and deep nesting, and turns $blob objects into Blobs. */
function decodeValue(value: unknown, depth: number): unknown {
	if (depth > maxDepth) throw new RangeError('too deep');
	if (Array.isArray(value)) return value.map((item) => decodeValue(item, depth + 1));
	if (value && typeof value === 'object') {
		const record = value as Record<string, unknown>;
		const keys = Object.keys(record);
		if (keys.some((key) => forbiddenKeys.has(key))) throw new TypeError('hostile key');
		if (keys.length === 1 && keys[0] === '$blob') {
			const blob = record.$blob as { type?: unknown; base64?: unknown };
			if (typeof blob?.type !== 'string' || typeof blob.base64 !== 'string') {
				throw new TypeError('bad blob');
			}
			return new Blob([base64ToBytes(blob.base64)], { type: blob.type });
		}
		// A fresh object without a prototype chain to reach: nothing in the file can reach Object.
		const out: Record<string, unknown> = {};
		for (const key of keys) out[key] = decodeValue(record[key], depth + 1);
		return out;
	}
	return value;
}

const EnvelopeSchema = v.object({
	format: v.literal(backupFormat),
	version: v.number(),
	createdAt: v.pipe(v.string(), v.isoTimestamp()),
	schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
	// valibot's record also takes a list; a list of tables is not a backup.
	tables: v.pipe(
		v.custom<Record<string, unknown>>(
			(tables) => typeof tables === 'object' && tables !== null && !Array.isArray(tables)
		),
		v.record(v.string(), v.array(v.unknown()))
	)
});

/**
 * Reads and checks a backup file completely; nothing is written. `tableNames` are the tables
 * of this app's database, `schemaVersion` its version.
 */
export function readBackup(
	text: string,
	tableNames: readonly string[],
	schemaVersion: number
): ReadBackupResult {
	if (text.length > maxBackupBytes) return { ok: false, problem: 'too-large' };
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		return { ok: false, problem: 'not-json' };
	}
	return checkBackup(parsed, tableNames, schemaVersion);
}

/**
 * Checks backup data that is already parsed (e.g. just taken out of a passphrase envelope)
 * exactly as readBackup checks a file; nothing is written.
 */
export function checkBackup(
	parsed: unknown,
	tableNames: readonly string[],
	schemaVersion: number
): ReadBackupResult {
	const envelope = v.safeParse(EnvelopeSchema, parsed);
	if (!envelope.success) return { ok: false, problem: 'not-a-backup' };
	const { output } = envelope;
	if (output.version > backupVersion || output.schemaVersion > schemaVersion) {
		return { ok: false, problem: 'newer-version' };
	}
	let tables: Record<string, unknown[]>;
	try {
		tables = decodeValue(output.tables, 0) as Record<string, unknown[]>;
	} catch {
		return { ok: false, problem: 'hostile' };
	}
	const counts: Record<string, number> = {};
	let total = 0;
	for (const [name, rows] of Object.entries(tables)) {
		if (!tableNames.includes(name)) return { ok: false, problem: 'unknown-table', detail: name };
		total += rows.length;
		if (total > maxRows) return { ok: false, problem: 'too-large' };
		const checked: unknown[] = [];
		for (const row of rows) {
			const fit = checkRow(name, row);
			if (fit === null) return { ok: false, problem: 'bad-row', detail: name };
			checked.push(fit);
		}
		tables[name] = checked;
		counts[name] = rows.length;
	}
	return { ok: true, backup: { ...output, format: backupFormat, tables }, counts };
}

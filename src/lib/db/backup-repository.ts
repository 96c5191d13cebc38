import Dexie from 'dexie';
import type { NahbeiDatabase } from './database';
import { guardStorage } from './storage-problem';

/**
 * Tables that are not the person's own: the catalogue, the HSDS records it came from and the
 * Quartier team's words for categories come back from the Quartier's file.
 */
const sharedTables = new Set(['offers', 'catalogue', 'offerSources', 'categoryRules']);

/** The names of the tables a backup holds: everything the person entered or chose. */
export function personalTableNames(db: NahbeiDatabase): string[] {
	return db.tables.map((table) => table.name).filter((name) => !sharedTables.has(name));
}

/** Reads every personal table in one consistent snapshot. */
export async function readAllPersonalData(db: NahbeiDatabase): Promise<Record<string, unknown[]>> {
	const names = personalTableNames(db);
	return guardStorage(async () => {
		return await db.transaction('r', names, async () => {
			const entries = await Promise.all(
				names.map(async (name) => [name, await db.table(name).toArray()] as const)
			);
			return Object.fromEntries(entries);
		});
	});
}

/** Whether the person has entered anything yet (the catalogue does not count). */
export async function hasPersonalData(db: NahbeiDatabase): Promise<boolean> {
	return guardStorage(async () => {
		const counts = await Promise.all(
			personalTableNames(db)
				.filter((name) => name !== 'settings')
				.map((name) => db.table(name).count())
		);
		return counts.some((count) => count > 0);
	});
}

function keyOf(row: object, keyPath: string | string[] | null): unknown {
	if (keyPath === null) return undefined;
	if (Array.isArray(keyPath)) return keyPath.map((path) => Dexie.getByKeyPath(row, path));
	return Dexie.getByKeyPath(row, keyPath);
}

/**
 * Restores checked backup tables in one transaction: 'replace' empties the personal tables
 * first, 'add' keeps everything and adds only rows whose key is new. A failure changes nothing.
 * Returns how many rows were written.
 */
export async function restorePersonalData(
	db: NahbeiDatabase,
	tables: Record<string, unknown[]>,
	mode: 'replace' | 'add'
): Promise<number> {
	const names = personalTableNames(db);
	return guardStorage(async () => {
		return await db.transaction('rw', names, async () => {
			let written = 0;
			if (mode === 'replace') await Promise.all(names.map((name) => db.table(name).clear()));
			for (const [name, rows] of Object.entries(tables)) {
				if (!names.includes(name) || rows.length === 0) continue;
				const table = db.table(name);
				let fresh = rows;
				if (mode === 'add') {
					const keyPath = table.schema.primKey.keyPath ?? null;
					const keys = rows.map((row) => keyOf(row as object, keyPath));
					const existing = await table.bulkGet(keys as never[]);
					fresh = rows.filter((_, index) => existing[index] === undefined);
				}
				await table.bulkPut(fresh);
				written += fresh.length;
			}
			return written;
		});
	});
}

/** Deletes everything the person entered, in one step. The catalogue stays. */
export async function deletePersonalData(db: NahbeiDatabase): Promise<void> {
	const names = personalTableNames(db);
	return guardStorage(async () => {
		await db.transaction('rw', names, () =>
			Promise.all(names.map((name) => db.table(name).clear()))
		);
	});
}

import Dexie from 'dexie';
import { NahbeiDatabase } from './database';
import { databaseName } from './presence';
import { classifyStorageError, setReconnect, StorageProblem } from './storage-problem';
import { handOver, reportStorageProblem } from './storage-events';

let instance: NahbeiDatabase | null = null;
// Set once a newer nahbei in another tab took the database over: this tab must not reopen it.
let handedOver = false;

/** The app's database, opened on first use. */
export function database(): NahbeiDatabase {
	if (instance) return instance;
	const db = new NahbeiDatabase();
	// A newer nahbei in another tab wants to upgrade: save what is typed, let go, ask for a reload.
	db.on('versionchange', () => {
		handedOver = true;
		void handOver().finally(() => {
			db.close();
			reportStorageProblem('outdated');
		});
		return false;
	});
	// This tab wants to upgrade but an older tab still holds the database open.
	db.on('blocked', () => reportStorageProblem('blocked'));
	setReconnect(async () => {
		if (handedOver) return false;
		db.close({ disableAutoOpen: false });
		await db.open();
		return true;
	});
	instance = db;
	return db;
}

/** The version the database on this device has, or null when the browser cannot tell. */
async function storedVersion(name: string): Promise<number | null> {
	if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return null;
	try {
		const found = (await indexedDB.databases()).find((info) => info.name === name);
		return found?.version ?? 0;
	} catch {
		return null;
	}
}

/**
 * Opens the database at start-up. When opening means an upgrade and the upgrade fails, the
 * browser rolls it back (the old data stays as it was) and this throws StorageProblem 'upgrade'.
 */
export async function openDatabase(db: NahbeiDatabase = database()): Promise<void> {
	try {
		await db.open();
	} catch (error) {
		const kind = classifyStorageError(error);
		if (kind === 'quota' || kind === 'unavailable' || kind === 'outdated') {
			throw new StorageProblem(kind, error);
		}
		const before = await storedVersion(db.name);
		// Dexie keeps version n as IndexedDB version 10n.
		const wasUpgrade = before === null || (before > 0 && before < db.verno * 10);
		throw new StorageProblem(wasUpgrade ? 'upgrade' : kind, error);
	}
}

/** Closes the database and deletes it with everything in it; the next use starts empty. */
export async function deleteDatabase(): Promise<void> {
	instance?.close();
	instance = null;
	await Dexie.delete(databaseName);
}

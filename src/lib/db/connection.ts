import Dexie from 'dexie';
import { databaseName, NahbeiDatabase } from './database';
import { storageStatus } from './storage-status.svelte';

let instance: NahbeiDatabase | null = null;

/** The app's database, opened on first use. */
export function database(): NahbeiDatabase {
	if (instance) return instance;
	const db = new NahbeiDatabase();
	// A newer nahbei in another tab wants to upgrade: let it, and ask this tab to reload.
	db.on('versionchange', () => {
		db.close();
		storageStatus.report('outdated');
		return false;
	});
	// This tab wants to upgrade but an older tab still holds the database open.
	db.on('blocked', () => storageStatus.report('blocked'));
	instance = db;
	return db;
}

/** Closes the database and deletes it with everything in it; the next use starts empty. */
export async function deleteDatabase(): Promise<void> {
	instance?.close();
	instance = null;
	await Dexie.delete(databaseName);
}

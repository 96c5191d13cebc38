/**
 * Whether this device holds nahbei's database at all, asked without loading Dexie.
 *
 * On a first visit there is nothing to read, so the start page need not download the database
 * engine just to learn that. When the browser cannot tell (no `indexedDB.databases()`, or it
 * fails), the answer is "maybe": the caller then opens the database as usual, and any storage
 * trouble is reported there.
 */

/** The name of nahbei's IndexedDB database (also used by the Dexie class). */
export const databaseName = 'nahbei';

export async function databaseMayExist(
	factory: Pick<IDBFactory, 'databases'> | undefined = globalThis.indexedDB
): Promise<boolean> {
	if (typeof factory?.databases !== 'function') return true;
	try {
		const databases = await factory.databases();
		return databases.some((entry) => entry.name === databaseName);
	} catch {
		return true;
	}
}

/**
 * Deletes nahbei's database without loading Dexie: the kiosk's start clears what a cut-off
 * visit left before its welcome screen, which never needs the database engine. While another
 * tab still holds the database open, the browser waits until that tab lets go (nahbei's tabs
 * let go when asked).
 */
export function deleteDatabaseDirectly(
	factory: Pick<IDBFactory, 'deleteDatabase'> | undefined = globalThis.indexedDB
): Promise<void> {
	return new Promise((resolve, reject) => {
		if (!factory) return resolve();
		const request = factory.deleteDatabase(databaseName);
		request.onsuccess = () => resolve();
		request.onerror = () => reject(request.error ?? new Error('The database was not deleted.'));
	});
}

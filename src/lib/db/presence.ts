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

/**
 * The database and the network repository (with Dexie and valibot), loaded on first use, not
 * with the page: the list of people shows its headings and, before anything is stored, its
 * empty state without them. The network state and the people's photos share this one loader.
 */
type Repository = typeof import('$lib/db/network-repository');
type Database = ReturnType<typeof import('$lib/db/connection').database>;

export interface NetworkStorage {
	repository: Repository;
	database: () => Database;
}

let loaded: NetworkStorage | undefined;

/** Loads the repository and the connection once; later calls give the same. */
export async function loadNetworkStorage(): Promise<NetworkStorage> {
	if (!loaded) {
		const [{ database }, repository] = await Promise.all([
			import('$lib/db/connection'),
			import('$lib/db/network-repository')
		]);
		loaded = { repository, database };
	}
	return loaded;
}

/**
 * The loaded storage, for a live query's own function: its `prepare` has run
 * `loadNetworkStorage` before (the query may call nothing but Dexie, so it cannot wait).
 */
export function loadedNetworkStorage(): NetworkStorage {
	if (!loaded) throw new Error('network storage used before loadNetworkStorage()');
	return loaded;
}

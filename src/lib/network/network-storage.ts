/**
 * The database and the network repository (with Dexie and valibot), loaded on first use, not
 * with the page: the list of people shows its headings and, before anything is stored, its
 * empty state without them. The network state and the people's photos share this one loader.
 */
import { onFirstUse } from '$lib/storage/on-first-use';

const storage = onFirstUse('network storage', async () => {
	const [{ database }, repository] = await Promise.all([
		import('$lib/db/connection'),
		import('$lib/db/network-repository')
	]);
	return { repository, database };
});

export type NetworkStorage = Awaited<ReturnType<typeof storage.load>>;

/** Loads the repository and the connection once; later calls give the same. */
export const loadNetworkStorage = storage.load;

/** The loaded storage, for a live query's own function (see `onFirstUse`). */
export const loadedNetworkStorage = storage.loaded;

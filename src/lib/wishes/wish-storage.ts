/**
 * The database and the wishes repository (with Dexie and valibot), loaded on first use, not
 * with the page: before anything is stored, Meine Wünsche shows its empty list without them,
 * and a first visit creates no database.
 */
import { onFirstUse } from '$lib/storage/on-first-use';

const storage = onFirstUse('wish storage', async () => {
	const [{ database }, repository] = await Promise.all([
		import('$lib/db/connection'),
		import('$lib/db/wishes-repository')
	]);
	return { repository, database };
});

export type WishStorage = Awaited<ReturnType<typeof storage.load>>;

/** Loads the repository and the connection once; later calls give the same. */
export const loadWishStorage = storage.load;

/** The loaded storage, for a live query's own function (see `onFirstUse`). */
export const loadedWishStorage = storage.loaded;

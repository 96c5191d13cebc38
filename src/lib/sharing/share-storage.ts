/**
 * The database and the repositories the share screens read (with Dexie and valibot), loaded on
 * first use, not with the page: before anything is stored, Teilen shows its first step without
 * them, and a first visit creates no database.
 */
import { onFirstUse } from '$lib/storage/on-first-use';

const storage = onFirstUse('share storage', async () => {
	const [{ database }, shares, wishes, network, offers] = await Promise.all([
		import('$lib/db/connection'),
		import('$lib/db/shares-repository'),
		import('$lib/db/wishes-repository'),
		import('$lib/db/network-repository'),
		import('$lib/db/offers-repository')
	]);
	return { shares, wishes, network, offers, database };
});

export type ShareStorage = Awaited<ReturnType<typeof storage.load>>;

/** Loads the repositories and the connection once; later calls give the same. */
export const loadShareStorage = storage.load;

/** The loaded storage, for a live query's own function (see `onFirstUse`). */
export const loadedShareStorage = storage.loaded;

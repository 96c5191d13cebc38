/**
 * The database and the repositories the share screens read (with Dexie and valibot), loaded on
 * first use, not with the page: before anything is stored, Teilen shows its first step without
 * them, and a first visit creates no database.
 */
import { storageOnFirstUse } from '$lib/storage/on-first-use';

export const shareStorage = storageOnFirstUse('share storage', async () => {
	const [shares, wishes, network, offers] = await Promise.all([
		import('$lib/db/shares-repository'),
		import('$lib/db/wishes-repository'),
		import('$lib/db/network-repository'),
		import('$lib/db/offers-repository')
	]);
	return { shares, wishes, network, offers };
});

/**
 * The database and the network repository (with Dexie and valibot), loaded on first use, not
 * with the page: the list of people shows its headings and, before anything is stored, its
 * empty state without them. The network state and the people's photos share this one loader.
 */
import { storageOnFirstUse } from '$lib/storage/on-first-use';

export const networkStorage = storageOnFirstUse(
	'network storage',
	() => import('$lib/db/network-repository')
);

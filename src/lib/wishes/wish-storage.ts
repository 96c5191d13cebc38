/**
 * The database and the wishes repository (with Dexie and valibot), loaded on first use, not
 * with the page: before anything is stored, Meine Wünsche shows its empty list without them,
 * and a first visit creates no database.
 */
import { storageOnFirstUse } from '$lib/storage/on-first-use';

export const wishStorage = storageOnFirstUse(
	'wish storage',
	() => import('$lib/db/wishes-repository')
);

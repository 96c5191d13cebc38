import { afterEach, expect, it } from 'vitest';
import { database } from '$lib/db/connection';
import { createWish } from '$lib/db/wishes-repository';
import { WishDraft } from './wish-draft.svelte';

// A newer nahbei opens in another tab while a wish is half typed here: the newer version asks
// for the database (versionchange); this tab saves the draft before it lets go.

let upgraded: IDBDatabase | undefined;
afterEach(() => upgraded?.close());

function openNewerVersion(name: string, version: number): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(name, version);
		request.onerror = () => reject(request.error);
		request.onsuccess = () => resolve(request.result);
	});
}

function readWish(db: IDBDatabase, id: string): Promise<{ text: string } | undefined> {
	return new Promise((resolve, reject) => {
		const request = db.transaction('wishes').objectStore('wishes').get(id);
		request.onerror = () => reject(request.error);
		request.onsuccess = () => resolve(request.result);
	});
}

it('saves a half-typed wish before a newer version takes the database', async () => {
	const db = database();
	const { wish } = await createWish(db, { text: '' });
	const draft = new WishDraft();
	await draft.load(wish.id);
	// Typed a moment ago: the short delay has not saved it yet.
	draft.editText('text', 'Malen im P');
	const version = db.backendDB().version;
	upgraded = await openNewerVersion(db.name, version + 1);
	expect((await readWish(upgraded, wish.id))?.text).toBe('Malen im P');
	draft.close();
});

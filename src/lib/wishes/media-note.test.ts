import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { database } from '$lib/db/connection';
import { createWish, getMedia, saveMedia } from '$lib/db/wishes-repository';
import { storageStatus } from '$lib/storage/storage-status.svelte';
import { MediaNote } from './media-note.svelte';

let wishId: string;
let note: MediaNote;

beforeEach(async () => {
	wishId = (await createWish(database(), { text: 'Singen' })).wish.id;
	note = new MediaNote('voice');
});

afterEach(async () => {
	note.close();
	vi.restoreAllMocks();
	storageStatus.dismiss();
	await database().wishes.clear();
	await database().wishMedia.clear();
});

const sound = (text = 'ton') => new Blob([text], { type: 'audio/webm' });

describe('a voice note or photo of a wish', () => {
	it('has no note and no address before one is saved', async () => {
		await note.load(wishId);
		expect(note.saved).toBe(false);
		expect(note.url).toBeNull();
	});

	it('shows a note saved before', async () => {
		await saveMedia(database(), wishId, 'voice', sound());
		await saveMedia(database(), wishId, 'photo', new Blob(['bild'], { type: 'image/jpeg' }));
		await note.load(wishId);
		expect(note.saved).toBe(true);
		expect(note.url).toMatch(/^blob:/);
	});

	it('saves a new note in place of the old one and frees the old address', async () => {
		const revoke = vi.spyOn(URL, 'revokeObjectURL');
		await note.load(wishId);
		expect(await note.save(sound('eins'))).toBe(true);
		const first = note.url;
		expect(await note.save(sound('zwei'))).toBe(true);
		expect(revoke).toHaveBeenCalledWith(first);
		expect(note.url).not.toBe(first);
		const saved = await getMedia(database(), wishId);
		expect(await saved.voice?.blob.text()).toBe('zwei');
		expect(saved.photo).toBeUndefined();
	});

	it('deletes the note and frees its address', async () => {
		const revoke = vi.spyOn(URL, 'revokeObjectURL');
		await saveMedia(database(), wishId, 'voice', sound());
		await note.load(wishId);
		const url = note.url;
		expect(await note.remove()).toBe(true);
		expect(note.saved).toBe(false);
		expect(revoke).toHaveBeenCalledWith(url);
		expect((await getMedia(database(), wishId)).voice).toBeUndefined();
	});

	it('frees the address when the wish is left', async () => {
		const revoke = vi.spyOn(URL, 'revokeObjectURL');
		await saveMedia(database(), wishId, 'voice', sound());
		await note.load(wishId);
		const url = note.url;
		note.close();
		expect(revoke).toHaveBeenCalledWith(url);
		expect(note.url).toBeNull();
	});

	it('says a failed save without telling storage trouble, and keeps the note before', async () => {
		await saveMedia(database(), wishId, 'voice', sound());
		await note.load(wishId);
		const before = note.url;
		expect(await note.save(new Blob([]))).toBe(false);
		expect(note.url).toBe(before);
		expect(storageStatus.problem).toBeNull();
	});

	it('tells the person when reading fails', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		vi.spyOn(database().wishMedia, 'where').mockImplementation(() => {
			throw new DOMException('gone', 'InvalidStateError');
		});
		await note.load(wishId);
		expect(note.saved).toBe(false);
		expect(storageStatus.problem).not.toBeNull();
	});
});

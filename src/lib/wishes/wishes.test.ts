import { afterEach, describe, expect, it, vi } from 'vitest';
import { database } from '$lib/db/connection';
import { getMedia, getWish, saveMedia } from '$lib/db/wishes-repository';
import { helperMode } from '$lib/helper/helper-mode.svelte';
import { storageStatus } from '$lib/storage/storage-status.svelte';
import { wishes } from './wishes.svelte';

const offer = 'c0000000-0000-4000-8000-000000000001';

afterEach(async () => {
	helperMode.stop();
	storageStatus.dismiss();
	vi.restoreAllMocks();
	await database().wishes.clear();
	await database().wishMedia.clear();
});

async function newWish(text = 'Schwimmen') {
	const wish = await wishes.startNew();
	if (!wish) throw new Error('no wish');
	await database().wishes.update(wish.id, { text });
	return wish.id;
}

describe('the verbs of Meine Wünsche', () => {
	it('starts a new wish, written with help in helper mode', async () => {
		const mine = await wishes.startNew();
		expect(mine?.author).toEqual({ kind: 'me' });
		helperMode.start('Mama');
		const helped = await wishes.startNew();
		expect(helped?.author).toEqual({ kind: 'helper', name: 'Mama' });
	});

	it('pauses, resumes and marks a wish done, which ends its pause', async () => {
		const id = await newWish();
		expect(await wishes.pause(id)).toBe(true);
		expect((await getWish(database(), id))?.paused).toBe(true);
		await wishes.resume(id);
		expect((await getWish(database(), id))?.paused).toBe(false);
		await wishes.pause(id);
		await wishes.markDone(id);
		expect(await getWish(database(), id)).toMatchObject({ status: 'done', paused: false });
	});

	it('deletes a wish with its voice note, and brings both back', async () => {
		const id = await newWish();
		await saveMedia(database(), id, 'voice', new Blob(['ton'], { type: 'audio/webm' }));
		const removed = await wishes.remove(id);
		expect(removed?.wish.id).toBe(id);
		expect(await getWish(database(), id)).toBeNull();
		expect(await wishes.restore(removed!)).toBe(true);
		expect((await getWish(database(), id))?.text).toBe('Schwimmen');
		expect((await getMedia(database(), id)).voice).toBeDefined();
	});

	it('offers only the wishes not done yet to add an offer to', async () => {
		const open = await newWish('Offen');
		const done = await newWish('Fertig');
		await wishes.markDone(done);
		const unfinished = await wishes.unfinished();
		expect(unfinished?.map((wish) => wish.id)).toEqual([open]);
	});

	it('adds an offer to the Quartier question once, keeping the words written there', async () => {
		const id = await newWish();
		const before = await getWish(database(), id);
		await database().wishes.update(id, {
			answers: { ...before!.answers, quartier: { offerIds: [], text: 'Im Verein' } }
		});
		await wishes.addOffer(id, offer);
		const saved = await wishes.addOffer(id, offer);
		expect(saved?.answers.quartier).toEqual({ offerIds: [offer], text: 'Im Verein' });
	});

	it('tells the person when a wish to add an offer to is gone', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		expect(await wishes.addOffer(crypto.randomUUID(), offer)).toBeUndefined();
		expect(storageStatus.problem).toBe('invalid');
	});
});

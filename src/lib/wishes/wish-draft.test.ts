import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from '../../../tests/fixtures/memory-storage';
import { database } from '$lib/db/connection';
import { addSuggestion, createWish, getWish, saveMedia } from '$lib/db/wishes-repository';
import { helperMode } from '$lib/helper/helper-mode.svelte';
import { unsavedWork } from '$lib/pwa/unsaved.svelte';
import { WishDraft } from './wish-draft.svelte';

let draft: WishDraft;

beforeEach(() => {
	draft = new WishDraft();
});

afterEach(async () => {
	draft.close();
	await database().wishes.clear();
});

describe('the wish open in the flow', () => {
	it('loads a wish, or says it is missing', async () => {
		const { wish } = await createWish(database(), { text: 'Malen' });
		await draft.load(wish.id);
		expect(draft.state).toBe('ready');
		expect(draft.wish?.text).toBe('Malen');
		const other = new WishDraft();
		await other.load(crypto.randomUUID());
		expect(other.state).toBe('missing');
	});

	it('shows a change at once, marks it unsaved, and saves it', async () => {
		const { wish } = await createWish(database(), { text: 'Malen' });
		await draft.load(wish.id);
		draft.change({ text: 'Malen im Park', step: 2 });
		expect(draft.wish?.text).toBe('Malen im Park');
		expect(unsavedWork.any).toBe(true);
		expect(await draft.save()).toBe(true);
		expect(unsavedWork.any).toBe(false);
		expect(await getWish(database(), wish.id)).toMatchObject({ text: 'Malen im Park', step: 2 });
	});

	it('saves by itself a moment after the last change', async () => {
		const { wish } = await createWish(database(), { text: '' });
		await draft.load(wish.id);
		draft.change({ text: 'M' });
		draft.change({ text: 'Ma' });
		await new Promise((resolve) => setTimeout(resolve, 500));
		expect((await getWish(database(), wish.id))?.text).toBe('Ma');
	});

	it('shows the cut text when a save had to cut it', async () => {
		const { wish } = await createWish(database(), { text: '' });
		await draft.load(wish.id);
		draft.change({ text: 'x'.repeat(2_500) });
		await draft.save();
		expect(draft.cut).toBe(true);
		expect(draft.wish?.text).toHaveLength(2_000);
	});

	it('puts an accepted idea after the words typed just before', async () => {
		const { wish } = await createWish(database(), { text: 'Malen' });
		const idea = await addSuggestion(database(), wish.id, {
			field: 'text',
			text: 'Mit Aquarell',
			by: 'Mama'
		});
		await draft.load(wish.id);
		draft.change({ text: 'Malen lernen' });
		expect(await draft.decide(idea.id, 'accepted')).toBe(true);
		expect(draft.wish?.text).toBe('Malen lernen\nMit Aquarell');
	});
});

describe('what the person does in the flow', () => {
	afterEach(async () => {
		helperMode.stop();
		await database().wishMedia.clear();
	});

	it('marks a change made in helper mode as written with help, not yet confirmed', async () => {
		const { wish } = await createWish(database(), { text: 'Malen', confirmedByMe: true });
		await draft.load(wish.id);
		helperMode.start('Mama');
		draft.editText('others', 'Ich zeige es anderen.');
		expect(draft.wish?.answers.others.text).toBe('Ich zeige es anderen.');
		expect(draft.wish?.author).toEqual({ kind: 'helper', name: 'Mama' });
		expect(draft.wish?.confirmedByMe).toBe(false);
	});

	it('changes one part of an answer and keeps the other', async () => {
		const { wish } = await createWish(database(), { text: 'Malen' });
		await draft.load(wish.id);
		draft.editText('self', 'Pinsel kaufen');
		draft.editAnswer('self', { scale: 'alone' });
		await draft.save();
		expect((await getWish(database(), wish.id))?.answers.self).toEqual({
			scale: 'alone',
			text: 'Pinsel kaufen'
		});
	});

	it('confirms the wish as the person’s own, even in helper mode', async () => {
		const { wish } = await createWish(database(), { text: 'Malen' });
		await draft.load(wish.id);
		helperMode.start('Mama');
		expect(await draft.confirm()).toBe(true);
		expect(await getWish(database(), wish.id)).toMatchObject({
			confirmedByMe: true,
			author: { kind: 'me' }
		});
	});

	it('keeps a helper’s idea apart from the person’s words', async () => {
		const { wish } = await createWish(database(), { text: 'Tanzen' });
		await draft.load(wish.id);
		expect(await draft.addIdea('text', 'Im Verein', 'Mama')).toBe(true);
		expect(draft.wish?.text).toBe('Tanzen');
		expect(draft.wish?.suggestions).toMatchObject([{ text: 'Im Verein', state: 'open' }]);
		expect((await getWish(database(), wish.id))?.suggestions).toHaveLength(1);
	});

	it('counts a voice note as content of the wish', async () => {
		const { wish } = await createWish(database(), { text: '' });
		await saveMedia(database(), wish.id, 'voice', new Blob(['ton'], { type: 'audio/webm' }));
		await draft.load(wish.id);
		expect(draft.hasContent).toBe(true);
		expect(draft.voice.saved).toBe(true);
		draft.close();
		expect(draft.voice.url).toBeNull();
	});

	it('deletes a new wish left empty on its first step, and keeps one with words', async () => {
		const { wish: empty } = await createWish(database(), { text: '' });
		await draft.load(empty.id);
		expect(await draft.leave(1)).toBe(true);
		expect(await getWish(database(), empty.id)).toBeNull();

		const { wish: written } = await createWish(database(), { text: '' });
		const other = new WishDraft();
		await other.load(written.id);
		other.change({ text: 'Malen' });
		expect(await other.leave(1)).toBe(true);
		expect((await getWish(database(), written.id))?.text).toBe('Malen');
	});

	it('keeps an empty wish left on a later step', async () => {
		const { wish } = await createWish(database(), { text: '' });
		await draft.load(wish.id);
		await draft.leave(3);
		expect(await getWish(database(), wish.id)).not.toBeNull();
	});
});

describe('nothing typed is lost', () => {
	const local = new MemoryStorage();
	const keysOf = (id: string) =>
		Array.from({ length: local.length }, (_, index) => local.key(index) ?? '').filter((key) =>
			key.includes(id)
		);
	beforeEach(() => vi.stubGlobal('localStorage', local));
	afterEach(() => {
		local.clear();
		vi.unstubAllGlobals();
	});

	it('keeps every key press at once in a copy, and drops it once saved', async () => {
		const { wish } = await createWish(database(), { text: '' });
		await draft.load(wish.id);
		draft.editText('text', 'Mal');
		const copies = keysOf(wish.id);
		expect(copies).toHaveLength(1);
		expect(local.getItem(copies[0] ?? '')).toContain('Mal');
		await draft.save();
		expect(keysOf(wish.id)).toEqual([]);
	});

	it('saves the copy a closed page left, when the wish opens again', async () => {
		const { wish } = await createWish(database(), { text: '' });
		const change = { text: { base: '', value: 'Malen im Park' } };
		local.setItem(
			`nahbei.unsaved.wish.${wish.id}.closedpage`,
			JSON.stringify({ value: { change, conflicts: [] }, at: 1 })
		);
		await draft.load(wish.id);
		expect(draft.wish?.text).toBe('Malen im Park');
		expect((await getWish(database(), wish.id))?.text).toBe('Malen im Park');
		expect(local.getItem(`nahbei.unsaved.wish.${wish.id}.closedpage`)).toBeNull();
	});

	it('keeps the answers two tabs give to different questions', async () => {
		const { wish } = await createWish(database(), { text: 'Malen' });
		const other = new WishDraft();
		await draft.load(wish.id);
		await other.load(wish.id);
		draft.editText('network', 'Meine Schwester');
		other.editText('others', 'Ich male für andere.');
		await draft.save();
		await other.save();
		const stored = await getWish(database(), wish.id);
		expect(stored?.answers.network.text).toBe('Meine Schwester');
		expect(stored?.answers.others.text).toBe('Ich male für andere.');
		other.close();
	});

	it('keeps both texts when two tabs change the same one, until the person chooses', async () => {
		const { wish } = await createWish(database(), { text: 'Malen' });
		const other = new WishDraft();
		await draft.load(wish.id);
		await other.load(wish.id);
		draft.editText('text', 'Malen im Park');
		await draft.save();
		other.editText('text', 'Malen mit Freunden');
		await other.save();
		expect((await getWish(database(), wish.id))?.text).toBe('Malen im Park');
		expect(other.conflicts).toEqual([
			{ path: 'text', theirs: 'Malen im Park', mine: 'Malen mit Freunden' }
		]);
		expect(other.wish?.text).toBe('Malen mit Freunden');
		expect(await other.keepMine('text')).toBe(true);
		expect((await getWish(database(), wish.id))?.text).toBe('Malen mit Freunden');
		expect(other.conflicts).toEqual([]);
		other.close();
	});

	it('shows what another tab saved in a field not being changed here', async () => {
		const { wish } = await createWish(database(), { text: 'Malen' });
		const other = new WishDraft();
		await draft.load(wish.id);
		await other.load(wish.id);
		other.editText('text', 'Malen im Park');
		await other.save();
		await expect.poll(() => draft.wish?.text).toBe('Malen im Park');
		other.close();
	});
});

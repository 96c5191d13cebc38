import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database } from '$lib/db/connection';
import { addSuggestion, createWish, getWish } from '$lib/db/wishes-repository';
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

import { upcomingFirstSteps } from '$lib/wishes/upcoming';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NahbeiDatabase } from './database';
import { StorageProblem } from './storage-problem';
import {
	addSuggestion,
	createWish,
	decideSuggestion,
	deleteMedia,
	deleteWish,
	getMedia,
	getWish,
	listPhotos,
	listWishes,
	restoreWish,
	saveMedia,
	updateWish
} from './wishes-repository';

let db: NahbeiDatabase;

beforeEach(async () => {
	db = new NahbeiDatabase(`wishes-${crypto.randomUUID()}`);
	await db.open();
});

afterEach(async () => {
	await db.delete();
});

describe('creating and changing wishes', () => {
	it('creates a wish with a new id, times, and empty answers', async () => {
		const { wish, cut } = await createWish(db, { text: 'Ich möchte schwimmen gehen.' });
		expect(cut).toBe(false);
		expect(wish.id).toMatch(/^[0-9a-f-]{36}$/);
		expect(wish.createdAt).toBe(wish.updatedAt);
		expect(wish.status).toBe('idea');
		expect(wish.answers.others.text).toBe('');
		expect(await getWish(db, wish.id)).toEqual(wish);
	});

	it('cuts a text over 2000 characters and says so', async () => {
		const { wish, cut } = await createWish(db, { text: 'a'.repeat(2_100) });
		expect(cut).toBe(true);
		expect(wish.text).toHaveLength(2_000);
	});

	it('cuts long answers and first steps too', async () => {
		const { wish } = await createWish(db, { text: 'Kochen' });
		const { wish: after, cut } = await updateWish(db, wish.id, {
			answers: { ...wish.answers, others: { text: 'b'.repeat(3_000) } },
			firstStep: { text: 'c'.repeat(2_001), date: '2026-12-01' }
		});
		expect(cut).toBe(true);
		expect(after.answers.others.text).toHaveLength(2_000);
		expect(after.firstStep).toEqual({ text: 'c'.repeat(2_000), date: '2026-12-01' });
	});

	it('keeps the id and creation time and stamps the change', async () => {
		const { wish } = await createWish(db, { text: 'Kochen' });
		await new Promise((resolve) => setTimeout(resolve, 5));
		const { wish: after } = await updateWish(db, wish.id, { step: 3, pictogram: 'cooking' });
		expect(after.id).toBe(wish.id);
		expect(after.createdAt).toBe(wish.createdAt);
		expect(after.updatedAt > wish.updatedAt).toBe(true);
		expect(after.step).toBe(3);
	});

	it('keeps the pictures and the scale a question was answered with', async () => {
		const { wish } = await createWish(db, { pictogram: 'bus' });
		expect(wish.pictureAnswers).toBeUndefined();
		const pictureAnswers = {
			network: { pictures: ['neighbours' as const], feeling: 'good' as const }
		};
		const { wish: after } = await updateWish(db, wish.id, { pictureAnswers });
		expect((await getWish(db, after.id))?.pictureAnswers).toEqual(pictureAnswers);
		await expect(
			updateWish(db, wish.id, {
				pictureAnswers: { self: { pictures: ['dragon' as 'phone'], feeling: null } }
			})
		).rejects.toBeInstanceOf(StorageProblem);
	});

	it('refuses invalid data with a StorageProblem and keeps what was saved', async () => {
		const { wish } = await createWish(db, { text: 'Kochen' });
		await expect(
			updateWish(db, wish.id, { status: 'vielleicht' as 'idea' })
		).rejects.toBeInstanceOf(StorageProblem);
		await expect(updateWish(db, wish.id, { step: 9 })).rejects.toMatchObject({ kind: 'invalid' });
		expect(await getWish(db, wish.id)).toEqual(wish);
	});

	it('refuses to change a wish that does not exist', async () => {
		await expect(updateWish(db, crypto.randomUUID(), { text: 'x' })).rejects.toMatchObject({
			kind: 'invalid'
		});
	});

	it('lists the most recently changed wish first', async () => {
		const first = (await createWish(db, { text: 'Eins' })).wish;
		await new Promise((resolve) => setTimeout(resolve, 5));
		await createWish(db, { text: 'Zwei' });
		await new Promise((resolve) => setTimeout(resolve, 5));
		await updateWish(db, first.id, { status: 'started' });
		expect((await listWishes(db)).map((wish) => wish.text)).toEqual(['Eins', 'Zwei']);
	});
});

describe('helper suggestions', () => {
	it('are kept apart and never change the person’s words', async () => {
		const { wish } = await createWish(db, { text: 'Ich will tanzen.' });
		const suggestion = await addSuggestion(db, wish.id, {
			field: 'text',
			text: 'Tanz-Kurs im Stadtteil-Haus',
			by: 'Mama'
		});
		const saved = await getWish(db, wish.id);
		expect(saved?.text).toBe('Ich will tanzen.');
		expect(saved?.suggestions).toEqual([{ ...suggestion, state: 'open' }]);
	});

	it('when accepted, are added after the person’s own words', async () => {
		const { wish } = await createWish(db, { text: 'Ich will tanzen.' });
		const idea = await addSuggestion(db, wish.id, {
			field: 'text',
			text: 'Mit Jürgen',
			by: 'Mama'
		});
		const { wish: after } = await decideSuggestion(db, wish.id, idea.id, 'accepted');
		expect(after.text).toBe('Ich will tanzen.\nMit Jürgen');
		expect(after.suggestions[0]?.state).toBe('accepted');
		expect(after.author).toEqual({ kind: 'helper', name: 'Mama' });
	});

	it('when rejected, leave the words as they are', async () => {
		const { wish } = await createWish(db, { text: 'Tanzen' });
		const idea = await addSuggestion(db, wish.id, {
			field: 'firstStep',
			text: 'Schuhe kaufen',
			by: 'Mama'
		});
		const { wish: after } = await decideSuggestion(db, wish.id, idea.id, 'rejected');
		expect(after.firstStep.text).toBe('');
		expect(after.suggestions[0]?.state).toBe('rejected');
	});

	it('fill an empty answer when accepted', async () => {
		const { wish } = await createWish(db, { text: 'Tanzen' });
		const idea = await addSuggestion(db, wish.id, { field: 'others', text: 'Kuchen', by: 'Ben' });
		const { wish: after } = await decideSuggestion(db, wish.id, idea.id, 'accepted');
		expect(after.answers.others.text).toBe('Kuchen');
	});

	it('need words and a helper name', async () => {
		const { wish } = await createWish(db, { text: 'Tanzen' });
		await expect(
			addSuggestion(db, wish.id, { field: 'text', text: '  ', by: 'Mama' })
		).rejects.toMatchObject({ kind: 'invalid' });
		await expect(
			addSuggestion(db, wish.id, { field: 'text', text: 'Idee', by: ' ' })
		).rejects.toMatchObject({ kind: 'invalid' });
	});
});

describe('voice notes and photos', () => {
	it('are saved as Blobs with their type, apart from the wish', async () => {
		const { wish } = await createWish(db, { text: 'Singen' });
		await saveMedia(db, wish.id, 'voice', new Blob(['ton'], { type: 'audio/webm' }));
		const media = await getMedia(db, wish.id);
		expect(media.voice?.mimeType).toBe('audio/webm');
		expect(await media.voice?.blob.text()).toBe('ton');
		expect(media.photo).toBeUndefined();
		expect(Object.keys((await getWish(db, wish.id)) ?? {})).not.toContain('blob');
	});

	it('replace the one before of the same kind', async () => {
		const { wish } = await createWish(db, { text: 'Singen' });
		await saveMedia(db, wish.id, 'photo', new Blob(['1'], { type: 'image/jpeg' }));
		await saveMedia(db, wish.id, 'photo', new Blob(['2'], { type: 'image/jpeg' }));
		expect(await db.wishMedia.count()).toBe(1);
		expect(await (await getMedia(db, wish.id)).photo?.blob.text()).toBe('2');
		await deleteMedia(db, wish.id, 'photo');
		expect(await db.wishMedia.count()).toBe(0);
	});

	it('list every photo for the plan, and no voice notes', async () => {
		const { wish } = await createWish(db, { text: 'Singen' });
		await saveMedia(db, wish.id, 'photo', new Blob(['1'], { type: 'image/jpeg' }));
		await saveMedia(db, wish.id, 'voice', new Blob(['2'], { type: 'audio/webm' }));
		expect((await listPhotos(db)).map((media) => media.kind)).toEqual(['photo']);
	});

	it('refuse an empty recording', async () => {
		const { wish } = await createWish(db, { text: 'Singen' });
		await expect(saveMedia(db, wish.id, 'voice', new Blob([]))).rejects.toMatchObject({
			kind: 'invalid'
		});
	});
});

describe('deleting with undo', () => {
	it('removes the wish with its media and puts both back', async () => {
		const { wish } = await createWish(db, { text: 'Reisen', status: 'started' });
		await saveMedia(db, wish.id, 'voice', new Blob(['ton'], { type: 'audio/ogg' }));
		const removed = await deleteWish(db, wish.id);
		expect(await getWish(db, wish.id)).toBeNull();
		expect(await db.wishMedia.count()).toBe(0);
		if (!removed) throw new Error('nothing removed');
		await restoreWish(db, removed);
		expect(await getWish(db, wish.id)).toEqual(wish);
		expect((await getMedia(db, wish.id)).voice?.mimeType).toBe('audio/ogg');
	});

	it('returns null for a wish that is already gone', async () => {
		expect(await deleteWish(db, crypto.randomUUID())).toBeNull();
	});
});

describe('upcoming first steps', () => {
	it('shows open, unpaused steps, the earliest date first', async () => {
		const make = async (text: string, step: string, date: string | null, extra = {}) =>
			(await createWish(db, { text, firstStep: { text: step, date }, ...extra })).wish;
		await make('A', 'später', null);
		await make('B', 'bald', '2026-12-01');
		await make('C', 'zuerst', '2026-11-25');
		await make('D', 'fertig', '2026-11-24', { status: 'done' });
		await make('E', 'pause', '2026-11-24', { paused: true });
		await make('F', '', null);
		const steps = upcomingFirstSteps(await listWishes(db)).map((wish) => wish.firstStep.text);
		expect(steps).toEqual(['zuerst', 'bald', 'später']);
	});
});

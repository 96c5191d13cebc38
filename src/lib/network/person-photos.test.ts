import { afterEach, describe, expect, it, vi } from 'vitest';
import { database } from '$lib/db/connection';
import { addPerson, deletePersonPhoto, savePersonPhoto } from '$lib/db/network-repository';
import { personPhotos } from './person-photos.svelte';

afterEach(async () => {
	await database().personPhotos.clear();
	await database().people.clear();
});

const jpeg = (text: string) => new Blob([text], { type: 'image/jpeg' });

describe('personPhotos', () => {
	it('gives an address for a saved photo, a new one when it changes, none when it goes', async () => {
		const stop = personPhotos.watch();
		const anna = await addPerson(database(), { name: 'Anna' });
		expect(personPhotos.url(anna.id)).toBeUndefined();
		await savePersonPhoto(database(), anna.id, jpeg('first'));
		await vi.waitFor(() => expect(personPhotos.url(anna.id)).toMatch(/^blob:/));
		const first = personPhotos.url(anna.id);
		await savePersonPhoto(database(), anna.id, jpeg('second'));
		await vi.waitFor(() => expect(personPhotos.url(anna.id)).not.toBe(first));
		expect(await (await fetch(personPhotos.url(anna.id)!)).text()).toBe('second');
		await deletePersonPhoto(database(), anna.id);
		await vi.waitFor(() => expect(personPhotos.url(anna.id)).toBeUndefined());
		stop();
	});

	it('lets the addresses go once nobody watches any more', async () => {
		const stop = personPhotos.watch();
		const anna = await addPerson(database(), { name: 'Anna' });
		await savePersonPhoto(database(), anna.id, jpeg('anna'));
		await vi.waitFor(() => expect(personPhotos.url(anna.id)).toMatch(/^blob:/));
		stop();
		await vi.waitFor(() => expect(personPhotos.url(anna.id)).toBeUndefined());
	});
});

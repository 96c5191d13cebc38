import { afterEach, describe, expect, it, vi } from 'vitest';
import { database } from '$lib/db/connection';
import { addPerson, getPersonPhoto } from '$lib/db/network-repository';
import { storageStatus } from '$lib/storage/storage-status.svelte';
import { read } from '$lib/storage/live-query.test-support';
import { personPhotos } from './person-photos.svelte';

vi.mock('svelte/reactivity', async (original) => ({
	...(await original<object>()),
	...(await import('$lib/storage/live-query.test-support'))
}));

afterEach(async () => {
	await database().personPhotos.clear();
	await database().people.clear();
	storageStatus.dismiss();
});

const jpeg = (text: string) => new Blob([text], { type: 'image/jpeg' });

describe('personPhotos', () => {
	it('gives an address for a saved photo, a new one when it changes, none when it goes', async () => {
		const stop = read();
		const anna = await addPerson(database(), { name: 'Anna' });
		expect(personPhotos.url(anna.id)).toBeUndefined();
		expect(await personPhotos.save(anna.id, jpeg('first'))).toBe(true);
		await vi.waitFor(() => expect(personPhotos.url(anna.id)).toMatch(/^blob:/));
		const first = personPhotos.url(anna.id);
		await personPhotos.save(anna.id, jpeg('second'));
		await vi.waitFor(() => expect(personPhotos.url(anna.id)).not.toBe(first));
		expect(await (await fetch(personPhotos.url(anna.id)!)).text()).toBe('second');
		expect(await personPhotos.remove(anna.id)).toBe(true);
		await vi.waitFor(() => expect(personPhotos.url(anna.id)).toBeUndefined());
		expect(await getPersonPhoto(database(), anna.id)).toBeNull();
		stop();
	});

	it('lets the addresses go once no page shows photos any more', async () => {
		const stop = read();
		const anna = await addPerson(database(), { name: 'Anna' });
		await personPhotos.save(anna.id, jpeg('anna'));
		await vi.waitFor(() => expect(personPhotos.url(anna.id)).toMatch(/^blob:/));
		const url = personPhotos.url(anna.id)!;
		stop();
		expect(personPhotos.url(anna.id)).toBeUndefined();
		await expect(fetch(url)).rejects.toThrow();
	});

	it('tells the person when a photo cannot be saved', async () => {
		expect(await personPhotos.save(crypto.randomUUID(), jpeg('nobody'))).toBe(false);
		expect(storageStatus.problem).toBe('invalid');
	});
});

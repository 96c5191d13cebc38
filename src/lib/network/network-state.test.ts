import { afterEach, describe, expect, it, vi } from 'vitest';
import { database } from '$lib/db/connection';
import { addPerson, deletePerson } from '$lib/db/network-repository';
import { storageStatus } from '$lib/storage/storage-status.svelte';
import { networkState } from './network-state.svelte';

afterEach(async () => {
	await database().people.clear();
	storageStatus.dismiss();
});

describe('networkState', () => {
	it('follows the database while watched, also for writes made elsewhere', async () => {
		const stop = networkState.watch();
		await addPerson(database(), { name: 'Anna' });
		await vi.waitFor(() =>
			expect(networkState.people.map((person) => person.name)).toEqual(['Anna'])
		);
		expect(networkState.loaded).toBe(true);
		stop();
	});

	it('still follows the database when the next page starts watching as the last one stops', async () => {
		const stop = networkState.watch();
		await addPerson(database(), { name: 'Anna' });
		await vi.waitFor(() => expect(networkState.people).toHaveLength(1));
		stop();
		const stopNext = networkState.watch();
		await addPerson(database(), { name: 'Ben' });
		await vi.waitFor(() => expect(networkState.people).toHaveLength(2));
		stopNext();
	});

	it('shows a storage problem in easy words instead of failing silently', async () => {
		const result = await networkState.change((db) => addPerson(db, { name: '' }));
		expect(result).toBeNull();
		expect(storageStatus.problem).toBe('invalid');
	});

	it('remembers a deletion for "Rückgängig" until told to forget it', async () => {
		const anna = await addPerson(database(), { name: 'Anna' });
		const removed = await networkState.change((db) => deletePerson(db, anna.id));
		networkState.rememberRemoved(removed);
		expect(networkState.lastRemoved?.person.name).toBe('Anna');
		networkState.rememberRemoved(null);
		expect(networkState.lastRemoved).toBeNull();
	});
});

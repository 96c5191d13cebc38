import { afterEach, describe, expect, it, vi } from 'vitest';
import { database } from '$lib/db/connection';
import { addPerson, deletePerson } from '$lib/db/people-repository';
import { storageStatus } from '$lib/db/storage-status.svelte';
import { peopleState } from './people-state.svelte';

afterEach(async () => {
	await database().people.clear();
	storageStatus.dismiss();
});

describe('peopleState', () => {
	it('follows the database while watched, also for writes made elsewhere', async () => {
		const stop = peopleState.watch();
		await addPerson(database(), { name: 'Anna' });
		await vi.waitFor(() =>
			expect(peopleState.people.map((person) => person.name)).toEqual(['Anna'])
		);
		expect(peopleState.loaded).toBe(true);
		stop();
	});

	it('still follows the database when the next page starts watching as the last one stops', async () => {
		const stop = peopleState.watch();
		await addPerson(database(), { name: 'Anna' });
		await vi.waitFor(() => expect(peopleState.people).toHaveLength(1));
		stop();
		const stopNext = peopleState.watch();
		await addPerson(database(), { name: 'Ben' });
		await vi.waitFor(() => expect(peopleState.people).toHaveLength(2));
		stopNext();
	});

	it('shows a storage problem in easy words instead of failing silently', async () => {
		const result = await peopleState.change((db) => addPerson(db, { name: '' }));
		expect(result).toBeNull();
		expect(storageStatus.problem).toBe('invalid');
	});

	it('remembers a deletion for "Rückgängig" until told to forget it', async () => {
		const anna = await addPerson(database(), { name: 'Anna' });
		const removed = await peopleState.change((db) => deletePerson(db, anna.id));
		peopleState.rememberRemoved(removed);
		expect(peopleState.lastRemoved?.person.name).toBe('Anna');
		peopleState.rememberRemoved(null);
		expect(peopleState.lastRemoved).toBeNull();
	});
});

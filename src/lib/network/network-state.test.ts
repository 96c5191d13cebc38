import { afterEach, describe, expect, it, vi } from 'vitest';
import { database } from '$lib/db/connection';
import { addPerson, setTie } from '$lib/db/network-repository';
import { storageStatus } from '$lib/storage/storage-status.svelte';
import { read } from '$lib/storage/live-query.test-support';
import { networkState } from './network-state.svelte';

vi.mock('svelte/reactivity', async (original) => ({
	...(await original<object>()),
	...(await import('$lib/storage/live-query.test-support'))
}));

afterEach(async () => {
	const db = database();
	await Promise.all([db.people.clear(), db.ties.clear(), db.tieAnswers.clear()]);
	await db.snapshots.clear();
	storageStatus.dismiss();
	networkState.forgetRemoved();
});

const names = () => networkState.people.map((person) => person.name);

describe('networkState', () => {
	it('follows the database while a page reads it, also for writes made elsewhere', async () => {
		const stop = read();
		await addPerson(database(), { name: 'Anna' });
		await vi.waitFor(() => expect(names()).toEqual(['Anna']));
		expect(networkState.loaded).toBe(true);
		stop();
	});

	it('shows a changed person at once, in name order', async () => {
		const stop = read();
		const anna = await networkState.addPerson({ name: 'Anna' });
		await networkState.addPerson({ name: 'Ben' });
		await vi.waitFor(() => expect(names()).toEqual(['Anna', 'Ben']));
		const saved = networkState.updatePerson(anna!.id, { name: 'Carla' });
		await saved;
		expect(names()).toEqual(['Ben', 'Carla']);
		stop();
	});

	it('shows a storage problem in easy words instead of failing silently', async () => {
		const result = await networkState.addPerson({ name: '' });
		expect(result).toBeUndefined();
		expect(storageStatus.problem).toBe('invalid');
	});

	it('offers "Rückgängig" after a deletion and puts the person back with their ties', async () => {
		const stop = read();
		const anna = await addPerson(database(), { name: 'Anna' });
		const ben = await addPerson(database(), { name: 'Ben' });
		await setTie(database(), anna.id, ben.id, true);
		await networkState.removePerson(anna.id);
		expect(networkState.lastRemoved?.person.name).toBe('Anna');
		const restored = await networkState.undoRemove();
		expect(restored?.person.name).toBe('Anna');
		expect(networkState.lastRemoved).toBeNull();
		await vi.waitFor(() => expect(networkState.knownBy(anna.id)).toEqual(new Set([ben.id])));
		stop();
	});

	it('forgets a deletion when a new person comes', async () => {
		const anna = await addPerson(database(), { name: 'Anna' });
		await networkState.removePerson(anna.id);
		await networkState.addPerson({ name: 'Ben' });
		expect(networkState.lastRemoved).toBeNull();
	});

	it('writes only the ties that change when saving whom a person knows', async () => {
		const stop = read();
		const [anna, ben, carla] = await Promise.all(
			['Anna', 'Ben', 'Carla'].map((name) => addPerson(database(), { name }))
		);
		await setTie(database(), anna!.id, ben!.id, true);
		await vi.waitFor(() => {
			expect(names()).toEqual(['Anna', 'Ben', 'Carla']);
			expect(networkState.ties).toHaveLength(1);
		});
		expect(await networkState.setKnown(anna!.id, new Set([carla!.id]))).toBe(true);
		await vi.waitFor(() => expect(networkState.knownBy(anna!.id)).toEqual(new Set([carla!.id])));
		// Ben and Carla were not asked about: no answer is remembered for them.
		expect(networkState.answers).toHaveLength(2);
		stop();
	});

	it('saves and deletes snapshots', async () => {
		const stop = read();
		await addPerson(database(), { name: 'Anna' });
		const snapshot = await networkState.saveSnapshot('Vorher');
		await vi.waitFor(() => expect(networkState.snapshots).toHaveLength(1));
		expect(snapshot?.people).toHaveLength(1);
		expect(await networkState.deleteSnapshot(snapshot!.id)).toBe(true);
		await vi.waitFor(() => expect(networkState.snapshots).toHaveLength(0));
		stop();
	});

	it('replaces the network with what a file holds', async () => {
		const stop = read();
		await addPerson(database(), { name: 'Anna' });
		const ben = await addPerson(database(), { name: 'Ben' });
		expect(await networkState.importNetwork({ people: [ben], ties: [], snapshots: [] })).toBe(true);
		await vi.waitFor(() => expect(names()).toEqual(['Ben']));
		stop();
	});
});

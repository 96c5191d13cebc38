import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { database } from '$lib/db/connection';
import { addPerson } from '$lib/db/network-repository';
import { databaseName } from '$lib/db/presence';
import { read } from './live-query.test-support';
import { dexieWriteChannel, LiveQuery } from './live-query.svelte';

vi.mock('svelte/reactivity', async (original) => ({
	...(await original<object>()),
	...(await import('./live-query.test-support'))
}));

let stop: (() => void) | undefined;

afterEach(() => {
	stop?.();
	stop = undefined;
});

afterAll(async () => {
	database().close();
	await new Promise((resolve) => {
		const request = indexedDB.deleteDatabase(databaseName);
		request.onsuccess = request.onerror = resolve;
	});
});

describe('LiveQuery', () => {
	it('listens on the channel the installed Dexie writes on', () => {
		// Dexie names this channel in its code only: an update that renames it fails here.
		const require = createRequire(import.meta.url);
		const source = readFileSync(require.resolve('dexie/dist/modern/dexie.mjs'), 'utf8');
		expect(source).toContain(`'${dexieWriteChannel}'`);
	});

	it('answers with its initial value while nothing is stored, and reads once something is', async () => {
		expect((await indexedDB.databases()).map((entry) => entry.name)).not.toContain(databaseName);
		const query = vi.fn(() => database().people.count());
		const count = new LiveQuery(query, { initial: -1, emptyUntilStored: true });
		stop = read();
		await vi.waitFor(() => expect(count.loaded).toBe(true));
		expect(count.current).toBe(-1);
		expect(query).not.toHaveBeenCalled();

		await addPerson(database(), { name: 'Anna' });
		await vi.waitFor(() => expect(count.current).toBe(1));
	});
});

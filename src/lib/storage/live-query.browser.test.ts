import Dexie, { type Table } from 'dexie';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { LiveQuery } from './live-query.svelte';
import LiveQueryReader from './LiveQueryReader.svelte';
import { storageStatus } from './storage-status.svelte';

// A small database of its own, in the browser's real IndexedDB.
class CountDatabase extends Dexie {
	rows!: Table<{ id: number }, number>;
	constructor() {
		super(`live-query-${crypto.randomUUID()}`);
		this.version(1).stores({ rows: 'id' });
	}
}

let db: CountDatabase;

afterEach(async () => {
	storageStatus.dismiss();
	await db?.delete();
});

function countQuery(options: { onStop?: () => void } = {}) {
	db = new CountDatabase();
	const read = vi.fn(() => db.rows.count());
	return { read, query: new LiveQuery(read, { initial: 0, ...options }) };
}

const shown = () => page.getByRole('status');

describe('LiveQuery', () => {
	test('reads nothing until a page part shows it', async () => {
		const { read, query } = countQuery();
		expect(query.current).toBe(0);
		expect(read).not.toHaveBeenCalled();
		await render(LiveQueryReader, { query });
		await expect.element(shown()).toHaveTextContent('0');
		expect(read).toHaveBeenCalled();
	});

	test('follows every write while it is shown', async () => {
		const { query } = countQuery();
		await render(LiveQueryReader, { query });
		await expect.element(shown()).toHaveTextContent('0');
		await db.rows.bulkAdd([{ id: 1 }, { id: 2 }]);
		await expect.element(shown()).toHaveTextContent('2');
		await db.rows.delete(1);
		await expect.element(shown()).toHaveTextContent('1');
	});

	test('stops reading when the last part that shows it is gone', async () => {
		const onStop = vi.fn();
		const { read, query } = countQuery({ onStop });
		const first = await render(LiveQueryReader, { query });
		const second = await render(LiveQueryReader, { query });
		await expect.element(shown().first()).toHaveTextContent('0');
		first.unmount();
		await Promise.resolve();
		expect(onStop).not.toHaveBeenCalled();
		await db.rows.add({ id: 1 });
		await expect.element(shown()).toHaveTextContent('1');
		second.unmount();
		await vi.waitFor(() => expect(onStop).toHaveBeenCalledTimes(1));
		const reads = read.mock.calls.length;
		await db.rows.add({ id: 2 });
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(read).toHaveBeenCalledTimes(reads);
	});

	test('shows a value at once before the database reports it', async () => {
		const { query } = countQuery();
		await render(LiveQueryReader, { query });
		await expect.element(shown()).toHaveTextContent('0');
		query.show(5);
		await expect.element(shown()).toHaveTextContent('5');
	});

	test('a failed read is told to the person in easy words', async () => {
		db = new CountDatabase();
		const query = new LiveQuery<number>(() => Promise.reject(new Error('broken')), {
			initial: 0
		});
		const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		await render(LiveQueryReader, { query });
		await vi.waitFor(() => expect(storageStatus.problem).toBe('unknown'));
		await expect.element(shown()).toHaveTextContent('0');
		quiet.mockRestore();
	});

	test('follow() reads outside any view until it is stopped', async () => {
		const results: number[] = [];
		db = new CountDatabase();
		const query = new LiveQuery(() => db.rows.count(), {
			initial: 0,
			onResult: (count) => results.push(count)
		});
		const stop = query.follow();
		await vi.waitFor(() => expect(results).toEqual([0]));
		await db.rows.add({ id: 1 });
		await vi.waitFor(() => expect(results).toEqual([0, 1]));
		expect(query.current).toBe(1);
		stop();
		await db.rows.add({ id: 2 });
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(results).toEqual([0, 1]);
	});
});

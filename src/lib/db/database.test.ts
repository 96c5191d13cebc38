import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { NahbeiDatabase, declaredVersions } from './database';
import type { SchemaVersion } from './migrations';

const history: SchemaVersion[] = [
	{ version: 1, date: '2026-01-01', reason: 'Test: the first store.', stores: { notes: 'id' } },
	{
		version: 2,
		date: '2026-01-02',
		reason: 'Test: a second store and an index.',
		stores: { notes: 'id, day', tags: 'id' }
	},
	{
		version: 3,
		date: '2026-01-03',
		reason: 'Test: every note gets a mark.',
		stores: { marks: 'id' },
		upgrade: async (tx) => {
			await tx.table('notes').toCollection().modify({ marked: true });
		}
	},
	{
		version: 4,
		date: '2026-01-04',
		reason: 'Test: tags go, pins come.',
		stores: { tags: null, pins: 'id' }
	}
];

const names: string[] = [];
afterEach(async () => {
	for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('declaredVersions', () => {
	it('declares each data migration and the newest version, with every store as it stands then', () => {
		expect(declaredVersions(history).map(({ version, stores }) => ({ version, stores }))).toEqual([
			{ version: 3, stores: { notes: 'id, day', tags: 'id', marks: 'id' } },
			{ version: 4, stores: { notes: 'id, day', tags: null, marks: 'id', pins: 'id' } }
		]);
	});

	it('brings an older database up to the newest, running the migration and dropping a store', async () => {
		const name = `declared-${crypto.randomUUID()}`;
		names.push(name);
		// Saved with version 2, which still had the store that version 4 drops.
		const old = new Dexie(name);
		old.version(2).stores({ notes: 'id, day', tags: 'id' });
		await old.table('notes').put({ id: 'a' });
		await old.table('tags').put({ id: 't' });
		old.close();

		const current = new NahbeiDatabase(name, history);
		await current.open();
		expect(current.verno).toBe(4);
		expect(current.tables.map((table) => table.name).sort()).toEqual(['marks', 'notes', 'pins']);
		expect(await current.table('notes').get('a')).toEqual({ id: 'a', marked: true });
		expect(current.table('notes').schema.indexes.map((index) => index.name)).toEqual(['day']);
		current.close();
	});
});

import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { NahbeiDatabase } from './database';
import { openDatabase } from './connection';
import { schemaVersions, type SchemaVersion } from './migrations';
import { guardStorage, setReconnect } from './storage-problem';

const databases: NahbeiDatabase[] = [];

function track(db: NahbeiDatabase): NahbeiDatabase {
	databases.push(db);
	return db;
}

afterEach(async () => {
	setReconnect(null);
	for (const db of databases.splice(0)) await db.delete();
});

// A made-up next version whose data migration breaks half-way, to see what the person gets.
const brokenNext: SchemaVersion = {
	version: schemaVersions.length + 1,
	date: '2026-11-24',
	reason: 'Only in this test: an upgrade that fails.',
	stores: { wishes: 'id, status, updatedAt, author' },
	upgrade: async (tx) => {
		await tx.table('wishes').toCollection().modify({ step: 1 });
		throw new Error('the upgrade broke half-way');
	}
};

describe('a failed upgrade', () => {
	it('is told as "upgrade", and leaves the old data exactly as it was', async () => {
		const name = `upgrade-${crypto.randomUUID()}`;
		const old = track(new NahbeiDatabase(name));
		await old.open();
		const wish = { id: 'w1', text: 'Ich möchte tanzen. 💃', step: 5, updatedAt: 'x' };
		await old.wishes.put(wish as never);
		old.close();

		const next = track(new NahbeiDatabase(name, [...schemaVersions, brokenNext]));
		await expect(openDatabase(next)).rejects.toMatchObject({ kind: 'upgrade' });
		next.close();

		const again = track(new NahbeiDatabase(name));
		await again.open();
		expect(again.verno).toBe(schemaVersions.length);
		expect(await again.wishes.toArray()).toEqual([wish]);
	});

	it('is not claimed when there was nothing to upgrade', async () => {
		const db = track(new NahbeiDatabase(`fresh-${crypto.randomUUID()}`));
		await expect(openDatabase(db)).resolves.toBeUndefined();
	});
});

describe('a connection lost in the background', () => {
	async function filled() {
		const db = track(new NahbeiDatabase(`lost-${crypto.randomUUID()}`));
		await db.open();
		await db.favourites.put({ offerId: 'o1', addedAt: '2026-11-23T10:00:00.000Z' });
		return db;
	}

	it('still gives the data when the browser closed the connection itself', async () => {
		const db = await filled();
		// What iOS does to an app in the background.
		db.backendDB().close();
		expect(await guardStorage(() => db.favourites.toArray())).toHaveLength(1);
	});

	it.each([
		['DatabaseClosedError', () => new Dexie.DatabaseClosedError('closed')],
		['InvalidStateError', () => new DOMException('closing', 'InvalidStateError')]
	])('after %s is opened again once, and the work runs again', async (_name, lost) => {
		const db = await filled();
		let reopened = 0;
		setReconnect(async () => {
			reopened++;
			db.close({ disableAutoOpen: false });
			await db.open();
			return true;
		});
		let tries = 0;
		const rows = await guardStorage(async () => {
			tries++;
			if (tries === 1) throw lost();
			return db.favourites.toArray();
		});
		expect(rows).toHaveLength(1);
		expect({ reopened, tries }).toEqual({ reopened: 1, tries: 2 });
	});

	it('is tried again only once', async () => {
		const db = await filled();
		setReconnect(async () => true);
		let tries = 0;
		const failing = guardStorage(async () => {
			tries++;
			throw new Dexie.DatabaseClosedError('closed');
		});
		await expect(failing).rejects.toMatchObject({ kind: 'outdated' });
		expect(tries).toBe(2);
		expect(db.isOpen()).toBe(true);
	});

	it('is not opened again after a newer version took over, and says so', async () => {
		const db = track(new NahbeiDatabase(`handed-${crypto.randomUUID()}`));
		await db.open();
		setReconnect(async () => false);
		db.close();
		await expect(guardStorage(() => db.favourites.toArray())).rejects.toMatchObject({
			kind: 'outdated'
		});
	});
});

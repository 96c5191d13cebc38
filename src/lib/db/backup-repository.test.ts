import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBackup, writeBackup } from '$lib/backup/backup-file';
import { NahbeiDatabase } from './database';
import {
	deletePersonalData,
	personalTableNames,
	readAllPersonalData,
	restorePersonalData
} from './backup-repository';
import { setFavourite } from './offers-repository';
import { addPerson, replaceNetwork, setTie } from './network-repository';
import { saveSettings } from './settings-repository';
import { createWish, saveMedia } from './wishes-repository';
import { aPerson } from '../../../tests/fixtures/builders.js';
import { withBlobBytes } from '../../../tests/support/blobs';

const snapshot = async (from: NahbeiDatabase) => withBlobBytes(await readAllPersonalData(from));

let db: NahbeiDatabase;

beforeEach(async () => {
	db = new NahbeiDatabase(`import-${crypto.randomUUID()}`);
	await db.open();
});

afterEach(async () => {
	stopFaults();
	await db.delete();
});

type WriteMethod = 'put' | 'add' | 'delete' | 'clear';
const writeMethods: WriteMethod[] = ['put', 'add', 'delete', 'clear'];
const originals = new Map(writeMethods.map((name) => [name, IDBObjectStore.prototype[name]]));

/**
 * Counts every write request to IndexedDB from now on; write number `failAt` (1, 2, …) fails as
 * a full disk does. Returns how many writes were asked for.
 */
function injectQuotaFault(failAt: number): { writes: () => number; hit: () => boolean } {
	let writes = 0;
	for (const name of writeMethods) {
		const original = originals.get(name) as (...args: unknown[]) => IDBRequest;
		Object.defineProperty(IDBObjectStore.prototype, name, {
			configurable: true,
			writable: true,
			value: function (this: IDBObjectStore, ...args: unknown[]) {
				writes++;
				if (writes === failAt) throw new DOMException('The disk is full.', 'QuotaExceededError');
				return original.apply(this, args);
			}
		});
	}
	return { writes: () => writes, hit: () => writes >= failAt };
}

function stopFaults() {
	for (const name of writeMethods) {
		Object.defineProperty(IDBObjectStore.prototype, name, {
			configurable: true,
			writable: true,
			value: originals.get(name)
		});
	}
}

async function fillBefore() {
	await saveSettings(db, { theme: 'contrast' });
	const jürgen = await addPerson(db, { name: 'Jürgen 🚲', area: 'family', closeness: 1 });
	const ayşe = await addPerson(db, { name: 'Ayşe', area: 'friends' });
	await setTie(db, jürgen.id, ayşe.id, true);
	await setFavourite(db, '6f1b2c1e-0d6c-4a51-9b7e-2f0a1c3d4e5f', true);
	const { wish } = await createWish(db, { text: 'Ich möchte wieder tanzen.' });
	await saveMedia(db, wish.id, 'voice', new Blob(['vorher'], { type: 'audio/webm' }));
}

// Another phone's data: some rows new, one favourite the same as here.
async function otherBackup(): Promise<Record<string, unknown[]>> {
	const other = new NahbeiDatabase(`other-${crypto.randomUUID()}`);
	await other.open();
	await saveSettings(other, { theme: 'dark', textSize: 'large' });
	for (const name of ['Oma Käthe', 'Herr Öztürk', 'Café „Süß“ ☕'])
		await addPerson(other, { name });
	await setFavourite(other, '6f1b2c1e-0d6c-4a51-9b7e-2f0a1c3d4e5f', true);
	const { wish } = await createWish(other, { text: 'Einmal ans Meer 🌊' });
	await saveMedia(other, wish.id, 'photo', new Blob(['foto'], { type: 'image/jpeg' }));
	const text = await writeBackup(await readAllPersonalData(other), other.verno);
	await other.delete();
	const result = readBackup(text, personalTableNames(db), db.verno);
	if (!result.ok) throw new Error(result.problem);
	return result.backup.tables;
}

describe('a full disk during an import (fault at every write k)', () => {
	it.each(['replace', 'add'] as const)(
		'restoring a backup (%s) leaves the database exactly as before',
		async (mode) => {
			await fillBefore();
			const before = await snapshot(db);
			const tables = await otherBackup();
			let failAt = 1;
			for (;;) {
				const fault = injectQuotaFault(failAt);
				const outcome = await restorePersonalData(db, tables, mode).then(
					() => 'done' as const,
					(error: unknown) => error
				);
				stopFaults();
				if (!fault.hit()) {
					// The first run that reached no fault wrote everything: the import works.
					expect(outcome).toBe('done');
					break;
				}
				expect(outcome, `write ${failAt}`).toMatchObject({ kind: 'quota' });
				expect(await snapshot(db), `write ${failAt}`).toEqual(before);
				failAt++;
			}
			// Every write of the import was tried as the failing one.
			expect(failAt).toBeGreaterThan(5);
			expect((await readAllPersonalData(db)).people?.length).toBe(mode === 'add' ? 5 : 3);
		}
	);

	it('importing a network file leaves Meine Menschen exactly as before', async () => {
		await fillBefore();
		const before = await snapshot(db);
		const people = [1, 2, 3].map((n) =>
			aPerson({
				name: `Nachbarin ${n} 🌷`,
				area: 'quartier',
				closeness: 2,
				createdAt: '2026-11-23T10:00:00.000Z'
			})
		);
		const data = { people, ties: [], snapshots: [] };
		let failAt = 1;
		for (;;) {
			const fault = injectQuotaFault(failAt);
			const outcome = await replaceNetwork(db, data as never).then(
				() => 'done' as const,
				(error: unknown) => error
			);
			stopFaults();
			if (!fault.hit()) break;
			expect(outcome, `write ${failAt}`).toMatchObject({ kind: 'quota' });
			expect(await snapshot(db), `write ${failAt}`).toEqual(before);
			failAt++;
		}
		expect(failAt).toBeGreaterThan(3);
	});

	it('deleting everything is all or nothing too', async () => {
		await fillBefore();
		const before = await snapshot(db);
		injectQuotaFault(3);
		await expect(deletePersonalData(db)).rejects.toMatchObject({ kind: 'quota' });
		stopFaults();
		expect(await snapshot(db)).toEqual(before);
	});
});

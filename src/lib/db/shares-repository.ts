import * as v from 'valibot';
import type { NahbeiDatabase } from './database';
import { PersonSchema, type Person } from './network-schema';
import {
	MyLotseValuesSchema,
	ReceivedShareSchema,
	ShareLogEntrySchema,
	type MyLotseRecord,
	type MyLotseValues,
	type ReceivedShare,
	type ShareLogEntry,
	type ShareLogInput,
	type SharePayload,
	upgradeSharePayload
} from './share-schema';
import { guardStorage } from './storage-problem';
import { WishSchema, type Wish } from './wish-schema';

const myLotseId = 'mine';

/** The share log, the newest first. */
export function listShareLog(db: NahbeiDatabase): Promise<ShareLogEntry[]> {
	return guardStorage(async () => await db.shares.orderBy('sentAt').reverse().toArray());
}

/** The share log keeps this many notes; older ones go, so the log never grows without bound. */
export const maxShareLogEntries = 200;

/** Notes in the share log that something was shared now; the oldest notes past the limit go. */
export function logShare(db: NahbeiDatabase, input: ShareLogInput): Promise<ShareLogEntry> {
	return guardStorage(async () => {
		const now = new Date().toISOString();
		const entry = v.parse(ShareLogEntrySchema, {
			...input,
			id: crypto.randomUUID(),
			sentAt: now,
			createdAt: now,
			updatedAt: now
		});
		await db.transaction('rw', db.shares, async () => {
			await db.shares.add(entry);
			const over = (await db.shares.count()) - maxShareLogEntries;
			if (over > 0) {
				const oldest = await db.shares.orderBy('sentAt').limit(over).primaryKeys();
				await db.shares.bulkDelete(oldest);
			}
		});
		return entry;
	});
}

/** Deletes one entry of the share log (the share itself cannot be taken back). */
export function deleteShareLogEntry(db: NahbeiDatabase, id: string): Promise<void> {
	return guardStorage(() => db.shares.delete(id));
}

/** "Mein Lotse", or null before the person has set one. */
export function getMyLotse(db: NahbeiDatabase): Promise<MyLotseValues | null> {
	return guardStorage(async () => {
		const row = await db.myLotse.get(myLotseId);
		if (!row) return null;
		const parsed = v.safeParse(MyLotseValuesSchema, row);
		return parsed.success ? parsed.output : null;
	});
}

/** Saves "Mein Lotse" and returns it as saved. */
export function saveMyLotse(db: NahbeiDatabase, input: MyLotseValues): Promise<MyLotseValues> {
	return guardStorage(async () => {
		const values = v.parse(MyLotseValuesSchema, input);
		await db.transaction('rw', db.myLotse, async () => {
			const before = await db.myLotse.get(myLotseId);
			const now = new Date().toISOString();
			const record: MyLotseRecord = {
				...values,
				id: myLotseId,
				createdAt: before?.createdAt ?? now,
				updatedAt: now
			};
			await db.myLotse.put(record);
		});
		return values;
	});
}

/** Forgets "Mein Lotse". */
export function deleteMyLotse(db: NahbeiDatabase): Promise<void> {
	return guardStorage(() => db.myLotse.delete(myLotseId));
}

/**
 * The shares a Lotse keeps on this device, the newest first. A share kept as version 1 is read
 * as version 2. A row that does not pass the schema (kept by an older version that let two
 * items share one id) is left out, so it can never break the screen.
 */
export function listReceived(db: NahbeiDatabase): Promise<ReceivedShare[]> {
	return guardStorage(async () => {
		const rows = await db.received.orderBy('keptAt').reverse().toArray();
		return rows.flatMap((row) => {
			const parsed = v.safeParse(ReceivedShareSchema, {
				...row,
				payload: upgradeSharePayload(row.payload)
			});
			return parsed.success ? [parsed.output] : [];
		});
	});
}

/** One kept share, or null. */
export function getReceived(db: NahbeiDatabase, id: string): Promise<ReceivedShare | null> {
	return guardStorage(async () => (await db.received.get(id)) ?? null);
}

/** Keeps an opened share on this device, apart from everything else. */
export function keepReceived(db: NahbeiDatabase, payload: SharePayload): Promise<ReceivedShare> {
	return guardStorage(async () => {
		const now = new Date().toISOString();
		const row = v.parse(ReceivedShareSchema, {
			id: crypto.randomUUID(),
			keptAt: now,
			payload,
			createdAt: now,
			updatedAt: now
		});
		await db.received.add(row);
		return row;
	});
}

/** Deletes a kept share. */
export function deleteReceived(db: NahbeiDatabase, id: string): Promise<void> {
	return guardStorage(() => db.received.delete(id));
}

/** What an import back writes: whole records, already merged by the caller. */
export interface ImportWrites {
	wishes: Wish[];
	people: Person[];
	offerIds: string[];
}

/**
 * Writes taken-along items into the person's own data in one transaction: it is complete or it
 * changes nothing. Records are validated first; saved offers keep their first date.
 */
export function importShared(db: NahbeiDatabase, writes: ImportWrites): Promise<void> {
	return guardStorage(async () => {
		const wishes = writes.wishes.map((wish) => v.parse(WishSchema, wish));
		const people = writes.people.map((person) => v.parse(PersonSchema, person));
		const now = new Date().toISOString();
		await db.transaction('rw', [db.wishes, db.people, db.favourites], async () => {
			await db.wishes.bulkPut(wishes);
			await db.people.bulkPut(people);
			for (const offerId of writes.offerIds) {
				if (!(await db.favourites.get(offerId))) await db.favourites.put({ offerId, addedAt: now });
			}
		});
	});
}

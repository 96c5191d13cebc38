/*
 * What the share screens keep on this device: "Mein Lotse", the share log, the shares a Lotse
 * keeps, and an import back into the person's own data. Views call these verbs; each one calls
 * its repository and, when storage fails, tells the person (storageStatus) and gives undefined
 * or false, so no view opens the database or catches a storage error itself.
 */
import { database } from '$lib/db/connection';
import { listPeople } from '$lib/db/network-repository';
import { listFavourites } from '$lib/db/offers-repository';
import type {
	MyLotseValues,
	ReceivedShare,
	ShareLogEntry,
	ShareLogInput
} from '$lib/db/share-schema';
import {
	deleteReceived,
	deleteShareLogEntry,
	getMyLotse,
	importShared,
	keepReceived,
	listReceived,
	listShareLog,
	logShare,
	saveMyLotse,
	type ImportWrites
} from '$lib/db/shares-repository';
import { listWishes } from '$lib/db/wishes-repository';
import type { Person } from '$lib/network/model';
import { LiveQuery } from '$lib/storage/live-query.svelte';
import { storageStatus } from '$lib/storage/storage-status.svelte';
import type { Wish } from '$lib/wishes/model';
import { planImport, type ImportPlan } from './import-plan';
import type { SharePayload } from './payload';

/** Everything on the device a share may draw from, with "Mein Lotse". */
export interface ShareStock {
	wishes: Wish[];
	people: Person[];
	favouriteIds: string[];
	lotse: MyLotseValues | null;
}

const emptyStock: ShareStock = { wishes: [], people: [], favouriteIds: [], lotse: null };

async function readStock(): Promise<ShareStock> {
	const db = database();
	const [wishes, people, favourites, lotse] = await Promise.all([
		listWishes(db),
		listPeople(db),
		listFavourites(db),
		getMyLotse(db)
	]);
	return { wishes, people, favouriteIds: favourites.map((each) => each.offerId), lotse };
}

class Shares {
	/** The share log, the newest first, kept current (other tabs too). */
	readonly log = new LiveQuery<ShareLogEntry[]>(() => listShareLog(database()), { initial: [] });

	/** The shares a Lotse keeps on this device, the newest first, kept current. */
	readonly received = new LiveQuery<ReceivedShare[]>(() => listReceived(database()), {
		initial: []
	});

	/** Wishes, people, saved offers and "Mein Lotse" for the share screen, kept current. */
	readonly stock = new LiveQuery<ShareStock>(readStock, { initial: emptyStock });

	/** Saves "Mein Lotse"; gives it as saved, or undefined when storage failed (and said so). */
	async saveLotse(values: MyLotseValues): Promise<MyLotseValues | undefined> {
		const saved = await storageStatus.attempt(() => saveMyLotse(database(), values));
		// The screen shows the new Lotse at once, before the database reports it.
		if (saved && this.stock.loaded) this.stock.show({ ...this.stock.current, lotse: saved });
		return saved;
	}

	/** Notes a share in the log; false when storage failed (and said so). */
	async record(input: ShareLogInput): Promise<boolean> {
		return (await storageStatus.attempt(() => logShare(database(), input))) !== undefined;
	}

	/** Deletes one note of the share log (the share itself cannot be taken back). */
	async forget(entryId: string): Promise<boolean> {
		return await succeeded(() => deleteShareLogEntry(database(), entryId));
	}

	/** Keeps an opened share on this device; gives the kept row, or undefined on failure. */
	async keep(payload: SharePayload): Promise<ReceivedShare | undefined> {
		return await storageStatus.attempt(() => keepReceived(database(), payload));
	}

	/** Deletes a kept share; false when storage failed (and said so). */
	async deleteKept(id: string): Promise<boolean> {
		return await succeeded(() => deleteReceived(database(), id));
	}

	/** Plans taking a share into the person's own data: what is new, the same, or changed. */
	async planImport(payload: SharePayload): Promise<ImportPlan | undefined> {
		return await storageStatus.attempt(async () => {
			const db = database();
			const [wishes, people, favourites] = await Promise.all([
				listWishes(db),
				listPeople(db),
				listFavourites(db)
			]);
			return planImport(payload, {
				wishes,
				people,
				favouriteIds: favourites.map((each) => each.offerId)
			});
		});
	}

	/** Writes an import in one go: complete, or nothing changed and the person is told. */
	async takeIn(writes: ImportWrites): Promise<boolean> {
		return await succeeded(() => importShared(database(), writes));
	}
}

async function succeeded(work: () => Promise<void>): Promise<boolean> {
	return (await storageStatus.attempt(async () => (await work(), true))) ?? false;
}

/** The share screens' data on this device. */
export const shares = new Shares();

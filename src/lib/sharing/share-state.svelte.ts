/*
 * What the share screens keep on this device: "Mein Lotse", the share log, the shares a Lotse
 * keeps, and an import back into the person's own data. Views call these verbs; each one calls
 * its repository and, when storage fails, tells the person (storageStatus) and gives undefined
 * or false, so no view opens the database or catches a storage error itself.
 */
import type {
	MyLotseValues,
	ReceivedShare,
	ShareLogEntry,
	ShareLogInput
} from '$lib/db/share-schema';
import type { ImportWrites } from '$lib/db/shares-repository';
import type { Person } from '$lib/network/model';
import { LiveQuery } from '$lib/storage/live-query.svelte';
import { storageStatus } from '$lib/storage/storage-status.svelte';
import type { Wish } from '$lib/wishes/model';
import { planImport, type ImportPlan } from './import-plan';
import type { SharePayload } from './payload';
import { shareStorage } from './share-storage';

/** Everything on the device a share may draw from, with "Mein Lotse". */
export interface ShareStock {
	wishes: Wish[];
	people: Person[];
	favouriteIds: string[];
	lotse: MyLotseValues | null;
}

const emptyStock: ShareStock = { wishes: [], people: [], favouriteIds: [], lotse: null };

async function readStock(): Promise<ShareStock> {
	// The query's `prepare` has loaded the storage: the read calls nothing but Dexie.
	const { repository, db } = shareStorage.loaded();
	const { wishes, network, offers, shares } = repository;
	const [wishList, people, favourites, lotse] = await Promise.all([
		wishes.listWishes(db),
		network.listPeople(db),
		offers.listFavourites(db),
		shares.getMyLotse(db)
	]);
	return {
		wishes: wishList,
		people,
		favouriteIds: favourites.map((each) => each.offerId),
		lotse
	};
}

// Before anything is stored, every list is empty: no database is created and its code waits.
const lazily = { prepare: shareStorage.load, emptyUntilStored: true } as const;

class Shares {
	/** The share log, the newest first, kept current (other tabs too). */
	readonly log = new LiveQuery<ShareLogEntry[]>(
		() => {
			const { repository, db } = shareStorage.loaded();
			return repository.shares.listShareLog(db);
		},
		{ initial: [], ...lazily }
	);

	/** The shares a Lotse keeps on this device, the newest first, kept current. */
	readonly received = new LiveQuery<ReceivedShare[]>(
		() => {
			const { repository, db } = shareStorage.loaded();
			return repository.shares.listReceived(db);
		},
		{ initial: [], ...lazily }
	);

	/** Wishes, people, saved offers and "Mein Lotse" for the share screen, kept current. */
	readonly stock = new LiveQuery<ShareStock>(readStock, { initial: emptyStock, ...lazily });

	/** Saves "Mein Lotse"; gives it as saved, or undefined when storage failed (and said so). */
	async saveLotse(values: MyLotseValues): Promise<MyLotseValues | undefined> {
		const saved = await storageStatus.attempt(() =>
			shareStorage.use(({ shares }, db) => shares.saveMyLotse(db, values))
		);
		// The screen shows the new Lotse at once, before the database reports it.
		if (saved && this.stock.loaded) this.stock.show({ ...this.stock.current, lotse: saved });
		return saved;
	}

	/** Notes a share in the log; false when storage failed (and said so). */
	async record(input: ShareLogInput): Promise<boolean> {
		const logged = await storageStatus.attempt(() =>
			shareStorage.use(({ shares }, db) => shares.logShare(db, input))
		);
		return logged !== undefined;
	}

	/** Deletes one note of the share log (the share itself cannot be taken back). */
	async forget(entryId: string): Promise<boolean> {
		return await succeeded(() =>
			shareStorage.use(({ shares }, db) => shares.deleteShareLogEntry(db, entryId))
		);
	}

	/** Keeps an opened share on this device; gives the kept row, or undefined on failure. */
	async keep(payload: SharePayload): Promise<ReceivedShare | undefined> {
		return await storageStatus.attempt(() =>
			shareStorage.use(({ shares }, db) => shares.keepReceived(db, payload))
		);
	}

	/** Deletes a kept share; false when storage failed (and said so). */
	async deleteKept(id: string): Promise<boolean> {
		return await succeeded(() =>
			shareStorage.use(({ shares }, db) => shares.deleteReceived(db, id))
		);
	}

	/** Plans taking a share into the person's own data: what is new, the same, or changed. */
	async planImport(payload: SharePayload): Promise<ImportPlan | undefined> {
		return await storageStatus.attempt(() =>
			shareStorage.use(async (storage, db) => {
				const [wishes, people, favourites] = await Promise.all([
					storage.wishes.listWishes(db),
					storage.network.listPeople(db),
					storage.offers.listFavourites(db)
				]);
				return planImport(payload, {
					wishes,
					people,
					favouriteIds: favourites.map((each) => each.offerId)
				});
			})
		);
	}

	/** Writes an import in one go: complete, or nothing changed and the person is told. */
	async takeIn(writes: ImportWrites): Promise<boolean> {
		return await succeeded(() =>
			shareStorage.use(({ shares }, db) => shares.importShared(db, writes))
		);
	}
}

async function succeeded(work: () => Promise<void>): Promise<boolean> {
	return (await storageStatus.attempt(async () => (await work(), true))) ?? false;
}

/** The share screens' data on this device. */
export const shares = new Shares();

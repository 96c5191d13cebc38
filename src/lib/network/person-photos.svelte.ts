// The photos of people as app state: a live query apart from the network, so that pages without
// photos (the map, the figures) never load them. Each photo gets one object URL, kept while the
// photo stays the same and revoked when it changes, goes, or no page shows photos any more.
import type { PersonPhoto } from '$lib/db/network-schema';
import { LiveQuery } from '$lib/storage/live-query.svelte';
import { storageStatus } from '$lib/storage/storage-status.svelte';
import { networkStorage } from './network-storage';

/** The query of the live read: the storage was loaded before (the query's `prepare`). */
function listPhotos(): Promise<PersonPhoto[]> {
	const { repository, db } = networkStorage.loaded();
	return repository.listPersonPhotos(db);
}

interface ShownPhoto {
	updatedAt: string;
	url: string;
}

/** Object URLs for the saved photos of people, by person id, and the verbs to change them. */
class PersonPhotos {
	#shown = $state.raw<ReadonlyMap<string, ShownPhoto>>(new Map());
	// From the list to a person's page the photos stay, not made again: SvelteKit swaps the pages
	// in one update, and the query stops only a moment after its last reader is gone.
	#photos = new LiveQuery(listPhotos, {
		initial: [],
		prepare: networkStorage.load,
		emptyUntilStored: true,
		onResult: (photos) => this.#show(photos),
		onStop: () => {
			this.#show([]);
			// Nothing keeps the photos themselves once no page shows them.
			this.#photos.show([]);
		}
	});

	/** The address of a person's photo to show, or undefined when they have none. */
	url(personId: string): string | undefined {
		// Reading the query keeps it running while a page shows photos.
		void this.#photos.current;
		return this.#shown.get(personId)?.url;
	}

	/** Saves a person's photo (already made small), replacing the one before. */
	async save(personId: string, photo: Blob): Promise<boolean> {
		const saved = await storageStatus.attempt(() =>
			networkStorage.use((repository, db) => repository.savePersonPhoto(db, personId, photo))
		);
		return saved !== undefined;
	}

	/** Deletes a person's photo; the person stays. */
	async remove(personId: string): Promise<boolean> {
		const done = await storageStatus.attempt(async () => {
			const { repository, db } = await networkStorage.load();
			await repository.deletePersonPhoto(db, personId);
			return true;
		});
		return done ?? false;
	}

	#show(photos: readonly PersonPhoto[]): void {
		const before = this.#shown;
		const next: ReadonlyMap<string, ShownPhoto> = new Map(
			photos.map((photo) => {
				const kept = before.get(photo.personId);
				const shown =
					kept && kept.updatedAt === photo.updatedAt
						? kept
						: { updatedAt: photo.updatedAt, url: URL.createObjectURL(photo.photo) };
				return [photo.personId, shown] as const;
			})
		);
		for (const [id, shown] of before) {
			if (next.get(id) !== shown) URL.revokeObjectURL(shown.url);
		}
		this.#shown = next;
	}
}

export const personPhotos = new PersonPhotos();

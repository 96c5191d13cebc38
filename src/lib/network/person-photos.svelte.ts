// The photos of people as app state: read through Dexie's liveQuery, apart from the network, so
// that pages without photos (the map, the figures) never load them. Each photo gets one object
// URL, kept while the photo stays the same and revoked when it changes or goes.
import { liveQuery, type Subscription } from 'dexie';
import { database } from '$lib/db/connection';
import { listPersonPhotos } from '$lib/db/network-repository';
import type { PersonPhoto } from '$lib/db/network-schema';
import { storageStatus } from '$lib/storage/storage-status.svelte';

interface ShownPhoto {
	updatedAt: string;
	url: string;
}

/** Object URLs for the saved photos of people, by person id. */
class PersonPhotos {
	#shown = $state.raw<ReadonlyMap<string, ShownPhoto>>(new Map());
	#subscription: Subscription | null = null;
	#watchers = 0;

	/** Follows the photos while at least one page watches; returns the function to stop. */
	watch(): () => void {
		this.#watchers++;
		if (!this.#subscription) {
			this.#subscription = liveQuery(() => listPersonPhotos(database())).subscribe({
				next: (photos) => this.#show(photos),
				error: (error) => storageStatus.reportError(error)
			});
		}
		return () => {
			this.#watchers--;
			// From the list to a person's page the one stops just before the other starts: the
			// photos stay for that moment, so they are not read and made again.
			setTimeout(() => {
				if (this.#watchers > 0) return;
				this.#subscription?.unsubscribe();
				this.#subscription = null;
				this.#show([]);
			});
		};
	}

	/** The address of a person's photo to show, or undefined when they have none. */
	url(personId: string): string | undefined {
		return this.#shown.get(personId)?.url;
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

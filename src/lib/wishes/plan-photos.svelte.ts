import { database } from '$lib/db/connection';
import { listPhotos } from '$lib/db/wishes-repository';
import { LiveQuery } from '$lib/storage/live-query.svelte';
import type { WishMedia } from './model';

/**
 * Every wish's photo as an object URL, for "Mein Plan" on paper; the wish list itself stays
 * light. The URLs follow the database while a view shows them, and all are revoked when the
 * last view is gone.
 */
export class PlanPhotos {
	#urls = $state.raw<Record<string, string>>({});
	#photos = new LiveQuery(() => listPhotos(database()), {
		initial: [] as WishMedia[],
		onResult: (media) => this.#show(media),
		onStop: () => this.#show([])
	});

	/** The object URL of a wish's photo, or undefined when it has none. */
	of(wishId: string): string | undefined {
		void this.#photos.current;
		return this.#urls[wishId];
	}

	#show(media: WishMedia[]): void {
		Object.values(this.#urls).forEach((url) => URL.revokeObjectURL(url));
		this.#urls = Object.fromEntries(
			media.map((each) => [each.wishId, URL.createObjectURL(each.blob)])
		);
	}
}

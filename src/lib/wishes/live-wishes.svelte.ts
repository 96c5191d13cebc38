import { liveQuery, type Subscription } from 'dexie';
import { database } from '$lib/db/connection';
import { storageStatus } from '$lib/storage/storage-status.svelte';
import { listWishes } from '$lib/db/wishes-repository';
import type { Wish } from './model';

/** All wishes as reactive state, kept current with Dexie's liveQuery (other tabs too). */
export class LiveWishes {
	wishes = $state.raw<Wish[]>([]);
	loaded = $state(false);
	#subscription: Subscription | null = null;

	/** Starts watching; returns the function that stops it (for onMount). */
	start(): () => void {
		this.#subscription = liveQuery(() => listWishes(database())).subscribe({
			next: (wishes) => {
				this.wishes = wishes;
				this.loaded = true;
			},
			error: (error: unknown) => {
				this.loaded = true;
				storageStatus.reportError(error);
			}
		});
		return () => this.#subscription?.unsubscribe();
	}
}

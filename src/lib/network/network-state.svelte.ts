// Meine Menschen as app state: the network from IndexedDB through Dexie's liveQuery, so that a
// change in another tab shows up here too, and every change through the people repository.
import { liveQuery, type Subscription } from 'dexie';
import { database } from '$lib/db/connection';
import type { TieAnswerRecord } from '$lib/db/network-schema';
import { readNetwork, type RemovedPerson } from '$lib/db/network-repository';
import { storageStatus } from '$lib/storage/storage-status.svelte';
import type { NahbeiDatabase } from '$lib/db/database';
import type { NetworkSnapshot, Person, Tie } from './model';

/** The person's network as reactive state. */
class NetworkState {
	people = $state.raw<Person[]>([]);
	ties = $state.raw<Tie[]>([]);
	answers = $state.raw<TieAnswerRecord[]>([]);
	snapshots = $state.raw<NetworkSnapshot[]>([]);
	/** Whether the first read has arrived. */
	loaded = $state(false);
	/** The person deleted last, while "Rückgängig" is still offered. */
	lastRemoved = $state.raw<RemovedPerson | null>(null);
	#subscription: Subscription | null = null;
	#watchers = 0;

	/** Follows the database while at least one page watches; returns the function to stop. */
	watch(): () => void {
		this.#watchers++;
		if (!this.#subscription) {
			this.#subscription = liveQuery(() => readNetwork(database())).subscribe({
				next: (view) => {
					this.people = view.people;
					this.ties = view.ties;
					this.answers = view.answers;
					this.snapshots = view.snapshots;
					this.loaded = true;
				},
				error: (error) => {
					this.loaded = true;
					storageStatus.reportError(error);
				}
			});
		}
		return () => {
			this.#watchers--;
			// Going from one page of Meine Menschen to the next, the old page stops watching just
			// before the new one starts. Stopping a moment later lets the new page use the network
			// already read, instead of reading it again and drawing everything twice.
			setTimeout(() => {
				if (this.#watchers > 0) return;
				this.#subscription?.unsubscribe();
				this.#subscription = null;
			});
		};
	}

	/** One person by id, or undefined. */
	person(id: string): Person | undefined {
		return this.people.find((person) => person.id === id);
	}

	/**
	 * Shows a saved person at once, before liveQuery reports it, so the page can move focus to
	 * where the person now stands.
	 */
	showSaved(saved: Person): void {
		const others = this.people.filter((person) => person.id !== saved.id);
		this.people = [...others, saved].sort((x, y) => x.name.localeCompare(y.name, 'de'));
	}

	/** Remembers a deletion so the list can offer to undo it; null forgets it. */
	rememberRemoved(removed: RemovedPerson | null): void {
		this.lastRemoved = removed;
	}

	/**
	 * Runs a change through a repository; a storage failure is shown to the person in easy
	 * words and gives null, so a page never fails silently.
	 */
	async change<T>(work: (db: NahbeiDatabase) => Promise<T>): Promise<T | null> {
		try {
			return await work(database());
		} catch (error) {
			storageStatus.reportError(error);
			return null;
		}
	}
}

export const networkState = new NetworkState();

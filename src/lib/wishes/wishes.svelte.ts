// Meine Wünsche as app state: every wish, read through one live query (so a change in another
// tab shows up here too), and the verbs the views use to change wishes. Each verb tells the
// person in easy words when storage fails, so a view never catches a storage error itself.
import { announcer } from '$lib/a11y/announcer.svelte';
import type { RemovedWish } from '$lib/db/wishes-repository';
import { StorageProblem } from '$lib/db/storage-problem';
import { helperMode } from '$lib/helper/helper-mode.svelte';
import { i18n } from '$lib/i18n/i18n.svelte';
import { draftsWithCopies } from '$lib/pwa/draft-copy';
import { LiveQuery } from '$lib/storage/live-query.svelte';
import { storageStatus } from '$lib/storage/storage-status.svelte';
import { withOffer } from './answers';
import type { Wish, WishFields } from './model';
import { upcomingFirstSteps } from './upcoming';
import { wishStorage } from './wish-storage';

class Wishes {
	// Whether the list was read while it is followed now. A list read on an earlier visit of a
	// page may be out of date (a wish was just written or marked done), so it is not shown again:
	// a page shows nothing until the new read arrives, as on its first visit.
	#current = $state(false);
	#all = new LiveQuery(() => this.#read(), {
		initial: [] as Wish[],
		onResult: () => (this.#current = true),
		onStop: () => (this.#current = false),
		// Told in #read, so that a failed read still counts as read: the page shows its empty list.
		reportErrors: false,
		prepare: wishStorage.load,
		// Meine Wünsche is often the first page a person opens: before anything is stored, its
		// empty list needs no database (none is created) and no database code.
		emptyUntilStored: true
	});

	/** All wishes, the most recently changed first. */
	get all(): Wish[] {
		const all = this.#all.current;
		return this.#current ? all : [];
	}

	/** Whether the first read has arrived (or failed). */
	get loaded(): boolean {
		return this.#all.loaded && this.#current;
	}

	/** The first steps still to do, the earliest date first ("Meine nächsten Schritte"). */
	get upcoming(): Wish[] {
		return upcomingFirstSteps(this.all);
	}

	/**
	 * Saves what a reloaded or closed page typed into a wish and could not save any more (kept
	 * as a copy), so the list shows it too. A text changed meanwhile elsewhere stays kept, for
	 * the person to choose when the wish opens.
	 */
	async takeOverCopies(): Promise<void> {
		const names = draftsWithCopies('wish.');
		// Almost always there is none: then the draft's code (and the database's) is not loaded.
		if (names.length === 0) return;
		const { WishDraft } = await import('./wish-draft.svelte');
		for (const name of names) {
			const draft = new WishDraft();
			await draft.load(name.slice('wish.'.length));
			await draft.save();
			draft.close();
		}
	}

	/** Starts a new, empty wish, written with help in helper mode; undefined when it failed. */
	async startNew(): Promise<Wish | undefined> {
		const saved = await storageStatus.attempt(() =>
			wishStorage.use((repository, db) => repository.createWish(db, { author: helperMode.author }))
		);
		return saved?.wish;
	}

	/** Pauses a wish; its status stays. */
	pause(id: string): Promise<boolean> {
		return this.#change(id, { paused: true }, 'wishes.list.pausedSaid');
	}

	/** Ends the pause of a wish. */
	resume(id: string): Promise<boolean> {
		return this.#change(id, { paused: false }, 'wishes.list.resumedSaid');
	}

	/** Marks a wish as done ("Geschafft"), which also ends a pause. */
	markDone(id: string): Promise<boolean> {
		return this.#change(id, { status: 'done', paused: false }, 'wishes.list.doneSaid');
	}

	/**
	 * Deletes a wish with its voice note and photo. Gives what it took away (null when the wish
	 * was gone already), for "Rückgängig machen"; undefined when deleting failed.
	 */
	async remove(id: string): Promise<RemovedWish | null | undefined> {
		const removed = await storageStatus.attempt(() =>
			wishStorage.use((repository, db) => repository.deleteWish(db, id))
		);
		if (removed !== undefined) announcer.say(i18n.t('wishes.list.deleted'));
		return removed;
	}

	/** Puts a deleted wish back with its voice note and photo. */
	async restore(removed: RemovedWish): Promise<boolean> {
		const done = await storageStatus.attempt(() =>
			wishStorage.use((repository, db) => repository.restoreWish(db, removed)).then(() => true)
		);
		if (done) announcer.say(i18n.t('wishes.list.restored'));
		return done ?? false;
	}

	/** The wishes not done yet, read once (to choose one); undefined when reading failed. */
	async unfinished(): Promise<Wish[] | undefined> {
		const all = await storageStatus.attempt(() =>
			wishStorage.use((repository, db) => repository.listWishes(db))
		);
		return all?.filter((wish) => wish.status !== 'done');
	}

	/**
	 * Adds an offer to question 3 ("Was gibt es im Quartier?") of a wish; the newest saved wish
	 * is changed, so nothing written meanwhile is lost. Gives the saved wish, or undefined.
	 */
	async addOffer(wishId: string, offerId: string): Promise<Wish | undefined> {
		const saved = await storageStatus.attempt(() =>
			wishStorage.use(async (repository, db) => {
				const wish = await repository.getWish(db, wishId);
				if (!wish) throw new StorageProblem('invalid');
				// Only the list of offers is written, so an answer typed meanwhile in the flow stays.
				const { offerIds } = wish.answers.quartier;
				return repository.changeWish(db, wishId, {
					'answers.quartier.offerIds': {
						base: offerIds,
						value: withOffer(wish.answers, offerId).quartier.offerIds
					}
				});
			})
		);
		return saved?.wish;
	}

	async #read(): Promise<Wish[]> {
		// The query's `prepare` has loaded the storage: the read calls nothing but Dexie.
		const { repository, db } = wishStorage.loaded();
		return (await storageStatus.attempt(() => repository.listWishes(db))) ?? [];
	}

	async #change(id: string, change: Partial<WishFields>, said: SaidKey): Promise<boolean> {
		const saved = await storageStatus.attempt(() =>
			wishStorage.use((repository, db) => repository.updateWish(db, id, change))
		);
		if (saved) announcer.say(i18n.t(said));
		return saved !== undefined;
	}
}

export type { RemovedWish };

type SaidKey = 'wishes.list.pausedSaid' | 'wishes.list.resumedSaid' | 'wishes.list.doneSaid';

/** Meine Wünsche: the wishes and the verbs to change them. */
export const wishes = new Wishes();

import { announcer } from '$lib/a11y/announcer.svelte';
import { database } from '$lib/db/connection';
import { storageStatus } from '$lib/storage/storage-status.svelte';
import { decideSuggestion, getWish, updateWish } from '$lib/db/wishes-repository';
import { i18n } from '$lib/i18n/i18n.svelte';
import { unsavedWork } from '$lib/pwa/unsaved.svelte';
import type { Wish, WishFields } from './model';

const owner = 'wish-draft';
// Short enough that a closed app loses nothing a person would miss, long enough not to write on
// every key press.
const saveDelay = 300;

/**
 * The wish open in "Neuer Wunsch". Every change is shown at once and saved to the database a
 * moment later; leaving a step saves at once. The text a person types is never replaced by a
 * late save.
 */
export class WishDraft {
	wish = $state<Wish | null>(null);
	state = $state<'loading' | 'ready' | 'missing'>('loading');
	/** True after a save had to cut a text at 2000 characters. */
	cut = $state(false);
	#pending: Partial<WishFields> = {};
	#timer: ReturnType<typeof setTimeout> | undefined;
	#saving: Promise<boolean> = Promise.resolve(true);

	/** Reads the wish from the database. */
	async load(id: string): Promise<void> {
		if (this.wish?.id === id) return;
		this.state = 'loading';
		try {
			const wish = await getWish(database(), id);
			this.wish = wish;
			this.state = wish ? 'ready' : 'missing';
		} catch (error) {
			this.state = 'missing';
			storageStatus.reportError(error);
		}
	}

	/** Shows a change at once and saves it shortly after. */
	change(fields: Partial<WishFields>): void {
		if (!this.wish) return;
		this.wish = { ...this.wish, ...fields };
		this.#pending = { ...this.#pending, ...fields };
		unsavedWork.set(owner, true);
		unsavedWork.onSaveNow(owner, () => this.save());
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.save(), saveDelay);
	}

	/** Saves whatever is not saved yet; false when saving failed (the person is told). */
	save(): Promise<boolean> {
		clearTimeout(this.#timer);
		this.#saving = this.#saving.then(() => this.#write());
		return this.#saving;
	}

	async #write(): Promise<boolean> {
		const wish = this.wish;
		const change = this.#pending;
		if (!wish || Object.keys(change).length === 0) return true;
		this.#pending = {};
		try {
			const saved = await updateWish(database(), wish.id, change);
			if (saved.cut) {
				this.cut = true;
				announcer.say(i18n.t('wishes.flow.cut'));
				// Show the cut text, so what is on screen is what is saved.
				if (this.wish) this.wish = { ...saved.wish, ...this.#pending };
			}
			if (Object.keys(this.#pending).length === 0) unsavedWork.set(owner, false);
			return true;
		} catch (error) {
			// Keep the change to try again with the next save; the typed text stays on screen.
			this.#pending = { ...change, ...this.#pending };
			storageStatus.reportError(error);
			return false;
		}
	}

	/** Accepts or rejects a helper's idea; an accepted idea joins the person's own words. */
	async decide(suggestionId: string, decision: 'accepted' | 'rejected'): Promise<boolean> {
		if (!this.wish || !(await this.save())) return false;
		try {
			const saved = await decideSuggestion(database(), this.wish.id, suggestionId, decision);
			this.wish = saved.wish;
			announcer.say(
				i18n.t(decision === 'accepted' ? 'wishes.helper.accepted' : 'wishes.helper.rejected')
			);
			return true;
		} catch (error) {
			storageStatus.reportError(error);
			return false;
		}
	}

	/** Replaces the shown wish after another part of the app saved it. */
	replace(wish: Wish): void {
		this.wish = { ...wish, ...this.#pending };
	}

	/** Forgets the open wish (after leaving the flow). */
	close(): void {
		clearTimeout(this.#timer);
		this.wish = null;
		this.state = 'loading';
		this.cut = false;
	}
}

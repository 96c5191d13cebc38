import { announcer } from '$lib/a11y/announcer.svelte';
import { database } from '$lib/db/connection';
import {
	addSuggestion,
	decideSuggestion,
	deleteWish,
	getMedia,
	getWish,
	updateWish
} from '$lib/db/wishes-repository';
import { helperMode } from '$lib/helper/helper-mode.svelte';
import { i18n } from '$lib/i18n/i18n.svelte';
import { unsavedWork } from '$lib/pwa/unsaved.svelte';
import { storageStatus } from '$lib/storage/storage-status.svelte';
import { withAnswer } from './answers';
import { MediaNote } from './media-note.svelte';
import {
	hasWishContent,
	withFieldText,
	type Answers,
	type SuggestionField,
	type Wish,
	type WishFields
} from './model';

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
	/** The wish's voice note. */
	readonly voice = new MediaNote('voice');
	/** The wish's photo. */
	readonly photo = new MediaNote('photo');
	#pending: Partial<WishFields> = {};
	#timer: ReturnType<typeof setTimeout> | undefined;
	#saving: Promise<boolean> = Promise.resolve(true);

	/** Reads the wish, with its voice note and photo, from the database. */
	async load(id: string): Promise<void> {
		if (this.wish?.id === id) return;
		this.state = 'loading';
		try {
			const wish = await getWish(database(), id);
			// The notes count as the wish's content, so they are known before the first step shows.
			if (wish) await Promise.all([this.voice.load(id), this.photo.load(id)]);
			this.wish = wish;
			this.state = wish ? 'ready' : 'missing';
		} catch (error) {
			this.state = 'missing';
			storageStatus.reportError(error);
		}
	}

	/** Whether the wish has words, a picture, a voice note or a photo: enough to go on. */
	get hasContent(): boolean {
		if (!this.wish) return false;
		return hasWishContent(this.wish) || this.voice.saved || this.photo.saved;
	}

	/** Shows and saves a person's change; in helper mode it is marked as written with help. */
	edit(fields: Partial<WishFields>): void {
		const helper = helperMode.active ? { author: helperMode.author, confirmedByMe: false } : {};
		this.change({ ...fields, ...helper });
	}

	/** Changes the text of one field the person writes in their own words. */
	editText(field: SuggestionField, value: string): void {
		if (!this.wish) return;
		const next = withFieldText(this.wish, field, value);
		if (field === 'text') this.edit({ text: next.text });
		else if (field === 'firstStep') this.edit({ firstStep: next.firstStep });
		else this.edit({ answers: next.answers });
	}

	/** Changes part of the answer to one question. */
	editAnswer<K extends keyof Answers>(key: K, change: Partial<Answers[K]>): void {
		if (!this.wish) return;
		this.edit({ answers: withAnswer(this.wish.answers, key, change) });
	}

	/** Saves the step the person moves to, so the list can offer to go on there. */
	moveTo(step: number): Promise<boolean> {
		this.change({ step });
		return this.save();
	}

	/**
	 * The person confirms the wish as theirs and is told so. Confirming is the person's own act:
	 * it does not mark the wish as written with help.
	 */
	async confirm(): Promise<boolean> {
		this.change({ confirmedByMe: true });
		const saved = await this.save();
		if (saved) announcer.say(i18n.t('wishes.steps.confirm.confirmed'));
		return saved;
	}

	/** Keeps a helper's idea for a field apart from the person's words, and says so. */
	async addIdea(field: SuggestionField, text: string, by: string): Promise<boolean> {
		const id = this.wish?.id;
		if (!id || !(await this.save())) return false;
		const idea = await storageStatus.attempt(() =>
			addSuggestion(database(), id, { field, text, by })
		);
		if (!idea) return false;
		if (this.wish?.id === id)
			this.wish = { ...this.wish, suggestions: [...this.wish.suggestions, idea] };
		announcer.say(i18n.t('wishes.helper.ideaSaved'));
		return true;
	}

	/**
	 * Saves before the flow is left. A new wish left on its first step with nothing in it is
	 * deleted: it would only be an empty card in the list. False when saving failed.
	 */
	async leave(step: number): Promise<boolean> {
		if (!(await this.save())) return false;
		const wish = this.wish;
		if (wish && step === 1 && !this.hasContent) await this.#deleteIfEmpty(wish.id);
		return true;
	}

	async #deleteIfEmpty(id: string): Promise<void> {
		try {
			// Asked again of the database, so a note saved in another tab is never lost with it.
			const media = await getMedia(database(), id);
			if (!media.voice && !media.photo) await deleteWish(database(), id);
		} catch {
			// Only an empty card is left behind; the person has lost nothing.
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

	/** Forgets the open wish and lets go of its notes (after leaving the flow). */
	close(): void {
		clearTimeout(this.#timer);
		this.wish = null;
		this.state = 'loading';
		this.cut = false;
		this.voice.close();
		this.photo.close();
	}
}

import { announcer } from '$lib/a11y/announcer.svelte';
import { database } from '$lib/db/connection';
import {
	addSuggestion,
	changeWish,
	decideSuggestion,
	deleteWish,
	getMedia,
	getWish
} from '$lib/db/wishes-repository';
import { helperMode } from '$lib/helper/helper-mode.svelte';
import { i18n } from '$lib/i18n/i18n.svelte';
import { copiesOf, dropCopy, keepCopy, pageId } from '$lib/pwa/draft-copy';
import { unsavedWork } from '$lib/pwa/unsaved.svelte';
import { LiveQuery } from '$lib/storage/live-query.svelte';
import { storageStatus } from '$lib/storage/storage-status.svelte';
import { withAnswer } from './answers';
import { MediaNote } from './media-note.svelte';
import {
	changedPaths,
	sameValue,
	valueAt,
	withValueAt,
	type FieldConflict,
	type WishChange,
	type WishPath
} from './merge';
import {
	hasWishContent,
	withFieldText,
	type Answers,
	type SuggestionField,
	type Wish,
	type WishFields
} from './model';

const owner = 'wish-draft';
// Short enough not to matter while typing, long enough not to write on every key press. Hiding
// or closing the page saves at once (lib/pwa/unsaved), and every key press is kept at once in a
// copy that the next start saves.
const saveDelay = 300;

/** What a page keeps of an open wish in its copy: the changes and the unsettled texts. */
interface WishCopy {
	change: WishChange;
	conflicts: FieldConflict[];
}

/**
 * The wish open in "Neuer Wunsch". Every change is shown at once and saved to the database a
 * moment later, field by field; leaving a step saves at once. The text a person types is never
 * replaced by a late save. What another tab saves shows here at once, except in a field the
 * person is changing; a text changed in both places is kept twice, for the person to choose.
 */
export class WishDraft {
	wish = $state<Wish | null>(null);
	state = $state<'loading' | 'ready' | 'missing'>('loading');
	/** True after a save had to cut a text at 2000 characters. */
	cut = $state(false);
	/** Texts changed here and in another place: both versions, until the person chooses. */
	conflicts = $state.raw<FieldConflict[]>([]);
	/** The wish's voice note. */
	readonly voice = new MediaNote('voice');
	/** The wish's photo. */
	readonly photo = new MediaNote('photo');
	/** The wish as last seen in the database. */
	#known: Wish | null = null;
	#pending: WishChange = {};
	#writing: WishChange = {};
	#timer: ReturnType<typeof setTimeout> | undefined;
	#saving: Promise<boolean> = Promise.resolve(true);
	#stopFollowing: (() => void) | undefined;

	/**
	 * Reads the wish, with its voice note and photo, from the database, adds what a closed page
	 * typed into it and did not save, and follows what other tabs save.
	 */
	async load(id: string): Promise<void> {
		if (this.wish?.id === id) return;
		this.state = 'loading';
		try {
			const wish = await getWish(database(), id);
			// The notes count as the wish's content, so they are known before the first step shows.
			if (wish) await Promise.all([this.voice.load(id), this.photo.load(id)]);
			this.#known = wish;
			this.wish = wish;
			this.state = wish ? 'ready' : 'missing';
		} catch (error) {
			this.state = 'missing';
			storageStatus.reportError(error);
		}
		if (!this.wish) return;
		await this.#takeOverCopies(id);
		this.#follow(id);
	}

	// The copies closed pages left of this wish: their changes are saved now, then removed.
	async #takeOverCopies(id: string): Promise<void> {
		const copies = copiesOf<WishCopy>(copyName(id));
		if (copies.length === 0 || !this.wish) return;
		for (const { value } of copies) {
			this.#pending = { ...this.#pending, ...value.change };
			for (const conflict of value.conflicts ?? []) {
				if (!(conflict.path in this.#pending))
					this.#pending[conflict.path] = { base: undefined, value: conflict.mine };
			}
		}
		this.#showOver(this.#known ?? this.wish);
		this.#keepCopy();
		unsavedWork.set(owner, true);
		unsavedWork.onSaveNow(owner, () => this.save());
		if (!(await this.save())) return;
		// This page's own copy is now the one kept (or dropped once all is saved).
		for (const { page } of copies) if (page !== pageId) dropCopy(copyName(id), page);
	}

	#follow(id: string): void {
		this.#stopFollowing?.();
		const query = new LiveQuery(() => getWish(database(), id), {
			initial: null,
			reportErrors: false,
			onResult: (stored) => {
				if (!stored || this.wish?.id !== id) return;
				if (this.#known && stored.updatedAt < this.#known.updatedAt) return;
				this.#known = stored;
				this.#showOver(stored);
			}
		});
		this.#stopFollowing = query.follow();
	}

	// Shows the stored wish with everything changed here on top of it.
	#showOver(stored: Wish): void {
		let shown = stored;
		for (const [path, field] of Object.entries({ ...this.#writing, ...this.#pending }))
			shown = withValueAt(shown, path as WishPath, field.value);
		for (const conflict of this.conflicts) shown = withValueAt(shown, conflict.path, conflict.mine);
		if (
			!this.wish ||
			changedPaths(this.wish, shown).length > 0 ||
			!sameSuggestions(this.wish, shown)
		)
			this.wish = shown;
	}

	#keepCopy(): void {
		if (!this.wish) return;
		const copy: WishCopy = {
			change: { ...this.#writing, ...this.#pending },
			conflicts: this.conflicts
		};
		keepCopy(copyName(this.wish.id), copy);
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

	/** Shows a change at once, keeps a copy of it at once and saves it shortly after. */
	change(fields: Partial<WishFields>): void {
		if (!this.wish) return;
		const next = { ...this.wish, ...fields };
		for (const path of changedPaths(this.wish, next)) {
			const value = valueAt(next, path);
			// A text still to be settled takes the new words as this tab's version.
			if (this.conflicts.some((each) => each.path === path)) {
				this.conflicts = this.conflicts.map((each) =>
					each.path === path ? { ...each, mine: String(value) } : each
				);
				continue;
			}
			const base =
				this.#pending[path]?.base ??
				(path in this.#writing ? this.#writing[path]?.value : valueAt(this.#known ?? next, path));
			this.#pending = { ...this.#pending, [path]: { base, value } };
		}
		this.wish = next;
		this.#keepCopy();
		unsavedWork.set(owner, true);
		unsavedWork.onSaveNow(owner, () => this.save());
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.save(), saveDelay);
	}

	/** The person keeps the text typed here; it replaces the one from the other place. */
	keepMine(path: WishPath): Promise<boolean> {
		const conflict = this.conflicts.find((each) => each.path === path);
		if (!conflict || !this.#known) return Promise.resolve(false);
		this.conflicts = this.conflicts.filter((each) => each !== conflict);
		this.#pending = {
			...this.#pending,
			[path]: { base: valueAt(this.#known, path), value: conflict.mine }
		};
		this.#keepCopy();
		return this.save();
	}

	/** The person takes the text from the other place; the text typed here goes. */
	takeTheirs(path: WishPath): void {
		const conflict = this.conflicts.find((each) => each.path === path);
		if (!conflict || !this.wish) return;
		this.conflicts = this.conflicts.filter((each) => each !== conflict);
		this.wish = withValueAt(this.wish, path, valueAt(this.#known ?? this.wish, path));
		this.#settle();
	}

	// Marks the wish as saved (and drops its copy) once nothing is left to save or to settle.
	#settle(): void {
		const open =
			Object.keys(this.#pending).length > 0 ||
			Object.keys(this.#writing).length > 0 ||
			this.conflicts.length > 0;
		if (open) {
			this.#keepCopy();
			return;
		}
		unsavedWork.set(owner, false);
		if (this.wish) dropCopy(copyName(this.wish.id));
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
		this.#writing = change;
		try {
			const saved = await changeWish(database(), wish.id, change);
			this.#writing = {};
			if (this.wish?.id !== wish.id) return true;
			if (!this.#known || saved.wish.updatedAt >= this.#known.updatedAt) this.#known = saved.wish;
			if (saved.conflicts.length > 0) {
				const paths = saved.conflicts.map((each) => each.path);
				this.conflicts = [
					...this.conflicts.filter((each) => !paths.includes(each.path)),
					...saved.conflicts.map((each) => ({
						...each,
						mine: String(this.#pending[each.path]?.value ?? each.mine)
					}))
				];
				// Newer words typed while saving belong to the text to settle, not to a new save.
				for (const path of paths) delete this.#pending[path];
				announcer.say(i18n.t('wishes.flow.twoVersions'));
			}
			if (saved.cut) {
				this.cut = true;
				announcer.say(i18n.t('wishes.flow.cut'));
			}
			// Show the cut text, so what is on screen is what is saved.
			if (saved.cut || saved.conflicts.length > 0) this.#showOver(saved.wish);
			this.#settle();
			return true;
		} catch (error) {
			// Keep the change to try again with the next save; the typed text stays on screen.
			this.#pending = { ...change, ...this.#pending };
			this.#writing = {};
			storageStatus.reportError(error);
			return false;
		}
	}

	/** Accepts or rejects a helper's idea; an accepted idea joins the person's own words. */
	async decide(suggestionId: string, decision: 'accepted' | 'rejected'): Promise<boolean> {
		if (!this.wish || !(await this.save())) return false;
		try {
			const saved = await decideSuggestion(database(), this.wish.id, suggestionId, decision);
			this.#known = saved.wish;
			this.#showOver(saved.wish);
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
		this.#stopFollowing?.();
		this.#stopFollowing = undefined;
		this.#known = null;
		this.conflicts = [];
		this.wish = null;
		this.state = 'loading';
		this.cut = false;
		this.voice.close();
		this.photo.close();
	}
}

function copyName(id: string): string {
	return `wish.${id}`;
}

function sameSuggestions(a: Wish, b: Wish): boolean {
	return sameValue(a.suggestions, b.suggestions);
}

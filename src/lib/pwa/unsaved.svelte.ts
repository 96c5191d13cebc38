import { onHandOver } from '$lib/db/storage-events';
import { copiesOf, dropCopy, keepCopy, pageId } from './draft-copy';

/**
 * Which parts of the app hold input that is not saved yet, and how each saves it at once. Every
 * draft registers here; its input is saved at once when the page is hidden or closed
 * (`visibilitychange`, `pagehide`), before a newer nahbei in another tab takes the database, and
 * before the update banner reloads. A draft waits a moment only while the person types.
 */
class UnsavedWork {
	#owners = $state<string[]>([]);
	#savers = new Map<string, () => Promise<unknown>>();
	#listening = false;

	get any(): boolean {
		return this.#owners.length > 0;
	}

	/**
	 * Whether unsaved input is left that nothing here can save: a form the person still has to
	 * send or save with its own button.
	 */
	get needsThePerson(): boolean {
		return this.#owners.some((owner) => !this.#savers.has(owner));
	}

	/** Marks an owner's input as unsaved (or saved again with `false`). */
	set(owner: string, unsaved: boolean): void {
		const has = this.#owners.includes(owner);
		if (unsaved && !has) this.#owners = [...this.#owners, owner];
		if (!unsaved && has) this.#owners = this.#owners.filter((o) => o !== owner);
	}

	/** Tells how an owner saves its input at once; returns the function that forgets it. */
	onSaveNow(owner: string, save: () => Promise<unknown>): () => void {
		this.#listen();
		this.#savers.set(owner, save);
		return () => {
			if (this.#savers.get(owner) === save) this.#savers.delete(owner);
		};
	}

	/** Asks every owner with unsaved input to save it now, and waits for all of them. */
	async saveAll(): Promise<void> {
		const waiting = [...this.#savers.entries()]
			.filter(([owner]) => this.#owners.includes(owner))
			.map(([, save]) => save().catch(() => undefined));
		await Promise.all(waiting);
	}

	// Phones hide and kill pages without warning: hidden is the last moment that is sure to come.
	#listen(): void {
		if (this.#listening || typeof window === 'undefined') return;
		this.#listening = true;
		window.addEventListener('pagehide', () => void this.saveAll());
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'hidden') void this.saveAll();
		});
	}
}

export const unsavedWork = new UnsavedWork();

// Before a newer nahbei in another tab takes the database, everything typed here is saved.
onHandOver(() => unsavedWork.saveAll());

/** The input of a form with its own save button, kept until it is saved or left. */
export interface KeptInput<T> {
	/** What a closed or reloaded page left of this form, now kept by this page; or undefined. */
	restore(): T | undefined;
	/** Keeps the form's input at once (on every change) and marks it unsaved. */
	keep(value: T): void;
	/** Forgets the kept input: the form was saved, or the person left it on purpose. */
	forget(): void;
}

/**
 * Keeps what a person typed into a form that saves only with its own button: a synchronous
 * copy on every change, so a reload, a closed page or an update gives it back on the next
 * start. Nothing is saved for the person; their form just comes back as they left it.
 */
export function keptInput<T>(owner: string, name: string = owner): KeptInput<T> {
	const mark = () => {
		unsavedWork.set(owner, true);
		// The copy is already written: "saving" it is done at once.
		unsavedWork.onSaveNow(owner, async () => undefined);
	};
	return {
		restore() {
			const copies = copiesOf<T>(name);
			const newest = copies.at(-1);
			if (!newest) return undefined;
			keepCopy(name, newest.value);
			for (const { page } of copies) if (page !== pageId) dropCopy(name, page);
			mark();
			return newest.value;
		},
		keep(value) {
			keepCopy(name, value);
			mark();
		},
		forget() {
			dropCopy(name);
			unsavedWork.set(owner, false);
		}
	};
}

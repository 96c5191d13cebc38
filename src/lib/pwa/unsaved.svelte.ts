import { onHandOver } from '$lib/db/storage-events';

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

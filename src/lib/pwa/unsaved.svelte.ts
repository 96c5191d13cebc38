import { onHandOver } from '$lib/db/storage-events';

/**
 * Which parts of the app hold input that is not saved yet. The update prompt asks this before
 * it reloads, so a new version never throws away what a person typed; a newer version in
 * another tab asks every part to save before this tab lets go of the database.
 */
class UnsavedWork {
	#owners = $state<string[]>([]);
	#savers = new Map<string, () => Promise<unknown>>();

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
}

export const unsavedWork = new UnsavedWork();

// Before a newer nahbei in another tab takes the database, everything typed here is saved.
onHandOver(() => unsavedWork.saveAll());

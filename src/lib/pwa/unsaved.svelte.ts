/**
 * Which parts of the app hold input that is not saved yet. The update prompt asks this before
 * it reloads, so a new version never throws away what a person typed.
 */
class UnsavedWork {
	#owners = $state<string[]>([]);

	get any(): boolean {
		return this.#owners.length > 0;
	}

	/** Marks an owner's input as unsaved (or saved again with `false`). */
	set(owner: string, unsaved: boolean): void {
		const has = this.#owners.includes(owner);
		if (unsaved && !has) this.#owners = [...this.#owners, owner];
		if (!unsaved && has) this.#owners = this.#owners.filter((o) => o !== owner);
	}
}

export const unsavedWork = new UnsavedWork();

import { announcer } from '$lib/a11y/announcer.svelte';
import { database } from '$lib/db/connection';
import { deleteMedia, getMedia, saveMedia } from '$lib/db/wishes-repository';
import { i18n } from '$lib/i18n/i18n.svelte';
import { storageStatus } from '$lib/storage/storage-status.svelte';
import type { MediaKind } from './model';

/**
 * The voice note or the photo of one wish: read from the database, shown through an object URL,
 * saved and deleted. Each new note revokes the URL of the one before, and `close()` revokes the
 * last, so no Blob stays in memory after the wish is left.
 */
export class MediaNote {
	#url = $state<string | null>(null);
	#wishId: string | null = null;

	constructor(readonly kind: MediaKind) {}

	/** The object URL to play or show the saved note, or null when there is none. */
	get url(): string | null {
		return this.#url;
	}

	/** Whether the wish has this note. */
	get saved(): boolean {
		return this.#url !== null;
	}

	/** Reads the saved note of a wish; storage trouble is told to the person. */
	async load(wishId: string): Promise<void> {
		this.#wishId = wishId;
		const media = await storageStatus.attempt(() => getMedia(database(), wishId));
		// A later load (or close) wins over a slow earlier one.
		if (media && this.#wishId === wishId) this.#show(media[this.kind]?.blob);
	}

	/**
	 * Saves a new note in place of the one before and says so. False when saving failed: the
	 * view shows its own message for that, tied to its control, and the note before stays.
	 */
	async save(blob: Blob): Promise<boolean> {
		const wishId = this.#wishId;
		if (!wishId) return false;
		try {
			await saveMedia(database(), wishId, this.kind, blob);
		} catch {
			return false;
		}
		if (this.#wishId !== wishId) return true;
		this.#show(blob);
		announcer.say(i18n.t(`wishes.${this.kind}.saved`));
		return true;
	}

	/** Deletes the note and says so; storage trouble is told to the person. */
	async remove(): Promise<boolean> {
		const wishId = this.#wishId;
		if (!wishId) return false;
		const done = await storageStatus.attempt(() =>
			deleteMedia(database(), wishId, this.kind).then(() => true)
		);
		if (!done) return false;
		if (this.#wishId === wishId) this.#show(undefined);
		announcer.say(i18n.t(`wishes.${this.kind}.deleted`));
		return true;
	}

	/** Lets go of the note's object URL (when the wish is left). */
	close(): void {
		this.#wishId = null;
		this.#show(undefined);
	}

	#show(blob: Blob | undefined): void {
		if (this.#url) URL.revokeObjectURL(this.#url);
		this.#url = blob ? URL.createObjectURL(blob) : null;
	}
}

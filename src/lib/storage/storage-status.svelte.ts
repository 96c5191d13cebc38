import { announcer } from '$lib/a11y/announcer.svelte';
import { onStorageProblem } from '$lib/db/storage-events';
import { StorageProblem, type StorageProblemKind } from '$lib/db/storage-problem';
import { i18n } from '$lib/i18n/i18n.svelte';

/** The storage problem to show the person, if any; one at a time, the newest wins. */
class StorageStatus {
	problem = $state<StorageProblemKind | null>(null);

	/** Shows a problem to the person and says it in the live region. */
	report(kind: StorageProblemKind): void {
		// A failed upgrade replaces the whole app; later problems follow from it and add nothing.
		if (this.problem === 'upgrade') return;
		this.problem = kind;
		announcer.say(i18n.t(`storage.${kind}`));
	}

	/** Shows whatever went wrong with storage in the words the person is told. */
	reportError(error: unknown): void {
		// The console keeps the technical cause for whoever helps the person later.
		console.error(error);
		this.report(StorageProblem.from(error).kind);
	}

	/**
	 * Runs storage work; when it fails, the person is told in easy words and the result is
	 * `undefined`, so a view never catches a storage error itself.
	 */
	async attempt<T>(work: () => Promise<T>): Promise<T | undefined> {
		try {
			return await work();
		} catch (error) {
			this.reportError(error);
			return undefined;
		}
	}

	/** Hides the message after the person closed it. */
	dismiss(): void {
		this.problem = null;
	}
}

export const storageStatus = new StorageStatus();

// What the database reports on its own (another tab upgrades, an upgrade is blocked).
onStorageProblem((kind) => storageStatus.report(kind));

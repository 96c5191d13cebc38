let asked = false;

/** What asking needs to know; `storage` is the browser's unless a test gives its own. */
export interface PersistenceRequest {
	/** Whether this device is a kiosk: what a visitor enters must not outlast the visit. */
	kiosk: boolean;
	storage?: Pick<StorageManager, 'persist' | 'persisted'>;
}

/**
 * Asks the browser once to keep our data even when space runs low. Called after the first real
 * save, so the browser sees that the person uses the app. A refusal is fine: nothing else changes.
 * A kiosk never asks; the caller says whether this is one.
 */
export async function requestPersistentStorage({
	kiosk,
	storage = globalThis.navigator?.storage
}: PersistenceRequest): Promise<boolean> {
	if (asked || !storage?.persist) return false;
	if (kiosk) return false;
	asked = true;
	try {
		if (await storage.persisted()) return true;
		return await storage.persist();
	} catch {
		return false;
	}
}

/** Lets tests start from a fresh page. */
export function resetPersistenceRequestForTests(): void {
	asked = false;
}

import { hasKioskRecord } from '$lib/kiosk/limits';

let asked = false;

/**
 * Asks the browser once to keep our data even when space runs low. Called after the first real
 * save, so the browser sees that the person uses the app. A refusal is fine: nothing else changes.
 * A kiosk never asks: what a visitor enters must not outlast the visit.
 */
export async function requestPersistentStorage(
	storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined = globalThis.navigator
		?.storage,
	kiosk?: boolean
): Promise<boolean> {
	if (asked || !storage?.persist) return false;
	// Any kiosk record counts here, even a damaged one: asking once too seldom does no harm.
	if (kiosk ?? hasKioskRecord()) return false;
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

import type { KioskConfig } from './config';

/**
 * The kiosk record lives in localStorage, not in IndexedDB: the end of every visit deletes the
 * database, and the device must still be a kiosk afterwards.
 */
export const kioskConfigKey = 'nahbei.kiosk';

/** Minutes without input before the "Sind Sie noch da?" question. */
export const idleMinuteChoices = [2, 3, 5, 10] as const;
/** Seconds the question waits for an answer. */
export const countdownSecondChoices = [60, 90, 120] as const;
/** Seconds the end-of-visit screen waits before it deletes everything. */
export const endSecondChoices = [60, 120, 180] as const;

export type KioskLimits = Omit<KioskConfig, 'pin' | 'quartier'>;

export const defaultKioskLimits: KioskLimits = {
	idleMinutes: 3,
	countdownSeconds: 60,
	endSeconds: 120
};

/**
 * Whether a kiosk record is stored at all, without reading it: the check every start makes.
 * Only a device that has one loads the code that reads and checks it (`readKioskConfig`).
 */
export function hasKioskRecord(store: Storage | undefined = localStore()): boolean {
	try {
		return Boolean(store?.getItem(kioskConfigKey));
	} catch {
		return false;
	}
}

export function localStore(): Storage | undefined {
	try {
		return globalThis.localStorage;
	} catch {
		return undefined;
	}
}

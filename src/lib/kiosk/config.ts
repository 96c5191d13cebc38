import * as v from 'valibot';
import { PinHashSchema } from './pin';

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

export const KioskConfigSchema = v.object({
	pin: PinHashSchema,
	idleMinutes: v.picklist(idleMinuteChoices),
	countdownSeconds: v.picklist(countdownSecondChoices),
	endSeconds: v.picklist(endSecondChoices)
});

export type KioskConfig = v.InferOutput<typeof KioskConfigSchema>;
export type KioskLimits = Omit<KioskConfig, 'pin'>;

export const defaultKioskLimits: KioskLimits = {
	idleMinutes: 3,
	countdownSeconds: 60,
	endSeconds: 120
};

function storage(): Storage | undefined {
	try {
		return globalThis.localStorage;
	} catch {
		return undefined;
	}
}

/** The kiosk record, or null when this device is not a kiosk (or the record is damaged). */
export function readKioskConfig(store: Storage | undefined = storage()): KioskConfig | null {
	try {
		const raw = store?.getItem(kioskConfigKey);
		if (!raw) return null;
		const parsed = v.safeParse(KioskConfigSchema, JSON.parse(raw));
		return parsed.success ? parsed.output : null;
	} catch {
		return null;
	}
}

/** Stores the kiosk record; null turns kiosk mode off. */
export function writeKioskConfig(
	config: KioskConfig | null,
	store: Storage | undefined = storage()
): void {
	if (!store) return;
	if (config) store.setItem(kioskConfigKey, JSON.stringify(v.parse(KioskConfigSchema, config)));
	else store.removeItem(kioskConfigKey);
}

/** Whether this device runs as a kiosk at the meeting point. */
export function isKioskDevice(store: Storage | undefined = storage()): boolean {
	return readKioskConfig(store) !== null;
}

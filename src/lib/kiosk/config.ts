import * as v from 'valibot';
import { PinHashSchema } from './pin-schema';
import {
	countdownSecondChoices,
	endSecondChoices,
	idleMinuteChoices,
	kioskConfigKey,
	localStore
} from './limits';

export {
	countdownSecondChoices,
	defaultKioskLimits,
	endSecondChoices,
	idleMinuteChoices,
	kioskConfigKey,
	type KioskLimits
} from './limits';

export const KioskConfigSchema = v.object({
	pin: PinHashSchema,
	idleMinutes: v.picklist(idleMinuteChoices),
	countdownSeconds: v.picklist(countdownSecondChoices),
	endSeconds: v.picklist(endSecondChoices),
	/** The Quartier whose offers the kiosk shows (its id in the index), set by staff. */
	quartier: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,60}$/)))
});

export type KioskConfig = v.InferOutput<typeof KioskConfigSchema>;

/** The kiosk record, or null when this device is not a kiosk (or the record is damaged). */
export function readKioskConfig(store: Storage | undefined = localStore()): KioskConfig | null {
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
	store: Storage | undefined = localStore()
): void {
	if (!store) return;
	if (config) store.setItem(kioskConfigKey, JSON.stringify(v.parse(KioskConfigSchema, config)));
	else store.removeItem(kioskConfigKey);
}

/** Whether this device runs as a kiosk at the meeting point. */
export function isKioskDevice(store: Storage | undefined = localStore()): boolean {
	return readKioskConfig(store) !== null;
}

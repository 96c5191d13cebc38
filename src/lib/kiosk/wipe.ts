import { kioskConfigKey } from './limits';
import { staffPinAttemptsKey } from './pin-attempts';
import { releaseAllMedia } from './media';

/** What stays in localStorage when a visit is wiped: the device's own records, nothing of the visitor. */
export const keptAcrossVisits: readonly string[] = [kioskConfigKey, staffPinAttemptsKey];

/** Caches from the app's precache: the app itself, with no personal content. They stay. */
export function isPrecache(name: string): boolean {
	return name.startsWith('workbox-precache');
}

export interface WipeTargets {
	/** Deletes the whole IndexedDB database. */
	deleteDatabase: () => Promise<void>;
	local?: Storage;
	session?: Storage;
	caches?: Pick<CacheStorage, 'keys' | 'delete'>;
	/** Stops microphone and camera. */
	releaseMedia?: () => void;
}

/**
 * Removes every trace of a visit: the database, both web storages (the kiosk record and the
 * staff PIN's wrong tries alone are written back, so the device stays a kiosk and a guesser
 * gets no fresh tries) and runtime caches. The precache stays.
 * Each step runs even when an earlier one fails; the first failure is thrown at the end.
 */
export async function wipeVisit(targets: WipeTargets): Promise<void> {
	const failures: unknown[] = [];
	const attempt = async (step: () => unknown) => {
		try {
			await step();
		} catch (error) {
			failures.push(error);
		}
	};
	await attempt(() => (targets.releaseMedia ?? releaseAllMedia)());
	await attempt(() => targets.deleteDatabase());
	await attempt(() => {
		const kept = keptAcrossVisits.map((key) => [key, targets.local?.getItem(key) ?? null] as const);
		targets.local?.clear();
		for (const [key, value] of kept) if (value !== null) targets.local?.setItem(key, value);
	});
	await attempt(() => targets.session?.clear());
	await attempt(async () => {
		if (!targets.caches) return;
		const names = await targets.caches.keys();
		await Promise.all(
			names.filter((name) => !isPrecache(name)).map((name) => targets.caches?.delete(name))
		);
	});
	if (failures.length > 0) throw failures[0];
}

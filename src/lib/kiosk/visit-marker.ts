import { deleteDatabaseDirectly } from '$lib/db/presence';
import type { KioskLimits } from './limits';
import { wipeVisit } from './wipe';

/**
 * The mark of a running visit. It sits in two places: localStorage holds it for the device (so
 * a visit cut off by a closed tab, a killed browser or a restart is found at the next start),
 * and this tab's sessionStorage holds its id (so a reload in the middle of a visit keeps it).
 */
export const visitKey = 'nahbei.kiosk.visit';

export interface VisitMarker {
	/** A new id for every visit. */
	id: string;
	/** When the visitor last did something (ms since 1970). */
	at: number;
}

/** The device's visit marker, or null when there is none (or it is damaged). */
export function readVisitMarker(local: Storage | undefined): VisitMarker | null {
	try {
		const parsed: unknown = JSON.parse(local?.getItem(visitKey) ?? 'null');
		if (typeof parsed !== 'object' || parsed === null) return null;
		const { id, at } = parsed as Partial<VisitMarker>;
		return typeof id === 'string' && typeof at === 'number' ? { id, at } : null;
	} catch {
		return null;
	}
}

/** Marks a visit as running, on the device and in this tab. */
export function writeVisitMarker(
	marker: VisitMarker,
	local: Storage | undefined,
	session: Storage | undefined
): void {
	try {
		local?.setItem(visitKey, JSON.stringify(marker));
		session?.setItem(visitKey, marker.id);
	} catch {
		// Storage full or blocked: the next start then finds no marker and still clears all.
	}
}

/** A new id for a visit. */
export function newVisitId(): string {
	return Array.from(crypto.getRandomValues(new Uint32Array(4)), String).join('-');
}

/**
 * Whether a start of the app goes on with the visit that was running. Only a reload of the
 * same tab does: its sessionStorage still holds the visit's id, and the visitor did something
 * recently enough that the time limits would not have ended the visit yet. A new tab, another
 * browser window, or a closed tab brought back after the visit's time ran out start anew, and
 * everything the visit left is deleted first.
 */
export function visitContinues(
	marker: VisitMarker | null,
	sessionId: string | null,
	limits: KioskLimits,
	now: number
): boolean {
	if (!marker || !sessionId || marker.id !== sessionId) return false;
	const allowed = limits.idleMinutes * 60_000 + limits.countdownSeconds * 1000;
	// A clock set back by more than a moment is as suspect as one that ran far ahead.
	return now - marker.at < allowed && marker.at - now < 60_000;
}

/**
 * At every start of a kiosk: the id of the visit that goes on in this tab (see visitContinues),
 * or null once everything an earlier visit left is deleted (a closed tab, a killed browser, a
 * restart), before the welcome screen shows. The router's scroll positions of the last page go
 * with this tab's storage. When deleting fails, the device is marked again, so the next start
 * tries again, and the failure is thrown.
 */
export async function resumeOrClear(
	limits: KioskLimits,
	local: Storage | undefined,
	session: Storage | undefined,
	now = Date.now()
): Promise<string | null> {
	const marker = readVisitMarker(local);
	if (marker && visitContinues(marker, session?.getItem(visitKey) ?? null, limits, now)) {
		return marker.id;
	}
	try {
		await wipeVisit({
			deleteDatabase: () => deleteDatabaseDirectly(),
			local,
			session,
			caches: globalThis.caches
		});
		return null;
	} catch (error) {
		writeVisitMarker({ id: 'left-over', at: 0 }, local, undefined);
		throw error;
	}
}

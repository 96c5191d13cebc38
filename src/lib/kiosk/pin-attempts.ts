/**
 * Wrong PIN tries and the wait they cause, for the staff PIN and for the app lock. A PIN of 4
 * digits has only 10,000 choices: without a limit it falls within an hour. After 5 wrong tries
 * in a row every further try must wait, each wait twice as long as the one before, up to an
 * hour. The count and the end of the wait live in localStorage, so a reload or a restart does
 * not reset them; only the right PIN does.
 */

/** Wrong tries that are free; the next wrong try starts the first wait. */
export const freeTries = 5;
/** The first wait, in seconds. */
export const firstWaitSeconds = 30;
/** The longest wait, in seconds. */
export const longestWaitSeconds = 60 * 60;

/** Wrong tries of the app lock's PIN. */
export const lockPinAttemptsKey = 'nahbei.lock.pin-attempts';

/**
 * Wrong tries of the staff PIN. Kept beside the kiosk record, out of every visitor's reach: the
 * wipe at the end of a visit keeps it, so it gives a guesser no fresh tries.
 */
export const staffPinAttemptsKey = 'nahbei.kiosk.pin-attempts';

export interface PinAttempts {
	/** Wrong tries in a row. */
	failures: number;
	/** No try is checked before this time (ms since 1970); 0 when there is no wait. */
	waitUntil: number;
}

/** What a try gave: the right PIN, a wrong one, or no check at all because a wait runs. */
export type PinAnswer =
	{ right: true } | { right: false; checked: boolean; waitUntil: number; failures: number };

/** Seconds to wait after this many wrong tries in a row: 0 for the first 4, then 30 s, 1 min, 2 min, … up to 1 hour. */
export function waitSeconds(failures: number): number {
	if (failures < freeTries) return 0;
	return Math.min(firstWaitSeconds * 2 ** (failures - freeTries), longestWaitSeconds);
}

const none: PinAttempts = { failures: 0, waitUntil: 0 };

/** The stored tries, or none when there are none or the record is damaged. */
export function readAttempts(store: Storage | undefined, key: string): PinAttempts {
	try {
		const parsed: unknown = JSON.parse(store?.getItem(key) ?? 'null');
		if (typeof parsed !== 'object' || parsed === null) return none;
		const { failures, waitUntil } = parsed as Partial<PinAttempts>;
		if (!Number.isSafeInteger(failures) || typeof waitUntil !== 'number') return none;
		return { failures: Math.max(0, failures as number), waitUntil };
	} catch {
		return none;
	}
}

/**
 * Milliseconds still to wait. A wait never lasts longer than its own length from now, so a
 * clock set forward and back again cannot lock the device for longer than that.
 */
export function waitLeft(attempts: PinAttempts, now: number): number {
	const left = attempts.waitUntil - now;
	if (left <= 0) return 0;
	return Math.min(left, waitSeconds(attempts.failures) * 1000);
}

/** When the stored wait ends (ms since 1970), or 0 when no wait runs. */
export function currentWaitUntil(
	store: Storage | undefined,
	key: string,
	now = Date.now()
): number {
	const left = waitLeft(readAttempts(store, key), now);
	return left > 0 ? now + left : 0;
}

export interface AttemptOptions {
	store: Storage | undefined;
	key: string;
	now?: () => number;
}

/**
 * Checks a PIN under the limit. During a wait the PIN is not checked at all. Otherwise the
 * try is counted as wrong before the check starts, so neither a reload during the check nor
 * tries sent at the same time escape the count; the right PIN then clears the count.
 */
export async function tryPin(
	check: () => Promise<boolean>,
	{ store, key, now = Date.now }: AttemptOptions
): Promise<PinAnswer> {
	const before = readAttempts(store, key);
	const left = waitLeft(before, now());
	if (left > 0) {
		return { right: false, checked: false, waitUntil: now() + left, failures: before.failures };
	}
	const failures = before.failures + 1;
	const counted = { failures, waitUntil: now() + waitSeconds(failures) * 1000 };
	try {
		store?.setItem(key, JSON.stringify(counted));
	} catch {
		// Storage full or blocked: the try is still checked; the limit holds for this page only.
	}
	if (await check()) {
		clearAttempts(store, key);
		return { right: true };
	}
	return { right: false, checked: true, ...counted };
}

/** Forgets the wrong tries: after the right PIN, or when a new PIN is set. */
export function clearAttempts(store: Storage | undefined, key: string): void {
	try {
		store?.removeItem(key);
	} catch {
		// Nothing stored, nothing to forget.
	}
}

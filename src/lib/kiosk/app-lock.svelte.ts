import { appearanceKey } from '$lib/settings/appearance';
import { settings } from '$lib/settings/settings.svelte';
import { localStore } from './limits';

// The PIN code loads when a PIN is typed, not with every start.
const pinCode = () => import('./pin');
const attemptCode = () => import('./pin-attempts');

/**
 * The optional app lock for a phone that others use too. It keeps curious eyes out; it is not
 * encryption: the data in the browser stays readable to anyone who opens the browser's tools.
 * It locks at start and after the app was hidden for the chosen number of minutes.
 */
class AppLock {
	locked = $state(false);
	/** No PIN is checked before this time (ms since 1970): too many wrong tries. 0: no wait. */
	waitUntil = $state(0);
	#hiddenAt: number | null = null;

	get enabled(): boolean {
		return settings.values.lockPin !== null;
	}

	/** At start: locked when a PIN is set, with the wait that wrong tries before left. */
	init(): void {
		this.locked = this.enabled;
		if (this.enabled) void this.#loadWait();
	}

	async #loadWait(): Promise<void> {
		const { currentWaitUntil, lockPinAttemptsKey } = await attemptCode();
		this.waitUntil = currentWaitUntil(localStore(), lockPinAttemptsKey);
	}

	/** Opens the app when the PIN is right. */
	async unlock(pin: string): Promise<boolean> {
		if (!(await this.#matches(pin))) return false;
		this.locked = false;
		return true;
	}

	/** The app went into the background. */
	hidden(now = Date.now()): void {
		this.#hiddenAt = now;
	}

	/** The app came back: lock when it was away long enough. */
	shown(now = Date.now()): void {
		const since = this.#hiddenAt;
		this.#hiddenAt = null;
		if (!this.enabled || since === null) return;
		if (now - since >= settings.values.lockAfterMinutes * 60_000) this.locked = true;
	}

	/** Sets a new PIN (only its hash is kept); wrong tries at an earlier PIN are forgotten. */
	async set(pin: string): Promise<void> {
		const [{ hashPin }, { clearAttempts, lockPinAttemptsKey }] = await Promise.all([
			pinCode(),
			attemptCode()
		]);
		await settings.update({ lockPin: await hashPin(pin) });
		clearAttempts(localStore(), lockPinAttemptsKey);
		this.waitUntil = 0;
	}

	/**
	 * The honest way out of a forgotten PIN: deletes everything on this device and opens the
	 * app anew. When deleting fails, the person is told why and nothing else happens.
	 */
	async deleteEverything(): Promise<void> {
		const [{ deleteDatabase }, { storageStatus }] = await Promise.all([
			import('$lib/db/connection'),
			import('$lib/storage/storage-status.svelte')
		]);
		const deleted = await storageStatus.attempt(async () => {
			await deleteDatabase();
			return true;
		});
		if (!deleted) return;
		const { lockPinAttemptsKey } = await attemptCode();
		localStorage.removeItem(appearanceKey);
		localStorage.removeItem(lockPinAttemptsKey);
		sessionStorage.clear();
		location.replace('/');
	}

	/** Removes the lock; refused without the right PIN. */
	async remove(pin: string): Promise<boolean> {
		if (!(await this.#matches(pin))) return false;
		await settings.update({ lockPin: null });
		return true;
	}

	/** Checks the PIN under the limit on wrong tries (see pin-attempts.ts). */
	async #matches(pin: string): Promise<boolean> {
		const stored = settings.values.lockPin;
		if (!stored) return false;
		const [{ verifyPin }, { lockPinAttemptsKey, tryPin }] = await Promise.all([
			pinCode(),
			attemptCode()
		]);
		const answer = await tryPin(() => verifyPin(pin, stored), {
			store: localStore(),
			key: lockPinAttemptsKey
		});
		this.waitUntil = answer.right ? 0 : answer.waitUntil;
		return answer.right;
	}
}

export const appLock = new AppLock();

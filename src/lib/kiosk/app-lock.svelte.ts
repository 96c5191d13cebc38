import { appearanceKey } from '$lib/settings/appearance';
import { settings } from '$lib/settings/settings.svelte';

// The PIN code loads when a PIN is typed, not with every start.
const pinCode = () => import('./pin');

/**
 * The optional app lock for a phone that others use too. It keeps curious eyes out; it is not
 * encryption: the data in the browser stays readable to anyone who opens the browser's tools.
 * It locks at start and after the app was hidden for the chosen number of minutes.
 */
class AppLock {
	locked = $state(false);
	#hiddenAt: number | null = null;

	get enabled(): boolean {
		return settings.values.lockPin !== null;
	}

	/** At start: locked when a PIN is set. */
	init(): void {
		this.locked = this.enabled;
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

	/** Sets a new PIN (only its hash is kept). */
	async set(pin: string): Promise<void> {
		const { hashPin } = await pinCode();
		await settings.update({ lockPin: await hashPin(pin) });
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
		localStorage.removeItem(appearanceKey);
		sessionStorage.clear();
		location.replace('/');
	}

	/** Removes the lock; refused without the right PIN. */
	async remove(pin: string): Promise<boolean> {
		if (!(await this.#matches(pin))) return false;
		await settings.update({ lockPin: null });
		return true;
	}

	async #matches(pin: string): Promise<boolean> {
		const stored = settings.values.lockPin;
		if (!stored) return false;
		const { verifyPin } = await pinCode();
		return verifyPin(pin, stored);
	}
}

export const appLock = new AppLock();

import { unsavedWork } from './unsaved.svelte';
import { whenSettled } from './when-settled';

/** The part of workbox-window's Workbox that the update prompt uses. */
export interface ServiceWorkerHost {
	addEventListener(
		type: 'waiting' | 'controlling' | 'installed',
		listener: (event: { isUpdate?: boolean }) => void
	): void;
	register(): Promise<unknown>;
	messageSkipWaiting(): void;
}

/** What the person is told when the service worker changes. */
export interface UpdateNotices {
	onOfflineReady?: () => void;
	onUpdateAvailable?: () => void;
}

/**
 * Offers a new version when one is waiting, and reloads only when the person asks for it: it
 * saves every draft first, by itself. Only a form that waits for its own save or send button
 * stops it. Another tab taking the new version never reloads this one by surprise.
 */
export class AppUpdate {
	available = $state(false);
	blockedByUnsaved = $state(false);
	#host: ServiceWorkerHost | null = null;
	#reloadRequested = false;
	#reload: () => void;

	constructor(reload: () => void = () => location.reload()) {
		this.#reload = reload;
	}

	/** Starts listening to the service worker and registers it. */
	async start(host: ServiceWorkerHost, notices: UpdateNotices = {}): Promise<void> {
		this.#host = host;
		host.addEventListener('waiting', () => {
			this.available = true;
			notices.onUpdateAvailable?.();
		});
		host.addEventListener('installed', (event) => {
			if (!event.isUpdate) notices.onOfflineReady?.();
		});
		host.addEventListener('controlling', () => {
			if (this.#reloadRequested) this.#reload();
		});
		try {
			await host.register();
		} catch {
			// Without a service worker the app still works online; nothing to tell the person.
		}
	}

	/**
	 * The person asked for the new version: saves every draft, then reloads. Returns false when
	 * a form still waits for its own save button.
	 */
	async applyUpdate(): Promise<boolean> {
		if (!this.#host) return false;
		await unsavedWork.saveAll();
		if (unsavedWork.needsThePerson) {
			this.blockedByUnsaved = true;
			return false;
		}
		this.blockedByUnsaved = false;
		this.#reloadRequested = true;
		this.#host.messageSkipWaiting();
		return true;
	}

	/** The person chose "Später": hide the offer until the next start. */
	dismiss(): void {
		this.available = false;
		this.blockedByUnsaved = false;
	}
}

export const appUpdate = new AppUpdate();

/**
 * Registers the service worker of the production build, once the page has settled: its first
 * install stores every file of the app, work that would slow the page down while it shows itself.
 */
export async function registerServiceWorker(notices: UpdateNotices): Promise<void> {
	if (!('serviceWorker' in navigator)) return;
	await whenSettled();
	const { Workbox } = await import('workbox-window');
	await appUpdate.start(new Workbox('/sw.js', { scope: '/' }), notices);
}

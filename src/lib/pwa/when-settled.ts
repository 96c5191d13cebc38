// The service worker's first install fetches every file of the app and stores it: about 200
// files. On a phone with two slow cores that work takes the processor the page needs while it
// shows itself and reads its data (on the first visit to Angebote: the whole catalogue). So the
// worker is registered once the page has settled: loaded, and its main thread free for a while.

/** The part of `IdleDeadline` used here. */
interface Deadline {
	timeRemaining(): number;
}

/** What `whenSettled` needs from the browser (tests give their own). */
export interface SettleHost {
	now(): number;
	/** The browser's idle callback; absent in some browsers (Safari). */
	requestIdleCallback?: (callback: (deadline: Deadline) => void) => void;
	setTimeout(callback: () => void, ms: number): unknown;
	clearTimeout(handle: unknown): void;
	/** Resolves once the page and everything it asked for has loaded (the `load` event). */
	loaded(): Promise<void>;
}

export interface SettleOptions {
	/** How long the main thread must stay free, in milliseconds. */
	quietMs?: number;
	/** The longest wait, in milliseconds: a page that is never quiet (an animation) still gets it. */
	limitMs?: number;
}

/** An idle period this long means that nothing waits to run: no task, no timer, no frame. */
const FULL_IDLE_MS = 45;
/** Two idle callbacks further apart than this had other work between them. */
const GAP_MS = 100;
/** Without idle callbacks, the wait after `load`. */
const FALLBACK_MS = 3000;

const browserHost = (): SettleHost => ({
	now: () => performance.now(),
	requestIdleCallback:
		typeof requestIdleCallback === 'function'
			? (callback) => requestIdleCallback(callback)
			: undefined,
	setTimeout: (callback, ms) => setTimeout(callback, ms),
	clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
	loaded: () =>
		document.readyState === 'complete'
			? Promise.resolve()
			: new Promise((resolve) => addEventListener('load', () => resolve(), { once: true }))
});

/**
 * Resolves once the page has loaded and its main thread has had nothing to do for `quietMs`
 * in a row: every idle period in that time was a full one, one after the other. Work in short
 * tasks one after another (a catalogue read in parts) keeps the page from counting as settled.
 */
export async function whenSettled(
	{ quietMs = 1000, limitMs = 15_000 }: SettleOptions = {},
	host: SettleHost = browserHost()
): Promise<void> {
	const begun = host.now();
	await host.loaded();
	const idle = host.requestIdleCallback;
	await new Promise<void>((resolve) => {
		let finished = false;
		const finish = () => {
			if (finished) return;
			finished = true;
			host.clearTimeout(limit);
			resolve();
		};
		const limit = host.setTimeout(finish, Math.max(0, limitMs - (host.now() - begun)));
		if (!idle) {
			host.setTimeout(finish, FALLBACK_MS);
			return;
		}
		let quietSince: number | null = null;
		let last = host.now();
		const watch = (deadline: Deadline) => {
			if (finished) return;
			const now = host.now();
			const full = deadline.timeRemaining() >= FULL_IDLE_MS && now - last <= GAP_MS;
			last = now;
			if (!full) quietSince = null;
			else if (quietSince === null) quietSince = now;
			else if (now - quietSince >= quietMs) return finish();
			idle(watch);
		};
		idle(watch);
	});
}

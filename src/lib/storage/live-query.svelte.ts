import { createSubscriber } from 'svelte/reactivity';
import { databaseMayExist } from '$lib/db/presence';
import { storageStatus } from './storage-status.svelte';

/**
 * The channel on which Dexie tells every tab (this one too) that something was written. Dexie
 * names it in its code, not in its API; live-query.test.ts checks that the installed Dexie still
 * uses this name.
 */
export const dexieWriteChannel = 'x-storagemutated-1';

interface LiveQueryOptions<T> {
	/** What `current` gives before the first read arrives. */
	initial: T;
	/** Called with each new result, before views see it (for work beside the value). */
	onResult?: (value: T) => void;
	/** Called when the last reader is gone and the query stops. */
	onStop?: () => void;
	/**
	 * Whether a failed read is told to the person (the default). Off where the same failure is
	 * already told by the code that reads or writes.
	 */
	reportErrors?: boolean;
	/**
	 * Loads what the query calls (its repository, the connection) before the query first runs.
	 * The query itself must call nothing but Dexie, or Dexie cannot tell which tables it reads.
	 */
	prepare?: () => Promise<unknown>;
	/**
	 * While this device holds no database at all, `initial` is the answer and the database code
	 * is not loaded; the query starts as soon as this tab or another one writes anything. For
	 * pages a person often opens first, before anything is stored.
	 */
	emptyUntilStored?: boolean;
}

/**
 * A Dexie query as reactive state: it runs while at least one view or `$derived` reads
 * `current`, follows every change (from other tabs too), and stops when the last reader is gone.
 * A failed read is shown to the person in easy words.
 */
export class LiveQuery<T> {
	#value: T = $state.raw() as T;
	#loaded = $state(false);
	#subscribe: () => void;
	#start: () => () => void;

	constructor(query: () => Promise<T>, options: LiveQueryOptions<T>) {
		this.#value = options.initial;
		const { onResult, onStop, reportErrors = true, prepare, emptyUntilStored = false } = options;
		const failed = (error: unknown) => {
			this.#loaded = true;
			if (reportErrors) storageStatus.reportError(error);
		};
		this.#start = () => {
			let stopped = false;
			let stopQuery: (() => void) | undefined;
			let waiting: BroadcastChannel | undefined;
			// Dexie and the repository load with the first read, not with the page.
			const run = async () => {
				const [{ liveQuery }] = await Promise.all([import('dexie'), prepare?.()]);
				if (stopped) return;
				const subscription = liveQuery(query).subscribe({
					next: (value) => {
						onResult?.(value);
						this.#value = value;
						this.#loaded = true;
					},
					error: failed
				});
				stopQuery = () => subscription.unsubscribe();
			};
			const stopWaiting = () => {
				waiting?.close();
				waiting = undefined;
			};
			const begin = async () => {
				if (emptyUntilStored && typeof BroadcastChannel === 'function') {
					// Listening starts before the question, so a write in between is not missed.
					const channel = new BroadcastChannel(dexieWriteChannel);
					waiting = channel;
					let empty = false;
					let written = false;
					channel.onmessage = () => {
						written = true;
						if (!empty) return;
						stopWaiting();
						if (!stopped) run().catch(failed);
					};
					empty = !(await databaseMayExist()) && !written;
					if (stopped) return;
					if (empty) {
						onResult?.(options.initial);
						this.#value = options.initial;
						this.#loaded = true;
						return;
					}
					stopWaiting();
				}
				if (!stopped) await run();
			};
			begin().catch(failed);
			return () => {
				stopped = true;
				stopWaiting();
				stopQuery?.();
				onStop?.();
			};
		};
		// The first read starts in a task of its own: a page that reads its data while it is drawn
		// for the first time opens the database after drawing, not in the same long task.
		this.#subscribe = createSubscriber(() => {
			let stop: (() => void) | undefined;
			const timer = setTimeout(() => (stop = this.#start()));
			return () => {
				clearTimeout(timer);
				stop?.();
			};
		});
	}

	/**
	 * Follows the query outside any view, for state that lives as long as the app (with
	 * `onResult`); returns the function that stops it.
	 */
	follow(): () => void {
		return this.#start();
	}

	/** The newest result (the initial value until the first read arrives). */
	get current(): T {
		this.#subscribe();
		return this.#value;
	}

	/** Whether the first read has arrived (or failed). */
	get loaded(): boolean {
		this.#subscribe();
		return this.#loaded;
	}

	/** Shows a value at once, before the database reports it (for example right after a save). */
	show(value: T): void {
		this.#value = value;
	}
}

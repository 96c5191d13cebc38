import { liveQuery } from 'dexie';
import { createSubscriber } from 'svelte/reactivity';
import { storageStatus } from './storage-status.svelte';

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
		const { onResult, onStop, reportErrors = true } = options;
		this.#start = () => {
			const subscription = liveQuery(query).subscribe({
				next: (value) => {
					onResult?.(value);
					this.#value = value;
					this.#loaded = true;
				},
				error: (error: unknown) => {
					this.#loaded = true;
					if (reportErrors) storageStatus.reportError(error);
				}
			});
			return () => {
				subscription.unsubscribe();
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

import { createSubscriber } from 'svelte/reactivity';
import { translate } from '$lib/i18n/i18n.svelte';

/**
 * The time left of a PIN wait, in whole seconds, for a view that shows it. It counts down once
 * a second while a view reads it and stops with the last reader.
 */
export class PinWaitClock {
	#until: () => number;
	#subscribe = createSubscriber((update) => {
		const timer = setInterval(update, 1000);
		return () => clearInterval(timer);
	});

	/** `until`: when the wait ends (ms since 1970), 0 when there is none. */
	constructor(until: () => number) {
		this.#until = until;
	}

	get secondsLeft(): number {
		this.#subscribe();
		return Math.max(0, Math.ceil((this.#until() - Date.now()) / 1000));
	}

	/** What the person reads while the wait runs, in easy words; null when there is no wait. */
	get text(): string | null {
		const seconds = this.secondsLeft;
		if (seconds <= 0) return null;
		// Under a minute the seconds count; above it whole minutes, rounded up.
		const time =
			seconds < 60
				? translate('lock.wait.seconds', { count: seconds })
				: translate('lock.wait.minutes', { count: Math.ceil(seconds / 60) });
		return translate('lock.wait.text', { time });
	}
}

import type { Author } from '$lib/wishes/model';

const storageKey = 'nahbei.helper';

// The helper's name lives for this browser session only: on a shared or kiosk device the next
// visitor starts without it, while a reload during the conversation keeps it.
function remembered(): string | null {
	try {
		return globalThis.sessionStorage?.getItem(storageKey) ?? null;
	} catch {
		return null;
	}
}

function remember(name: string | null): void {
	try {
		if (name) globalThis.sessionStorage?.setItem(storageKey, name);
		else globalThis.sessionStorage?.removeItem(storageKey);
	} catch {
		// Without session storage the mode simply ends with the page.
	}
}

/** Whether someone sits beside the person and helps, and their name. */
class HelperMode {
	#name = $state<string | null>(remembered());

	/** The helper's name while helper mode is on, else null. */
	get name(): string | null {
		return this.#name;
	}

	get active(): boolean {
		return this.#name !== null;
	}

	/** Who writes now: me, or me with the helper's help. */
	get author(): Author {
		return this.#name ? { kind: 'helper', name: this.#name } : { kind: 'me' };
	}

	/** Turns helper mode on with the helper's name; an empty name does nothing. */
	start(name: string): boolean {
		const clean = name.trim().slice(0, 100);
		if (!clean) return false;
		this.#name = clean;
		remember(clean);
		return true;
	}

	/** Turns helper mode off. */
	stop(): void {
		this.#name = null;
		remember(null);
	}
}

export const helperMode = new HelperMode();

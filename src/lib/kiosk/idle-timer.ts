/** Seconds left at which the countdown is said again: often enough, never every second. */
export const countdownSteps = [30, 10] as const;

/**
 * The step the countdown has just passed, or null. Timers may jump (a sleeping tablet, a busy
 * page), so this looks at the span between two readings, not at one exact second.
 */
export function passedStep(
	before: number,
	after: number,
	steps: readonly number[] = countdownSteps
): number | null {
	const passed = steps.filter((step) => after <= step && step < before);
	return passed.length > 0 ? Math.min(...passed) : null;
}

export type IdlePhase = 'stopped' | 'idle' | 'warning';

export interface IdleTimerOptions {
	/** Time without input before the warning. */
	idleMs: number;
	/** Time the warning waits for an answer. */
	countdownMs: number;
	/** The warning begins; `secondsLeft` is the full countdown. */
	onWarn: (secondsLeft: number) => void;
	/** Once a second during the warning. */
	onTick?: (secondsLeft: number) => void;
	/** Nobody answered in time. */
	onExpire: () => void;
	now?: () => number;
}

/**
 * Watches for inactivity: after `idleMs` without input it warns, and after a further
 * `countdownMs` without an answer it expires. Input during the warning does not count: only an
 * explicit `extend()` (the "Weiter machen" button) does, so the warning is never missed.
 * Extending has no limit.
 */
export class IdleTimer {
	#options: IdleTimerOptions;
	#phase: IdlePhase = 'stopped';
	#timer: ReturnType<typeof setTimeout> | undefined;
	#ticker: ReturnType<typeof setInterval> | undefined;
	#deadline = 0;
	#extensions = 0;

	constructor(options: IdleTimerOptions) {
		this.#options = options;
	}

	get phase(): IdlePhase {
		return this.#phase;
	}

	/** How often the person has said "Weiter machen". */
	get extensions(): number {
		return this.#extensions;
	}

	/** Whole seconds left in the warning (0 outside it). */
	get secondsLeft(): number {
		if (this.#phase !== 'warning') return 0;
		return Math.max(0, Math.ceil((this.#deadline - this.#now()) / 1000));
	}

	/** Starts (or restarts) the quiet time. */
	start(): void {
		this.#clear();
		this.#phase = 'idle';
		this.#timer = setTimeout(() => this.#warn(), this.#options.idleMs);
	}

	/** Input happened: the quiet time starts again, except during the warning. */
	activity(): void {
		if (this.#phase === 'idle') this.start();
	}

	/** The answer to the warning: the person is still there. */
	extend(): void {
		if (this.#phase !== 'warning') return;
		this.#extensions += 1;
		this.start();
	}

	/** Stops watching. */
	stop(): void {
		this.#clear();
		this.#phase = 'stopped';
	}

	#now(): number {
		return (this.#options.now ?? Date.now)();
	}

	#warn(): void {
		this.#clear();
		this.#phase = 'warning';
		this.#deadline = this.#now() + this.#options.countdownMs;
		this.#options.onWarn(this.secondsLeft);
		this.#ticker = setInterval(() => this.#options.onTick?.(this.secondsLeft), 1000);
		this.#timer = setTimeout(() => this.#expire(), this.#options.countdownMs);
	}

	#expire(): void {
		this.stop();
		this.#options.onExpire();
	}

	#clear(): void {
		clearTimeout(this.#timer);
		clearInterval(this.#ticker);
		this.#timer = undefined;
		this.#ticker = undefined;
	}
}

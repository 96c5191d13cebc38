import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IdleTimer, passedStep } from './idle-timer';

function makeTimer() {
	const events: string[] = [];
	const timer = new IdleTimer({
		idleMs: 180_000,
		countdownMs: 60_000,
		onWarn: (seconds) => events.push(`warn ${seconds}`),
		onTick: (seconds) => events.push(`tick ${seconds}`),
		onExpire: () => events.push('expire')
	});
	return { timer, events };
}

describe('IdleTimer', () => {
	beforeEach(() => {
		vi.useFakeTimers();
	});
	afterEach(() => {
		vi.useRealTimers();
	});

	it('warns after 3 minutes without input, with the full 60 seconds', () => {
		const { timer, events } = makeTimer();
		timer.start();
		vi.advanceTimersByTime(179_999);
		expect(events).toEqual([]);
		vi.advanceTimersByTime(1);
		expect(events).toEqual(['warn 60']);
		expect(timer.phase).toBe('warning');
		expect(timer.secondsLeft).toBe(60);
	});

	it('starts the quiet time again on input', () => {
		const { timer, events } = makeTimer();
		timer.start();
		vi.advanceTimersByTime(170_000);
		timer.activity();
		vi.advanceTimersByTime(170_000);
		expect(events).toEqual([]);
		vi.advanceTimersByTime(10_000);
		expect(events).toEqual(['warn 60']);
	});

	it('counts down once a second and expires after 60 seconds', () => {
		const { timer, events } = makeTimer();
		timer.start();
		vi.advanceTimersByTime(180_000 + 2_000);
		expect(events).toEqual(['warn 60', 'tick 59', 'tick 58']);
		vi.advanceTimersByTime(58_000);
		expect(events.at(-1)).toBe('expire');
		expect(timer.phase).toBe('stopped');
	});

	it('ignores ordinary input during the warning: only "Weiter machen" answers it', () => {
		const { timer, events } = makeTimer();
		timer.start();
		vi.advanceTimersByTime(180_000);
		timer.activity();
		vi.advanceTimersByTime(60_000);
		expect(events.at(-1)).toBe('expire');
	});

	it('can be extended 10 times and more, each time with the full quiet time', () => {
		const { timer, events } = makeTimer();
		timer.start();
		for (let round = 1; round <= 12; round++) {
			// Each new warning comes exactly 3 minutes after the last "Weiter machen".
			vi.advanceTimersByTime(179_999);
			expect(timer.phase).toBe('idle');
			vi.advanceTimersByTime(1);
			expect(timer.phase).toBe('warning');
			vi.advanceTimersByTime(50_000);
			timer.extend();
			expect(timer.phase).toBe('idle');
			expect(timer.extensions).toBe(round);
		}
		expect(events).not.toContain('expire');
	});

	it('extending outside the warning does nothing', () => {
		const { timer } = makeTimer();
		timer.start();
		timer.extend();
		expect(timer.extensions).toBe(0);
	});

	it('stops watching when stopped', () => {
		const { timer, events } = makeTimer();
		timer.start();
		timer.stop();
		vi.advanceTimersByTime(600_000);
		expect(events).toEqual([]);
	});

	it('expires on time even when the clock jumps past the end', () => {
		const { timer, events } = makeTimer();
		timer.start();
		vi.advanceTimersByTime(180_000);
		vi.setSystemTime(Date.now() + 120_000);
		expect(timer.secondsLeft).toBe(0);
		vi.advanceTimersByTime(60_000);
		expect(events).toContain('expire');
	});
});

describe('passedStep', () => {
	it('says the countdown at 30 and at 10 seconds, not every second', () => {
		const said: number[] = [];
		for (let seconds = 60; seconds > 0; seconds--) {
			const step = passedStep(seconds, seconds - 1);
			if (step !== null) said.push(seconds - 1);
		}
		expect(said).toEqual([30, 10]);
	});

	it('notices a step that a jump of several seconds skipped', () => {
		expect(passedStep(35, 25)).toBe(30);
		expect(passedStep(35, 5)).toBe(10);
		expect(passedStep(29, 11)).toBeNull();
	});
});

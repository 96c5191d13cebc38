import { afterEach, describe, expect, it, vi } from 'vitest';
import { inNextTaskWhileStarting } from './page-task';

/** A page whose `<html>` has the marks in `dataset` (`started` once the app works). */
function pageWith(dataset: Record<string, string>) {
	vi.stubGlobal('document', { documentElement: { dataset } });
}

describe('inNextTaskWhileStarting', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
		vi.useRealTimers();
	});

	it('on the server, answers at once: the prerendered page holds every part', () => {
		expect(inNextTaskWhileStarting()).toBe(true);
	});

	it('while the app starts, answers in the next task, not in this one', async () => {
		pageWith({});
		vi.useFakeTimers();
		const answer = inNextTaskWhileStarting();
		expect(answer).toBeInstanceOf(Promise);
		let answered = false;
		void (answer as Promise<true>).then(() => (answered = true));
		// However many promises settle in this task, the answer waits for a timer.
		for (let i = 0; i < 20; i++) await Promise.resolve();
		expect(answered).toBe(false);
		await vi.advanceTimersToNextTimerAsync();
		expect(answered).toBe(true);
		await expect(answer).resolves.toBe(true);
	});

	it('once the app has started, answers at once: a later page draws in one go', () => {
		pageWith({ started: '' });
		expect(inNextTaskWhileStarting()).toBe(true);
	});
});

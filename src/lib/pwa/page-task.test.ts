import { afterEach, describe, expect, it, vi } from 'vitest';

// Each test gets the module afresh: "started" is a fact about one start of the app.
async function freshPageTask() {
	vi.resetModules();
	return import('./page-task');
}

describe('inNextTaskWhileStarting', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
		vi.useRealTimers();
	});

	it('on the server, answers at once: the prerendered page holds every part', async () => {
		const { inNextTaskWhileStarting } = await freshPageTask();
		expect(inNextTaskWhileStarting()).toBe(true);
	});

	it('while the app starts, answers in the next task, not in this one', async () => {
		vi.stubGlobal('window', {});
		vi.useFakeTimers();
		const { inNextTaskWhileStarting } = await freshPageTask();
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

	it('once the app has started, answers at once: a later page draws in one go', async () => {
		vi.stubGlobal('window', {});
		const { inNextTaskWhileStarting, startingDone } = await freshPageTask();
		startingDone();
		expect(inNextTaskWhileStarting()).toBe(true);
	});
});

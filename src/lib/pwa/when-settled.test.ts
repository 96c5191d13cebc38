import { describe, expect, it } from 'vitest';
import { whenSettled, type SettleHost } from './when-settled';

/**
 * A made-up browser with its own clock. `periods` lists the idle periods the main thread gets,
 * one per idle callback: when it comes (ms after the previous one) and how long it is.
 */
function fakeBrowser(periods: { after: number; length: number }[], { idle = true } = {}) {
	let clock = 0;
	const timers: { at: number; callback: () => void; id: number }[] = [];
	let nextId = 1;
	let loaded!: () => void;
	const load = new Promise<void>((resolve) => (loaded = resolve));
	let pending: ((deadline: { timeRemaining(): number }) => void) | null = null;
	const host: SettleHost = {
		now: () => clock,
		requestIdleCallback: idle ? (callback) => (pending = callback) : undefined,
		setTimeout(callback, ms) {
			const timer = { at: clock + ms, callback, id: nextId++ };
			timers.push(timer);
			return timer.id;
		},
		clearTimeout(id) {
			const index = timers.findIndex((timer) => timer.id === id);
			if (index >= 0) timers.splice(index, 1);
		},
		loaded: () => load
	};
	const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
	/** Runs the made-up page: load, then the idle periods and the timers as they fall due. */
	async function play(settled: { done: boolean }) {
		await flush();
		loaded();
		await flush();
		for (const period of periods) {
			const at = clock + period.after;
			// Timers due before this idle period fire first.
			for (const timer of [...timers].sort((a, b) => a.at - b.at)) {
				if (timer.at > at || settled.done) break;
				clock = timer.at;
				timers.splice(timers.indexOf(timer), 1);
				timer.callback();
				await flush();
			}
			if (settled.done) return;
			clock = at;
			const callback = pending;
			pending = null;
			callback?.({ timeRemaining: () => period.length });
			await flush();
			if (settled.done) return;
		}
		for (const timer of [...timers].sort((a, b) => a.at - b.at)) {
			if (settled.done) return;
			clock = Math.max(clock, timer.at);
			timers.splice(timers.indexOf(timer), 1);
			timer.callback();
			await flush();
		}
	}
	return { host, play, now: () => clock };
}

async function settleTime(
	periods: { after: number; length: number }[],
	options = {},
	browser = fakeBrowser(periods)
) {
	const settled = { done: false, at: -1 };
	void whenSettled(options, browser.host).then(() => {
		settled.done = true;
		settled.at = browser.now();
	});
	await browser.play(settled);
	return settled.at;
}

const full = (count: number, every = 50) =>
	Array.from({ length: count }, () => ({ after: every, length: 50 }));

describe('whenSettled', () => {
	it('waits for a second of full idle periods in a row', async () => {
		// First full period at 50 ms; a second of them later: 1,050 ms.
		expect(await settleTime(full(40), { quietMs: 1000 })).toBe(1050);
	});

	it('starts counting again after the page was busy', async () => {
		const busy = [{ after: 50, length: 50 }, ...full(10), { after: 300, length: 50 }];
		// Ten full periods, then a task of 250 ms. The idle period at 850 ms shows the gap; the
		// second of quiet counts from the next one, at 900 ms.
		expect(await settleTime([...busy, ...full(30)], { quietMs: 1000 })).toBe(900 + 1000);
	});

	it('does not count short idle periods between tasks as quiet', async () => {
		// A catalogue read in short tasks: the page is idle, but only for moments.
		const chain = Array.from({ length: 40 }, () => ({ after: 20, length: 4 }));
		// 40 short periods end at 800 ms; the quiet second begins with the first full one.
		expect(await settleTime([...chain, ...full(30)], { quietMs: 1000 })).toBe(850 + 1000);
	});

	it('gives up waiting after the limit, on a page that never rests', async () => {
		const animation = Array.from({ length: 400 }, () => ({ after: 16, length: 10 }));
		expect(await settleTime(animation, { quietMs: 1000, limitMs: 5000 })).toBe(5000);
	});

	it('waits a fixed time after loading where the browser has no idle callbacks', async () => {
		const browser = fakeBrowser([], { idle: false });
		expect(await settleTime([], {}, browser)).toBe(3000);
	});
});

import { describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from '../../../tests/fixtures/memory-storage';
import {
	clearAttempts,
	longestWaitSeconds,
	readAttempts,
	tryPin,
	waitLeft,
	waitSeconds
} from './pin-attempts';

const key = 'test.pin-attempts';

describe('the wait schedule', () => {
	it('lets 4 wrong tries pass without a wait', () => {
		expect([0, 1, 2, 3, 4].map(waitSeconds)).toEqual([0, 0, 0, 0, 0]);
	});

	it('waits after the 5th wrong try, each wait twice the one before, up to 1 hour', () => {
		const schedule = Array.from({ length: 10 }, (_, index) => waitSeconds(index + 5));
		expect(schedule).toEqual([30, 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600]);
		expect(waitSeconds(1000)).toBe(longestWaitSeconds);
	});

	it('makes guessing a 4-digit PIN take months, not an hour', () => {
		let seconds = 0;
		for (let failures = 1; failures <= 10_000; failures++) seconds += waitSeconds(failures);
		expect(seconds / 86_400).toBeGreaterThan(400);
	});
});

describe('waitLeft', () => {
	it('counts down to the end of the wait', () => {
		expect(waitLeft({ failures: 5, waitUntil: 30_000 }, 10_000)).toBe(20_000);
		expect(waitLeft({ failures: 5, waitUntil: 30_000 }, 30_000)).toBe(0);
		expect(waitLeft({ failures: 0, waitUntil: 0 }, 10_000)).toBe(0);
	});

	it('never waits longer than the wait itself, even when the clock was set back', () => {
		expect(waitLeft({ failures: 5, waitUntil: 10_000_000 }, 0)).toBe(30_000);
	});
});

describe('tryPin', () => {
	function setUp(rightPin = '2468') {
		const store = new MemoryStorage();
		let now = 1_000_000;
		const clock = {
			now: () => now,
			pass: (seconds: number) => (now += seconds * 1000)
		};
		const attempt = (pin: string) =>
			tryPin(async () => pin === rightPin, { store, key, now: clock.now });
		return { store, clock, attempt };
	}

	it('opens with the right PIN and forgets earlier wrong tries', async () => {
		const { store, attempt } = setUp();
		await attempt('1111');
		expect(readAttempts(store, key).failures).toBe(1);
		expect(await attempt('2468')).toEqual({ right: true });
		expect(store.getItem(key)).toBeNull();
	});

	it('refuses even the right PIN during a wait, without counting it', async () => {
		const { store, clock, attempt } = setUp();
		for (let index = 0; index < 4; index++) {
			expect(await attempt('0000')).toMatchObject({ right: false, checked: true });
		}
		const fifth = await attempt('0000');
		expect(fifth).toEqual({ right: false, checked: true, failures: 5, waitUntil: 1_030_000 });
		clock.pass(29);
		const check = vi.fn(async () => true);
		expect(await tryPin(check, { store, key, now: clock.now })).toEqual({
			right: false,
			checked: false,
			failures: 5,
			waitUntil: 1_030_000
		});
		expect(check).not.toHaveBeenCalled();
		expect(readAttempts(store, key).failures).toBe(5);
		clock.pass(1);
		expect(await attempt('2468')).toEqual({ right: true });
	});

	it('10 wrong PINs: the right one is refused until the 16-minute wait is over', async () => {
		const { store, clock, attempt } = setUp();
		for (let failures = 1; failures <= 10; failures++) {
			const answer = await attempt('1357');
			expect(answer).toMatchObject({ right: false, checked: true, failures });
			clock.pass(waitSeconds(failures));
		}
		// The 10th wrong try is followed by a wait of 960 seconds; only its last second is left.
		clock.pass(-1);
		expect(await attempt('2468')).toMatchObject({ right: false, checked: false });
		expect(waitLeft(readAttempts(store, key), clock.now())).toBe(1000);
		clock.pass(1);
		expect(await attempt('2468')).toEqual({ right: true });
	});

	it('counts a try before checking it: a reload during the check does not escape', async () => {
		const { store, clock } = setUp();
		let seenDuringCheck = 0;
		await tryPin(
			async () => {
				seenDuringCheck = readAttempts(store, key).failures;
				return false;
			},
			{ store, key, now: clock.now }
		);
		expect(seenDuringCheck).toBe(1);
	});

	it('survives a restart: the count is read from storage each time', async () => {
		const { store, attempt } = setUp();
		for (let index = 0; index < 5; index++) await attempt('0000');
		const restarted = await tryPin(async () => true, { store, key, now: () => 1_010_000 });
		expect(restarted).toMatchObject({ right: false, checked: false });
	});

	it('treats a damaged record as no record', () => {
		const store = new MemoryStorage();
		for (const damaged of ['nonsense', '{"failures":"9"}', '{"failures":1.5,"waitUntil":0}']) {
			store.setItem(key, damaged);
			expect(readAttempts(store, key)).toEqual({ failures: 0, waitUntil: 0 });
		}
		clearAttempts(store, key);
		expect(store.length).toBe(0);
	});
});

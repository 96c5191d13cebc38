import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from '../../../tests/fixtures/memory-storage';
import { defaultKioskLimits, kioskConfigKey, writeKioskConfig } from './config';
import { kiosk } from './kiosk.svelte';
import { hashPin } from './pin';

const local = new MemoryStorage();
const session = new MemoryStorage();
const replace = vi.fn();

beforeAll(async () => {
	vi.stubGlobal('localStorage', local);
	vi.stubGlobal('sessionStorage', session);
	vi.stubGlobal('location', { replace });
	writeKioskConfig({ pin: await hashPin('2468', 1000), ...defaultKioskLimits }, local);
	vi.useFakeTimers();
});

afterAll(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

describe('a visit at the kiosk', () => {
	it('runs from welcome through the question to the end and the wipe', async () => {
		await kiosk.init();
		expect(kiosk.phase).toBe('welcome');
		expect(kiosk.usesDatabase).toBe(false);

		kiosk.startVisit();
		expect(kiosk.phase).toBe('visit');
		expect(session.getItem('nahbei.kiosk.visit')).toBe('1');

		vi.advanceTimersByTime(3 * 60_000);
		expect(kiosk.asking).toBe(true);
		expect(kiosk.spoken).toContain('60');
		vi.advanceTimersByTime(25_000);
		const beforeStep = kiosk.spoken;
		vi.advanceTimersByTime(5_000);
		expect(kiosk.secondsLeft).toBe(30);
		expect(kiosk.spoken).not.toBe(beforeStep);
		expect(kiosk.spoken).toContain('30');

		kiosk.extend();
		expect(kiosk.asking).toBe(false);
		expect(kiosk.phase).toBe('visit');

		vi.advanceTimersByTime(4 * 60_000);
		expect(kiosk.phase).toBe('ending');
		expect(kiosk.endReason).toBe('timeout');

		// Input on the end screen gives its full time again.
		vi.advanceTimersByTime(100_000);
		kiosk.activity();
		vi.advanceTimersByTime(100_000);
		expect(replace).not.toHaveBeenCalled();
		session.setItem('nahbei.helper', 'Mama');
		local.setItem('nahbei.appearance', '{}');
		await vi.advanceTimersByTimeAsync(20_000);
		await vi.waitFor(() => expect(replace).toHaveBeenCalledWith('/'));
		expect(local.length).toBe(1);
		expect(local.getItem(kioskConfigKey)).not.toBeNull();
		expect(session.length).toBe(0);
	});

	it('keeps its time limits unless the staff PIN is right', async () => {
		vi.useRealTimers();
		expect(await kiosk.changeLimits('1111', { ...defaultKioskLimits, idleMinutes: 10 })).toBe(
			false
		);
		expect(kiosk.limits.idleMinutes).toBe(3);
		expect(await kiosk.changeLimits('2468', { ...defaultKioskLimits, idleMinutes: 10 })).toBe(true);
		expect(kiosk.limits.idleMinutes).toBe(10);
		expect(await kiosk.turnOff('1111')).toBe(false);
		expect(kiosk.active).toBe(true);
	});
});

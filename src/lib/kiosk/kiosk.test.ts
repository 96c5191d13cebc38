import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from '../../../tests/fixtures/memory-storage';
import { defaultKioskLimits, kioskConfigKey, writeKioskConfig } from './config';
import { kiosk } from './kiosk.svelte';
import { hashPin } from './pin';
import { readVisitMarker, visitKey } from './visit-marker';

const local = new MemoryStorage();
const session = new MemoryStorage();
const replace = vi.fn();

beforeAll(async () => {
	vi.stubGlobal('localStorage', local);
	vi.stubGlobal('sessionStorage', session);
	vi.stubGlobal('location', { replace });
	writeKioskConfig({ pin: await hashPin('2468', 1000), ...defaultKioskLimits }, local);
});

afterAll(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

/** Opens a database the way a visit leaves one, with a wish in it. */
async function leaveVisitData(): Promise<void> {
	await new Promise((resolve) => {
		const request = indexedDB.open('nahbei', 1);
		request.onupgradeneeded = () => request.result.createObjectStore('wishes');
		request.onsuccess = () => resolve(request.result.close());
	});
}

async function databaseNames(): Promise<(string | undefined)[]> {
	return (await indexedDB.databases()).map((entry) => entry.name);
}

describe('a visit at the kiosk', () => {
	it('starts at the welcome screen with everything an earlier visit left deleted', async () => {
		await leaveVisitData();
		local.setItem(visitKey, JSON.stringify({ id: 'earlier', at: Date.now() }));
		local.setItem('nahbei.appearance', '{"theme":"dark"}');
		session.setItem('nahbei.helper', 'Mama');
		await kiosk.init();
		expect(kiosk.phase).toBe('welcome');
		expect(kiosk.usesDatabase).toBe(false);
		expect(await databaseNames()).not.toContain('nahbei');
		expect(local.length).toBe(1);
		expect(local.getItem(kioskConfigKey)).not.toBeNull();
		expect(session.length).toBe(0);
	});

	it('runs from welcome through the question to the end and the wipe', async () => {
		vi.useFakeTimers();
		kiosk.startVisit();
		expect(kiosk.phase).toBe('visit');
		const marker = readVisitMarker(local);
		expect(marker).not.toBeNull();
		expect(session.getItem(visitKey)).toBe(marker?.id);

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
		expect(readVisitMarker(local)?.at).toBe(Date.now());

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
		expect(readVisitMarker(local)).toBeNull();
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

describe('a start after a visit', () => {
	async function startAgain() {
		vi.resetModules();
		const { kiosk: fresh } = await import('./kiosk.svelte');
		await fresh.init();
		return fresh;
	}

	it('goes on with the visit after a reload of the same tab', async () => {
		local.setItem(visitKey, JSON.stringify({ id: 'this-tab', at: Date.now() }));
		session.setItem(visitKey, 'this-tab');
		await leaveVisitData();
		const fresh = await startAgain();
		expect(fresh.phase).toBe('visit');
		expect(await databaseNames()).toContain('nahbei');
	});

	it('deletes the visit when the tab was closed: a new tab has no id of it', async () => {
		local.setItem(visitKey, JSON.stringify({ id: 'closed-tab', at: Date.now() }));
		session.clear();
		await leaveVisitData();
		const fresh = await startAgain();
		expect(fresh.phase).toBe('welcome');
		expect(await databaseNames()).not.toContain('nahbei');
		expect(readVisitMarker(local)).toBeNull();
	});
});

import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../../tests/fixtures/memory-storage';
import { defaultKioskLimits } from './limits';
import { readVisitMarker, visitContinues, visitKey, writeVisitMarker } from './visit-marker';

const now = 1_800_000_000_000;
// 3 minutes until the question, 60 seconds for the answer.
const limit = 4 * 60_000;

describe('the visit marker', () => {
	it('is kept for the device and for this tab', () => {
		const local = new MemoryStorage();
		const session = new MemoryStorage();
		writeVisitMarker({ id: 'a', at: now }, local, session);
		expect(readVisitMarker(local)).toEqual({ id: 'a', at: now });
		expect(session.getItem(visitKey)).toBe('a');
	});

	it('counts as absent when damaged', () => {
		const local = new MemoryStorage();
		for (const damaged of ['not json', '1', '{"id":3,"at":1}', '{"id":"a"}']) {
			local.setItem(visitKey, damaged);
			expect(readVisitMarker(local)).toBeNull();
		}
	});
});

describe('visitContinues', () => {
	const marker = { id: 'a', at: now };

	it('goes on after a reload of the same tab', () => {
		expect(visitContinues(marker, 'a', defaultKioskLimits, now + 10_000)).toBe(true);
		expect(visitContinues(marker, 'a', defaultKioskLimits, now + limit - 1)).toBe(true);
	});

	it('starts anew in a new tab or window: it has no id of its own', () => {
		expect(visitContinues(marker, null, defaultKioskLimits, now + 1_000)).toBe(false);
	});

	it('starts anew in a tab of another visit', () => {
		expect(visitContinues(marker, 'b', defaultKioskLimits, now + 1_000)).toBe(false);
	});

	it('starts anew without a marker on the device, even when the tab has an id', () => {
		expect(visitContinues(null, 'a', defaultKioskLimits, now)).toBe(false);
	});

	it('starts anew when a closed tab comes back after the time limits would have ended the visit', () => {
		expect(visitContinues(marker, 'a', defaultKioskLimits, now + limit)).toBe(false);
		expect(visitContinues(marker, 'a', defaultKioskLimits, now + 24 * 3_600_000)).toBe(false);
	});

	it('uses the staff time limits', () => {
		const long = { idleMinutes: 10, countdownSeconds: 120, endSeconds: 180 } as const;
		expect(visitContinues(marker, 'a', long, now + 11 * 60_000)).toBe(true);
		expect(visitContinues(marker, 'a', long, now + 12 * 60_000)).toBe(false);
	});

	it('starts anew when the clock was set back', () => {
		expect(visitContinues(marker, 'a', defaultKioskLimits, now - 3_600_000)).toBe(false);
	});
});

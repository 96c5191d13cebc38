import { describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from '../../../tests/fixtures/memory-storage';
import { kioskConfigKey } from './config';
import { staffPinAttemptsKey } from './pin-attempts';
import { openMediaCount, releaseMedia, trackMedia } from './media';
import { isPrecache, wipeVisit } from './wipe';

function fakeCaches(names: string[]) {
	const left = new Set(names);
	return {
		left,
		keys: async () => [...left],
		delete: async (name: string) => left.delete(name)
	};
}

describe('wipeVisit', () => {
	it('deletes the database, both storages and runtime caches; keeps the kiosk record and the wrong PIN tries', async () => {
		const local = new MemoryStorage();
		const session = new MemoryStorage();
		local.setItem(kioskConfigKey, '{"kiosk":true}');
		local.setItem(staffPinAttemptsKey, '{"failures":7,"waitUntil":1}');
		local.setItem('nahbei.appearance', '{"theme":"dark"}');
		session.setItem('nahbei.helper', 'Mama');
		const caches = fakeCaches(['workbox-precache-v2-http://x/', 'offer-pictures', 'shared']);
		const deleteDatabase = vi.fn(async () => {});

		await wipeVisit({ deleteDatabase, local, session, caches, releaseMedia: () => {} });

		expect(deleteDatabase).toHaveBeenCalledOnce();
		expect(local.length).toBe(2);
		expect(local.getItem(kioskConfigKey)).toBe('{"kiosk":true}');
		expect(local.getItem(staffPinAttemptsKey)).toBe('{"failures":7,"waitUntil":1}');
		expect(session.length).toBe(0);
		expect([...caches.left]).toEqual(['workbox-precache-v2-http://x/']);
	});

	it('still clears the storages when the database cannot be deleted, then reports it', async () => {
		const session = new MemoryStorage();
		session.setItem('x', 'y');
		const failure = new Error('blocked');
		await expect(
			wipeVisit({
				deleteDatabase: async () => {
					throw failure;
				},
				session,
				releaseMedia: () => {}
			})
		).rejects.toBe(failure);
		expect(session.length).toBe(0);
	});

	it('stops every open microphone and camera track', async () => {
		const stop = vi.fn();
		const stream = { getTracks: () => [{ stop }, { stop }] } as unknown as MediaStream;
		trackMedia(stream);
		expect(openMediaCount()).toBe(1);
		await wipeVisit({ deleteDatabase: async () => {} });
		expect(stop).toHaveBeenCalledTimes(2);
		expect(openMediaCount()).toBe(0);
		releaseMedia(stream);
	});

	it('knows the precache by its name', () => {
		expect(isPrecache('workbox-precache-v2-https://nahbei.example/')).toBe(true);
		expect(isPrecache('runtime-pictures')).toBe(false);
	});
});

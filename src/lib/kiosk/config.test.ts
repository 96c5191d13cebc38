import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../../tests/fixtures/memory-storage';
import {
	defaultKioskLimits,
	isKioskDevice,
	kioskConfigKey,
	readKioskConfig,
	writeKioskConfig
} from './config';

const pin = { salt: '0'.repeat(32), hash: 'a'.repeat(64), iterations: 1000 };

describe('kiosk record', () => {
	it('is absent on an ordinary phone', () => {
		expect(isKioskDevice(new MemoryStorage())).toBe(false);
	});

	it('is stored and read back with its time limits', () => {
		const store = new MemoryStorage();
		writeKioskConfig({ pin, ...defaultKioskLimits }, store);
		expect(readKioskConfig(store)).toEqual({
			pin,
			idleMinutes: 3,
			countdownSeconds: 60,
			endSeconds: 120
		});
		expect(isKioskDevice(store)).toBe(true);
		expect(store.getItem(kioskConfigKey)).not.toContain('"pin":"');
	});

	it('is removed when kiosk mode is turned off', () => {
		const store = new MemoryStorage();
		writeKioskConfig({ pin, ...defaultKioskLimits }, store);
		writeKioskConfig(null, store);
		expect(isKioskDevice(store)).toBe(false);
	});

	it('counts as absent when damaged', () => {
		const store = new MemoryStorage();
		store.setItem(kioskConfigKey, '{"pin":"1234"}');
		expect(readKioskConfig(store)).toBeNull();
		store.setItem(kioskConfigKey, 'not json');
		expect(readKioskConfig(store)).toBeNull();
	});
});

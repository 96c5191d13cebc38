import { beforeEach, describe, expect, it, vi } from 'vitest';
import { requestPersistentStorage, resetPersistenceRequestForTests } from './persistence';

beforeEach(() => resetPersistenceRequestForTests());

describe('requestPersistentStorage', () => {
	it('asks the browser once, however often it is called', async () => {
		const storage = { persisted: vi.fn(async () => false), persist: vi.fn(async () => true) };
		expect(await requestPersistentStorage({ storage, kiosk: false })).toBe(true);
		expect(await requestPersistentStorage({ storage, kiosk: false })).toBe(false);
		expect(storage.persist).toHaveBeenCalledOnce();
	});

	it('does not ask again when storage is already persistent', async () => {
		const storage = { persisted: vi.fn(async () => true), persist: vi.fn(async () => true) };
		expect(await requestPersistentStorage({ storage, kiosk: false })).toBe(true);
		expect(storage.persist).not.toHaveBeenCalled();
	});

	it('takes a refusal or an error calmly', async () => {
		const storage = {
			persisted: vi.fn(async () => false),
			persist: vi.fn(async () => {
				throw new Error('denied');
			})
		};
		expect(await requestPersistentStorage({ storage, kiosk: false })).toBe(false);
	});

	it('never asks on a kiosk at the meeting point', async () => {
		const storage = { persisted: vi.fn(async () => false), persist: vi.fn(async () => true) };
		expect(await requestPersistentStorage({ storage, kiosk: true })).toBe(false);
		expect(storage.persist).not.toHaveBeenCalled();
	});
});

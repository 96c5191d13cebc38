import { describe, expect, it, vi } from 'vitest';
import { onFirstUse } from './on-first-use';

describe('onFirstUse', () => {
	it('loads once, and gives the same to every later call', async () => {
		const importAll = vi.fn(async () => ({ answer: 42 }));
		const storage = onFirstUse('test storage', importAll);
		expect(importAll).not.toHaveBeenCalled();
		const first = await storage.load();
		expect(await storage.load()).toBe(first);
		expect(storage.loaded()).toBe(first);
		expect(importAll).toHaveBeenCalledOnce();
	});

	it('says what was used too early', () => {
		const storage = onFirstUse('test storage', async () => ({}));
		expect(() => storage.loaded()).toThrow('test storage used before it was loaded');
	});

	it('tries again after a failed load', async () => {
		const importAll = vi
			.fn<() => Promise<{ answer: number }>>()
			.mockRejectedValueOnce(new Error('offline'))
			.mockResolvedValueOnce({ answer: 42 });
		const storage = onFirstUse('test storage', importAll);
		await expect(storage.load()).rejects.toThrow('offline');
		expect(() => storage.loaded()).toThrow();
		expect(await storage.load()).toEqual({ answer: 42 });
	});
});

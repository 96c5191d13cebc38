import { describe, expect, it } from 'vitest';
import { hashPin, isValidPin, verifyPin } from './pin';

// Few iterations keep the tests fast; the algorithm is the same.
const iterations = 1_000;

describe('PIN hashing', () => {
	it('keeps neither the PIN nor anything that contains it', async () => {
		const stored = await hashPin('4711', iterations);
		expect(JSON.stringify(stored)).not.toContain('4711');
		expect(stored.hash).toMatch(/^[0-9a-f]{64}$/);
		expect(stored.salt).toMatch(/^[0-9a-f]{32}$/);
		expect(stored.iterations).toBe(iterations);
	});

	it('accepts the right PIN and refuses a wrong one', async () => {
		const stored = await hashPin('4711', iterations);
		expect(await verifyPin('4711', stored)).toBe(true);
		expect(await verifyPin('4712', stored)).toBe(false);
		expect(await verifyPin('', stored)).toBe(false);
	});

	it('salts every hash anew: the same PIN gives different hashes', async () => {
		const first = await hashPin('123456', iterations);
		const second = await hashPin('123456', iterations);
		expect(first.salt).not.toBe(second.salt);
		expect(first.hash).not.toBe(second.hash);
	});

	it('is PBKDF2 with SHA-256: node computes the same hash', async () => {
		const { pbkdf2Sync } = await import('node:crypto');
		const salt = '00112233445566778899aabbccddeeff';
		const hash = pbkdf2Sync('4711', Buffer.from(salt, 'hex'), 5, 32, 'sha256').toString('hex');
		expect(await verifyPin('4711', { salt, hash, iterations: 5 })).toBe(true);
	});

	it('refuses a damaged record instead of throwing', async () => {
		expect(await verifyPin('4711', { salt: 'x', hash: 'y', iterations: 1 })).toBe(false);
	});

	it('takes 4 to 8 digits as a PIN', () => {
		expect(isValidPin('1234')).toBe(true);
		expect(isValidPin('12345678')).toBe(true);
		expect(isValidPin('123')).toBe(false);
		expect(isValidPin('123456789')).toBe(false);
		expect(isValidPin('12a4')).toBe(false);
	});
});

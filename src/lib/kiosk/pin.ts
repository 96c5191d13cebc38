import type { PinHash } from './pin-schema';

/** Work factor for new hashes; kept in each record, so it can grow without breaking old ones. */
export const pinIterations = 600_000;

/** A PIN is 4 to 8 digits: short enough to remember, typed on a number pad. */
export function isValidPin(pin: string): boolean {
	return /^[0-9]{4,8}$/.test(pin);
}

function toHex(bytes: Uint8Array): string {
	return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function fromHex(hex: string): Uint8Array<ArrayBuffer> {
	const bytes = new Uint8Array(hex.length / 2);
	for (let index = 0; index < bytes.length; index++) {
		bytes[index] = Number.parseInt(hex.slice(index * 2, index * 2 + 2), 16);
	}
	return bytes;
}

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
	const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
		'deriveBits'
	]);
	const bits = await crypto.subtle.deriveBits(
		{ name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
		key,
		256
	);
	return new Uint8Array(bits);
}

/** Hashes a PIN with a fresh random salt. */
export async function hashPin(pin: string, iterations = pinIterations): Promise<PinHash> {
	const salt = crypto.getRandomValues(new Uint8Array(16));
	return { salt: toHex(salt), hash: toHex(await derive(pin, salt, iterations)), iterations };
}

/** Whether the PIN matches the stored hash; compares every byte, so timing tells nothing. */
export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
	// The schema loads only when a PIN is checked: the start page needs none of it.
	const { readPinHash } = await import('./pin-schema');
	const checked = readPinHash(stored);
	if (!checked) return false;
	const actual = await derive(pin, fromHex(checked.salt), checked.iterations);
	const expected = fromHex(checked.hash);
	let difference = actual.length ^ expected.length;
	for (let index = 0; index < expected.length; index++) {
		difference |= (actual[index] ?? 0) ^ (expected[index] ?? 0);
	}
	return difference === 0;
}

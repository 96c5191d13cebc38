import * as v from 'valibot';

/** How a PIN is kept: never the PIN itself, only a salted PBKDF2 (SHA-256) hash of it. */
export const PinHashSchema = v.object({
	salt: v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/)),
	hash: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
	iterations: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000_000))
});

export type PinHash = v.InferOutput<typeof PinHashSchema>;

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
	const parsed = v.safeParse(PinHashSchema, stored);
	if (!parsed.success) return false;
	const actual = await derive(pin, fromHex(parsed.output.salt), parsed.output.iterations);
	const expected = fromHex(parsed.output.hash);
	let difference = actual.length ^ expected.length;
	for (let index = 0; index < expected.length; index++) {
		difference |= (actual[index] ?? 0) ^ (expected[index] ?? 0);
	}
	return difference === 0;
}

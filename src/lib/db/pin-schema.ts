import * as v from 'valibot';

/** How a PIN is kept: never the PIN itself, only a salted PBKDF2 (SHA-256) hash of it. */
export const PinHashSchema = v.object({
	salt: v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/)),
	hash: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
	iterations: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000_000))
});

export type PinHash = v.InferOutput<typeof PinHashSchema>;

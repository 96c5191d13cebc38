import * as v from 'valibot';
import { PinHashSchema, type PinHash } from '$lib/db/pin-schema';

// The app lock stores its PIN hash in the settings record, so the schema is defined in lib/db.
export { PinHashSchema, type PinHash } from '$lib/db/pin-schema';

/** The stored hash when it has the right shape, otherwise null. */
export function readPinHash(value: unknown): PinHash | null {
	const parsed = v.safeParse(PinHashSchema, value);
	return parsed.success ? parsed.output : null;
}

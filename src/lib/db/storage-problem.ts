/** What kind of storage trouble happened, in the terms a person is told about. */
export type StorageProblemKind =
	'quota' | 'unavailable' | 'blocked' | 'outdated' | 'upgrade' | 'invalid' | 'unknown';

interface NamedError {
	name?: unknown;
	inner?: unknown;
	cause?: unknown;
}

function namesOf(error: unknown, depth = 0): string[] {
	if (!error || typeof error !== 'object' || depth > 5) return [];
	const { name, inner, cause } = error as NamedError;
	return [
		...(typeof name === 'string' ? [name] : []),
		...namesOf(inner, depth + 1),
		...namesOf(cause, depth + 1)
	];
}

/** Sorts any error thrown by IndexedDB or Dexie into one of the kinds we can explain. */
export function classifyStorageError(error: unknown): StorageProblemKind {
	if (error instanceof StorageProblem) return error.kind;
	const names = namesOf(error);
	// valibot's ValiError, found by name: the start page does not load valibot for this check.
	if (names[0] === 'ValiError') return 'invalid';
	// A full disk may arrive wrapped: Dexie reports an AbortError whose inner error is the quota.
	if (names.includes('QuotaExceededError')) return 'quota';
	if (names.includes('MissingAPIError')) return 'unavailable';
	// Firefox private windows refuse IndexedDB with InvalidStateError on open.
	if (names.includes('InvalidStateError') && names.includes('OpenFailedError'))
		return 'unavailable';
	if (names.includes('VersionError') || names.includes('DatabaseClosedError')) return 'outdated';
	return 'unknown';
}

/** A storage failure that the app can explain in easy words. */
export class StorageProblem extends Error {
	readonly kind: StorageProblemKind;

	constructor(kind: StorageProblemKind, cause?: unknown) {
		super(`storage problem: ${kind}`, { cause });
		this.name = 'StorageProblem';
		this.kind = kind;
	}

	/** Wraps any error as a StorageProblem, keeping the original as its cause. */
	static from(error: unknown): StorageProblem {
		if (error instanceof StorageProblem) return error;
		return new StorageProblem(classifyStorageError(error), error);
	}
}

/**
 * Whether the browser dropped the connection under us: iOS closes IndexedDB of an app that was
 * in the background, and the next transaction fails with one of these.
 */
export function isLostConnection(error: unknown): boolean {
	if (error instanceof StorageProblem) return false;
	const names = namesOf(error);
	return names.includes('DatabaseClosedError') || names.includes('InvalidStateError');
}

let reconnect: (() => Promise<boolean>) | null = null;

/**
 * Sets how a lost connection is opened again; it answers false when it should not be (e.g. a
 * newer version in another tab took over). The app's connection sets it; tests may too.
 */
export function setReconnect(open: (() => Promise<boolean>) | null): void {
	reconnect = open;
}

/**
 * Runs storage work and turns any failure into a StorageProblem the app can explain. When the
 * connection was lost, it opens it again once and runs the work once more.
 */
export async function guardStorage<T>(work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (error) {
		if (!reconnect || !isLostConnection(error)) throw StorageProblem.from(error);
		let reopened = false;
		try {
			reopened = await reconnect();
		} catch {
			// Could not open again: the person hears about the first error.
		}
		if (!reopened) throw StorageProblem.from(error);
		try {
			return await work();
		} catch (second) {
			throw StorageProblem.from(second);
		}
	}
}

/** Why a file could not be read; the UI turns each code into one sentence in easy words. */
export type ImportErrorCode = 'not-json' | 'wrong-shape' | 'too-large' | 'empty' | 'newer-version';

export type ReadResult<T> = { ok: true; value: T } | { ok: false; error: ImportErrorCode };

/** About 5 MB of text: far more than any real network map, small enough for an old phone. */
export const maxImportCharacters = 5 * 1024 * 1024;

// Keys that could reach an object's prototype if the parsed data were ever merged into another
// object; no file of ours or easyNWK's uses them, so they are dropped while parsing.
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

/** Removes a leading UTF-8 byte-order mark, which Windows editors and Excel like to add. */
export function stripBom(text: string): string {
	return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Parses JSON text from outside the app: refuses very large text, allows a byte-order mark, and
 * drops keys that could pollute prototypes.
 */
export function readJson(text: string): ReadResult<unknown> {
	if (text.length > maxImportCharacters) return { ok: false, error: 'too-large' };
	const body = stripBom(text);
	if (body.trim() === '') return { ok: false, error: 'empty' };
	try {
		const value: unknown = JSON.parse(body, (key, item: unknown) =>
			forbiddenKeys.has(key) ? undefined : item
		);
		return { ok: true, value };
	} catch (error) {
		// A syntax error means the text is not JSON; anything else (such as nesting so deep the
		// parser runs out of stack) means JSON in a shape we never write.
		return { ok: false, error: error instanceof SyntaxError ? 'not-json' : 'wrong-shape' };
	}
}

/** Whether a value is a plain JSON object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

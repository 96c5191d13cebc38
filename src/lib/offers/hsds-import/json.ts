/**
 * JSON for the HSDS import's read stage: parsed once, then walked once without recursion to check
 * its size, depth and keys, so a hostile file is refused before anything else reads it.
 */
import { FORBIDDEN_KEYS } from '../hsds';
import {
	forbiddenKey,
	isPlainObject,
	MAX_DEPTH,
	MAX_INPUT_BYTES,
	MESSAGES,
	Refusal
} from './check';

/** The length of a text in UTF-8 bytes, counted only where it could matter. */
export function utf8Length(text: string): number {
	// Each UTF-16 unit becomes at most 3 bytes, so short texts need no counting.
	if (text.length * 3 <= MAX_INPUT_BYTES) return text.length;
	if (text.length > MAX_INPUT_BYTES) return text.length;
	return new TextEncoder().encode(text).length;
}

// Walks parsed JSON once, without recursion, so hostile nesting cannot overflow the stack.
function inspect(root: unknown): void {
	const stack: [unknown, number][] = [[root, 0]];
	let characters = 0;
	let nodes = 0;
	while (stack.length > 0) {
		const [value, depth] = stack.pop()!;
		if (++nodes > MAX_INPUT_BYTES) throw new Refusal('too-large', MESSAGES.tooLarge);
		if (depth > MAX_DEPTH) throw new Refusal('too-deep', MESSAGES.tooDeep);
		if (typeof value === 'string') {
			characters += value.length;
			if (characters > MAX_INPUT_BYTES) throw new Refusal('too-large', MESSAGES.tooLarge);
		} else if (Array.isArray(value)) {
			for (const item of value) stack.push([item, depth + 1]);
		} else if (typeof value === 'object' && value !== null) {
			if (!isPlainObject(value)) throw new Refusal('wrong-shape', MESSAGES.wrongShape);
			for (const key of Object.keys(value)) {
				if (FORBIDDEN_KEYS.has(key)) throw forbiddenKey(key);
				characters += key.length;
				stack.push([value[key], depth + 1]);
			}
		} else if (
			typeof value === 'function' ||
			typeof value === 'symbol' ||
			typeof value === 'bigint'
		) {
			throw new Refusal('wrong-shape', MESSAGES.wrongShape);
		}
	}
}

/**
 * Parses JSON text (parsed JSON is taken as it is) and checks its size, depth and keys; a
 * `fileName` names the file of a data package in the message.
 */
export function parseJson(input: unknown, fileName?: string): unknown {
	let value = input;
	if (typeof input === 'string') {
		if (utf8Length(input) > MAX_INPUT_BYTES) throw new Refusal('too-large', MESSAGES.tooLarge);
		try {
			value = JSON.parse(input);
		} catch (error) {
			if (error instanceof RangeError) throw error;
			const message = fileName
				? `Die Datei „${fileName}“ ist kein gültiges JSON. Es wurde nichts übernommen.`
				: MESSAGES.notJson;
			throw new Refusal('not-json', message);
		}
	}
	inspect(value);
	return value;
}

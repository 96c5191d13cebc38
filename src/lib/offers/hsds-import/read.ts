/**
 * The read stage of the HSDS import: takes what the team gave (JSON text, parsed JSON, or the
 * files of a tabular data package) and gives the service records in it, each still unchecked.
 * Input that is broken or hostile as a whole (not JSON, over 10 MB, over 20,000 services, nested
 * deeper than 64 levels, a `__proto__`, `constructor` or `prototype` key anywhere, a shape that is
 * no HSDS form) is refused here with a `Refusal`, before any service is looked at.
 */
import { FORBIDDEN_KEYS } from '../hsds';
import {
	forbiddenKey,
	isPlainObject,
	MAX_INPUT_BYTES,
	MAX_RECORDS,
	MESSAGES,
	Refusal
} from './check';
import { assembleDataPackage } from './data-package';
import { parseJson, utf8Length } from './json';
import type { ImportRejection } from './plan';

/** The services of an input, and the rows of a data package that belong to no service. */
export interface ReadRecords {
	services: unknown[];
	orphans: ImportRejection[];
}

/** Reads any HSDS form into its service records; throws a `Refusal` for a refused input. */
export function readInput(input: unknown): ReadRecords {
	const tables = asFileMap(input);
	return tables
		? assembleDataPackage(tables)
		: { services: servicesOf(parseJson(input)), orphans: [] };
}

function looksLikeService(value: Record<string, unknown>): boolean {
	return 'id' in value || 'name' in value;
}

/** The services of parsed JSON: one service, a list page or a plain array. */
export function servicesOf(value: unknown): unknown[] {
	let services: unknown[];
	if (Array.isArray(value)) services = value;
	else if (isPlainObject(value) && 'contents' in value) {
		if (!Array.isArray(value.contents)) throw new Refusal('wrong-shape', MESSAGES.wrongShape);
		services = value.contents;
	} else if (isPlainObject(value) && looksLikeService(value)) services = [value];
	else throw new Refusal('wrong-shape', MESSAGES.wrongShape);
	if (services.length > MAX_RECORDS) throw new Refusal('too-many-records', MESSAGES.tooMany);
	return services;
}

/** The files of a data package (file name to content), or null when the input is none. */
export function asFileMap(input: unknown): Map<string, unknown> | null {
	let entries: [string, unknown][];
	if (input instanceof Map)
		entries = [...input.entries()].map(([key, value]) => [String(key), value]);
	else if (isPlainObject(input)) entries = Object.entries(input);
	else return null;
	const isPackage = entries.some(([name]) => name === 'datapackage.json' || name.endsWith('.csv'));
	if (!isPackage) return null;
	for (const [name] of entries) if (FORBIDDEN_KEYS.has(name)) throw forbiddenKey(name);
	let total = 0;
	for (const [, value] of entries) {
		if (typeof value === 'string') total += utf8Length(value);
		if (total > MAX_INPUT_BYTES) throw new Refusal('too-large', MESSAGES.tooLarge);
	}
	return new Map(entries);
}

import Dexie from 'dexie';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { classifyStorageError, StorageProblem } from './storage-problem';

describe('classifyStorageError', () => {
	it('knows a plain QuotaExceededError', () => {
		expect(classifyStorageError(new DOMException('full', 'QuotaExceededError'))).toBe('quota');
	});

	it('finds the quota error inside a Dexie AbortError', () => {
		const inner = new DOMException('full', 'QuotaExceededError');
		expect(classifyStorageError(new Dexie.AbortError('aborted', inner))).toBe('quota');
	});

	it('finds the quota error as the cause of another error', () => {
		const error = new Error('write failed', {
			cause: new DOMException('full', 'QuotaExceededError')
		});
		expect(classifyStorageError(error)).toBe('quota');
	});

	it('treats a missing IndexedDB (private mode) as unavailable', () => {
		expect(classifyStorageError(new Dexie.MissingAPIError('no indexedDB'))).toBe('unavailable');
	});

	it('treats Firefox private windows refusing to open as unavailable', () => {
		const inner = new DOMException('private', 'InvalidStateError');
		expect(classifyStorageError(new Dexie.OpenFailedError(inner))).toBe('unavailable');
	});

	it('treats a version conflict as outdated', () => {
		expect(classifyStorageError(new Dexie.VersionError('newer'))).toBe('outdated');
	});

	it('treats a validation failure as invalid', () => {
		const failure = v.safeParse(v.string(), 3);
		expect(failure.success).toBe(false);
		expect(classifyStorageError(new v.ValiError(failure.issues!))).toBe('invalid');
	});

	it('calls anything else unknown, and keeps the original as the cause', () => {
		const original = new Error('strange');
		const problem = StorageProblem.from(original);
		expect(problem.kind).toBe('unknown');
		expect(problem.cause).toBe(original);
	});
});

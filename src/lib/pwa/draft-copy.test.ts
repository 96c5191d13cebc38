import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from '../../../tests/fixtures/memory-storage';
import { wipeVisit } from '$lib/kiosk/wipe';
import { copyPrefix, draftsWithCopies, dropCopy, keepCopy, copiesOf, pageId } from './draft-copy';
import { keptInput, unsavedWork } from './unsaved.svelte';

const local = new MemoryStorage();

beforeEach(() => vi.stubGlobal('localStorage', local));
afterEach(() => {
	local.clear();
	vi.unstubAllGlobals();
});

describe('the copy of a draft', () => {
	it('is kept per page, and a later page finds what an earlier one left', () => {
		local.setItem(`${copyPrefix}wish.1.oldpage`, JSON.stringify({ value: 'Mal', at: 1 }));
		local.setItem(`${copyPrefix}wish.1.older`, JSON.stringify({ value: 'Ma', at: 0 }));
		expect(copiesOf('wish.1')).toEqual([
			{ page: 'older', value: 'Ma' },
			{ page: 'oldpage', value: 'Mal' }
		]);
		keepCopy('wish.1', 'Malen');
		expect(copiesOf('wish.1').at(-1)).toEqual({ page: pageId, value: 'Malen' });
		expect(draftsWithCopies('wish.')).toEqual(['wish.1']);
		dropCopy('wish.1');
		expect(local.getItem(`${copyPrefix}wish.1.${pageId}`)).toBeNull();
	});

	it('skips a broken copy', () => {
		local.setItem(`${copyPrefix}wish.2.oldpage`, '{broken');
		expect(copiesOf('wish.2')).toEqual([]);
	});

	it('ends with a kiosk visit', async () => {
		keepCopy('wish.3', 'Malen');
		await wipeVisit({ deleteDatabase: async () => undefined, local, releaseMedia: () => {} });
		expect(local.length).toBe(0);
	});
});

describe('the input of a form with its own save button', () => {
	it('comes back after a reload, and is gone once saved', () => {
		local.setItem(
			`${copyPrefix}lotse-form.oldpage`,
			JSON.stringify({ value: { name: 'Frau Lotsin' }, at: 1 })
		);
		const kept = keptInput<{ name: string }>('lotse-form');
		expect(kept.restore()).toEqual({ name: 'Frau Lotsin' });
		expect(unsavedWork.any).toBe(true);
		// The update banner may reload: the input is kept, nothing waits for the person.
		expect(unsavedWork.needsThePerson).toBe(false);
		kept.keep({ name: 'Frau Lotsin Meier' });
		kept.forget();
		expect(unsavedWork.any).toBe(false);
		expect(local.length).toBe(0);
	});
});

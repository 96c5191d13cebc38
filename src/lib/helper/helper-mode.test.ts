import { afterEach, describe, expect, it } from 'vitest';
import { helperMode } from './helper-mode.svelte';

afterEach(() => helperMode.stop());

describe('helper mode', () => {
	it('is off at first: I write myself', () => {
		expect(helperMode.active).toBe(false);
		expect(helperMode.author).toEqual({ kind: 'me' });
	});

	it('starts with the helper’s name and marks what is written as written with help', () => {
		expect(helperMode.start('  Mama ')).toBe(true);
		expect(helperMode.name).toBe('Mama');
		expect(helperMode.author).toEqual({ kind: 'helper', name: 'Mama' });
	});

	it('does not start without a name', () => {
		expect(helperMode.start('   ')).toBe(false);
		expect(helperMode.active).toBe(false);
	});

	it('ends when asked', () => {
		helperMode.start('Ben');
		helperMode.stop();
		expect(helperMode.name).toBeNull();
	});
});

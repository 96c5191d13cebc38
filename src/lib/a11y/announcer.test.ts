import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { announcer } from './announcer.svelte';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the announcer', () => {
	it('says a message after clearing the region, so repeats are heard', () => {
		announcer.say('Gespeichert.');
		expect(announcer.message).toBe('');
		vi.advanceTimersByTime(60);
		expect(announcer.message).toBe('Gespeichert.');
	});

	it('lets background news wait until the answer to the person has had its time', () => {
		announcer.say('Gespeichert.');
		vi.advanceTimersByTime(60);
		announcer.say('nahbei geht jetzt auch ohne Internet.', { background: true });
		vi.advanceTimersByTime(1000);
		expect(announcer.message).toBe('Gespeichert.');
		vi.advanceTimersByTime(3000);
		expect(announcer.message).toBe('nahbei geht jetzt auch ohne Internet.');
	});

	it('lets an answer to the person replace background news at once', () => {
		vi.advanceTimersByTime(10_000);
		announcer.say('nahbei geht jetzt auch ohne Internet.', { background: true });
		vi.advanceTimersByTime(60);
		announcer.say('Gespeichert.');
		vi.advanceTimersByTime(60);
		expect(announcer.message).toBe('Gespeichert.');
	});
});

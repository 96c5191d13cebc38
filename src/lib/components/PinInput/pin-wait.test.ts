import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { i18n } from '$lib/i18n/i18n.svelte';
import { PinWaitClock } from './pin-wait.svelte';

// The texts checked here are not all on the start page.
beforeAll(() => i18n.loadAll());

afterEach(() => {
	vi.useRealTimers();
});

describe('PinWaitClock', () => {
	it('says the time left in easy words: minutes rounded up, then seconds', () => {
		vi.useFakeTimers({ now: 0 });
		const wait = new PinWaitClock(() => 960_000);
		expect(wait.secondsLeft).toBe(960);
		expect(wait.text).toBe(
			'Die PIN war zu oft falsch. Bitte warten Sie noch 16 Minuten. Dann können Sie es wieder versuchen.'
		);
		vi.setSystemTime(960_000 - 61_000);
		expect(wait.text).toContain('noch 2 Minuten.');
		vi.setSystemTime(960_000 - 60_000);
		expect(wait.text).toContain('noch 1 Minute.');
		vi.setSystemTime(960_000 - 59_000);
		expect(wait.text).toContain('noch 59 Sekunden.');
		vi.setSystemTime(960_000 - 1_000);
		expect(wait.text).toContain('noch 1 Sekunde.');
	});

	it('says nothing when there is no wait or it is over', () => {
		vi.useFakeTimers({ now: 5_000 });
		expect(new PinWaitClock(() => 0).text).toBeNull();
		expect(new PinWaitClock(() => 5_000).secondsLeft).toBe(0);
	});
});

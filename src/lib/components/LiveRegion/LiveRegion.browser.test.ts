import { describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { announcer } from '$lib/a11y/announcer.svelte';
import { expectNoAxeViolations } from '../../../../tests/browser/axe';
import LiveRegion from './LiveRegion.svelte';

const offline = 'nahbei geht jetzt auch ohne Internet.';

describe('LiveRegion', () => {
	// The news comes before any answer here: news after a fresh answer waits 3 s.
	test('the same news twice is two entries in the log, so both are heard', async () => {
		await render(LiveRegion);
		announcer.say('Es gibt eine neue Version von nahbei.', { background: true });
		announcer.say('Es gibt eine neue Version von nahbei.', { background: true });
		await expect
			.element(page.getByRole('log').getByText('Es gibt eine neue Version von nahbei.').nth(1))
			.toBeInTheDocument();
	});

	test('the answer to the person is in the status region; the app’s news never replaces it', async () => {
		await render(LiveRegion);
		announcer.say(offline, { background: true });
		announcer.say('Gespeichert.');
		await expect.element(page.getByRole('status')).toHaveTextContent('Gespeichert.');
		const news = page.getByRole('log');
		await expect.element(news).toHaveAttribute('aria-live', 'polite');
		await expect.element(news).toHaveTextContent(offline);
		await expect.element(page.getByRole('status')).toHaveAttribute('aria-live', 'polite');
		await expect.element(page.getByRole('status')).toHaveAttribute('aria-atomic', 'true');
		await expectNoAxeViolations();
	});
});

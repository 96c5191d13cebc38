import { chromium } from '@playwright/test';
import { describe, expect, it } from 'vitest';
import {
	chromiumArgs,
	chromiumExecutable,
	disableFeatures,
	featuresOff
} from '../../scripts/chromium.js';

const listed = (flag: string) => flag.slice('--disable-features='.length).split(',');

describe('the Chromium features turned off', () => {
	it('adds ours to the launcher’s list in one switch, each name once', () => {
		expect(disableFeatures(['MediaRouter', 'WebUIOmniboxPopup'])).toBe(
			'--disable-features=MediaRouter,WebUIOmniboxPopup,WebUIOmniboxAimPopup'
		);
		expect(disableFeatures([])).toBe(`--disable-features=${featuresOff.join(',')}`);
	});

	it('keeps every feature Playwright turns off: Chromium obeys only the last switch', async () => {
		const server = await chromium.launchServer({
			executablePath: chromiumExecutable(),
			args: chromiumArgs
		});
		try {
			const switches = server
				.process()
				.spawnargs.filter((flag) => flag.startsWith('--disable-features='));
			expect(switches.length).toBeGreaterThan(0);
			const last = listed(switches.at(-1) ?? '');
			// Playwright's own switch comes first; the one in chromiumArgs must repeat all of it.
			for (const flag of switches) expect(last).toEqual(expect.arrayContaining(listed(flag)));
			expect(last).toEqual(expect.arrayContaining(featuresOff));
		} finally {
			await server.close();
		}
	});
});

// Vitest would otherwise let Playwright look for a browser of its own and advise downloading one,
// which cannot work on a machine that reaches only the npm registry and Debian's packages.
import { chromiumExecutable } from '../../scripts/chromium.js';

/** Stops the browser tests before they start when no system Chromium is found. */
export default function requireChromium(): void {
	if (!chromiumExecutable()) {
		throw new Error(
			'The component tests need Chromium: install Debian\'s "chromium" package (apt-get install chromium) or set CHROME_PATH to a Chromium or Chrome program.'
		);
	}
}

import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumExecutable, missingChromium } from './scripts/chromium.js';

const port = Number(process.env.PORT ?? 4173);

// Playwright never fetches a browser of its own: the machine reaches only npm and Debian.
process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD ??= '1';
const executablePath = chromiumExecutable();
// Without a system Chromium, say what to install instead of advising `npx playwright install`.
if (!executablePath) throw new Error(missingChromium);

// End-to-end tests run against the production build with its service worker, in the system
// Chromium (Debian's package, or CHROME_PATH), so offline and IndexedDB are real.
export default defineConfig({
	testDir: 'tests',
	projects: [
		// Journeys as a person makes them: the production build with its service worker.
		{ name: 'e2e', testMatch: 'e2e/**/*.spec.ts', use: { serviceWorkers: 'allow' } },
		// Axe on every page and state. A state's markup does not depend on the service worker,
		// which would only fill its cache again in every test; a test about offline use turns it on.
		{ name: 'a11y', testMatch: 'a11y/**/*.spec.ts', use: { serviceWorkers: 'block' } }
	],
	fullyParallel: true,
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	forbidOnly: !!process.env.CI,
	reporter: [['list']],
	timeout: 60_000,
	use: {
		baseURL: `http://localhost:${port}`,
		locale: 'de-DE',
		launchOptions: { executablePath, args: chromiumArgs }
	},
	webServer: {
		command: 'node scripts/start.js',
		url: `http://localhost:${port}`,
		reuseExistingServer: !process.env.CI,
		timeout: 180_000
	}
});

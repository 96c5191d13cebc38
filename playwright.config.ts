import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './scripts/chromium.js';

const port = Number(process.env.PORT ?? 4173);

// End-to-end tests run against the production build with its service worker, in the system
// Chromium (Debian's package, or CHROME_PATH), so offline and IndexedDB are real.
export default defineConfig({
	testDir: 'tests',
	testMatch: ['e2e/**/*.spec.ts', 'a11y/**/*.spec.ts'],
	fullyParallel: true,
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	forbidOnly: !!process.env.CI,
	reporter: [['list']],
	timeout: 60_000,
	use: {
		baseURL: `http://localhost:${port}`,
		locale: 'de-DE',
		serviceWorkers: 'allow',
		launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs }
	},
	webServer: {
		command: 'node scripts/start.js',
		url: `http://localhost:${port}`,
		reuseExistingServer: !process.env.CI,
		timeout: 180_000
	}
});

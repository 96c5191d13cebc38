// When a page works on a cheap phone with a slow line: Chromium's own network and CPU
// throttling (slow 4G: 150 ms round trip, 1.6 Mbit/s down; CPU 4 times slower), a cold load
// without the service worker. "Works" is the moment the app has started (`<html data-started>`):
// from then on every button answers. "Quiet" is the moment no request has been open for 0.5 s,
// so the page's data and pictures are there. The network's delays are simulated by the browser,
// so these figures move little when the machine is busy. Median of 5 loads, each in a fresh
// browser context.
import { inBrowser, median } from './browser.js';

export const title =
	'Slow 4G and 4x CPU: time until the app works and until the network is quiet (median of 5)';

const routes = ['/', '/wuensche', '/menschen', '/angebote', '/teilen'];
const runs = 5;
const slowLine = {
	offline: false,
	latency: 150,
	downloadThroughput: (1.6 * 1024 * 1024) / 8,
	uploadThroughput: (750 * 1024) / 8
};

/** Milliseconds from the start of one cold load to the app's start and to network quiet. */
async function measure(browser, url) {
	const context = await browser.newContext({
		viewport: { width: 412, height: 823 },
		serviceWorkers: 'block'
	});
	try {
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.emulateNetworkConditions', slowLine);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		await page.goto(url, { waitUntil: 'commit' });
		await page.waitForFunction(() => 'started' in document.documentElement.dataset, null, {
			timeout: 60_000,
			polling: 20
		});
		const works = await page.evaluate(() => performance.now());
		await page.waitForLoadState('networkidle');
		const quiet = await page.evaluate(() => performance.now());
		return { works, quiet };
	} finally {
		await context.close();
	}
}

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

export async function run() {
	await inBrowser(async (browser, origin) => {
		console.log('  route        works     network quiet');
		for (const route of routes) {
			const results = [];
			for (let i = 0; i < runs; i++) results.push(await measure(browser, origin + route));
			const row = [
				route.padEnd(12),
				seconds(median(results.map((result) => result.works))).padStart(7),
				seconds(median(results.map((result) => result.quiet))).padStart(10)
			];
			console.log(`  ${row.join('   ')}`);
		}
	});
}

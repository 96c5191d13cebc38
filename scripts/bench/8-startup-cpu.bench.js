// The start-up tasks of each main route, measured in CPU time: what the page's own thread did
// in each task after the first paint, from Chromium's trace (a task's thread time, `tdur`),
// times 4 as Lighthouse's simulated phone counts it. Thread time does not grow when other
// programs keep the machine busy, so these figures can be compared across runs where
// Lighthouse's wall-clock TBT moves by ±100 ms. "Blocking" sums what each task takes beyond
// 50 ms, as TBT does; "long tasks" lists those tasks. Median of 5 cold loads, each in a fresh
// browser context.
import { inBrowser, median } from './browser.js';

export const title =
	'Start-up tasks in CPU time (x4, as Lighthouse counts a phone): blocking time after the first paint (median of 5)';

const routes = ['/', '/wuensche', '/menschen', '/angebote', '/teilen'];
const runs = 5;
const slowdown = 4;
const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'loading'];

/** Blocking time and long tasks of one cold load, in phone milliseconds. */
async function measure(browser, url) {
	const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
	try {
		const page = await context.newPage();
		await browser.startTracing(page, { categories });
		await page.goto(url);
		// Long enough for the data from IndexedDB and the first cards of a list.
		await page.waitForTimeout(4000);
		const { traceEvents: events } = JSON.parse((await browser.stopTracing()).toString());
		const paint = events.find((event) => event.name === 'firstContentfulPaint');
		if (!paint) throw new Error(`no first paint on ${url}`);
		const main = events.find(
			(event) =>
				event.name === 'thread_name' &&
				event.pid === paint.pid &&
				event.args?.name === 'CrRendererMain'
		);
		const tasks = events
			.filter(
				(event) =>
					event.name === 'RunTask' &&
					event.ph === 'X' &&
					event.pid === paint.pid &&
					event.tid === main?.tid &&
					event.ts >= paint.ts &&
					typeof event.tdur === 'number'
			)
			.map((event) => (event.tdur / 1000) * slowdown);
		const long = tasks.filter((ms) => ms > 50);
		return {
			blocking: long.reduce((sum, ms) => sum + ms - 50, 0),
			busy: tasks.reduce((sum, ms) => sum + ms, 0),
			long
		};
	} finally {
		await context.close();
	}
}

export async function run() {
	await inBrowser(async (browser, origin) => {
		console.log('  route        blocking   busy      long tasks of the median run (ms)');
		for (const route of routes) {
			const results = [];
			for (let i = 0; i < runs; i++) results.push(await measure(browser, origin + route));
			const middle = median(results.map((result) => result.blocking));
			const typical = results.find((result) => result.blocking === middle) ?? results[0];
			const row = [
				route.padEnd(12),
				`${middle.toFixed(0)} ms`.padStart(8),
				`${median(results.map((result) => result.busy)).toFixed(0)} ms`.padStart(9),
				'  ' + (typical?.long.map((ms) => ms.toFixed(0)).join(', ') || 'none')
			];
			console.log(`  ${row.join(' ')}`);
		}
	});
}

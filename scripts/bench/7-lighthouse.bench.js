// What a cheap phone feels: Lighthouse 12 in mobile mode (a mid-range phone on a slow 4G line,
// simulated) on the main routes of the production build, served compressed as a real host does.
// Each route is measured 3 times, each in a fresh browser; every figure is the median of the 3.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { loadavg } from 'node:os';
import { chromiumArgs, chromiumExecutable, disableFeatures } from '../chromium.js';
import { median } from './browser.js';
import { serveBuild } from './server.js';

export const title = 'Lighthouse 12, mobile: the first screen of each main route (median of 3)';

const routes = ['/', '/wuensche', '/menschen', '/angebote', '/teilen'];
const runs = 3;

/** The figures of one Lighthouse run that we print. */
function figures(result) {
	const audits = result.audits;
	// Scripts the page itself loads; the service worker's own precache downloads do not count.
	const requests = audits['network-requests']?.details?.items ?? [];
	const jsBytes = requests
		.filter((item) => item.resourceType === 'Script' && item.sessionTargetType !== 'worker')
		.reduce((sum, item) => sum + (item.transferSize ?? 0), 0);
	return {
		score: result.categories.performance.score ?? 0,
		fcp: audits['first-contentful-paint'].numericValue,
		lcp: audits['largest-contentful-paint'].numericValue,
		tbt: audits['total-blocking-time'].numericValue,
		cls: audits['cumulative-layout-shift'].numericValue,
		jsBytes
	};
}

/**
 * The browser tests' switches, with chrome-launcher's own features turned off as well as ours:
 * Chromium keeps only the last `--disable-features` it is given.
 */
const launcherFeatures = chromeLauncher.Launcher.defaultFlags()
	.filter((flag) => flag.startsWith('--disable-features='))
	.flatMap((flag) => flag.slice('--disable-features='.length).split(','));
const launcherArgs = [
	...chromiumArgs.filter((flag) => !flag.startsWith('--disable-features=')),
	disableFeatures(launcherFeatures)
];

async function measure(url) {
	const chrome = await chromeLauncher.launch({
		chromePath: chromiumExecutable(),
		chromeFlags: ['--headless=new', ...launcherArgs]
	});
	try {
		const answer = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance']
		});
		if (!answer) throw new Error(`Lighthouse gave no result for ${url}`);
		if (answer.lhr.runtimeError) throw new Error(answer.lhr.runtimeError.message);
		return figures(answer.lhr);
	} finally {
		chrome.kill();
	}
}

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

export async function run() {
	if (!chromiumExecutable()) throw new Error('no Chromium found (set CHROME_PATH)');
	const server = await serveBuild();
	try {
		console.log('  route        score   FCP      LCP      TBT       CLS     JS (transferred)');
		for (const route of routes) {
			const results = [];
			for (let i = 0; i < runs; i++) results.push(await measure(server.origin + route));
			const middle = (name) => median(results.map((result) => result[name]));
			const row = [
				route.padEnd(12),
				middle('score').toFixed(2).padStart(5),
				seconds(middle('fcp')).padStart(8),
				seconds(middle('lcp')).padStart(8),
				`${middle('tbt').toFixed(0)} ms`.padStart(8),
				middle('cls').toFixed(3).padStart(8),
				`${(middle('jsBytes') / 1024).toFixed(1)} kB`.padStart(10)
			];
			console.log(`  ${row.join(' ')}`);
		}
	} finally {
		await server.stop();
	}
	// Lighthouse's simulated phone scales what this machine measured: a busy machine makes
	// every page look slower (TBT above all). Compare figures taken at a similar load.
	console.log(`  machine load while measuring: ${loadavg()[0].toFixed(1)} (1 minute average)`);
}

// Angebote with a whole city's catalogue: for 5,000 and 20,000 made-up offers, how long the
// search index takes to build, how soon /angebote shows its first results, how long a keystroke
// takes until the answer is painted (typing queries letter by letter), and the page's heap.
import { performance } from 'node:perf_hooks';
import { runnerImport } from 'vite';
import { cityOffers } from '../../tests/fixtures/city.js';
import { median, openApp } from './browser.js';

export const title = 'Angebote: a whole city (search index, first results, keystrokes, heap)';

const SIZES = [5000, 20000];
const QUERIES = ['Mitagstisch', 'Schwimmbad', 'Beratungsstelle', 'Kleiderkammer'];

function percentile(values, p) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function documents(offers) {
	return offers.map(({ id, name, description, category, keywords }) => ({
		id,
		name,
		description,
		category,
		keywords
	}));
}

async function measureIndex(module, offers) {
	const start = performance.now();
	const index = module.createOfferIndex(documents(offers));
	return { index, buildMs: performance.now() - start };
}

// Replaces the stored offers with the city's, past the app, in one transaction.
async function storeOffers(page, offers) {
	await page.evaluate(async (offers) => {
		const db = await new Promise((resolve, reject) => {
			const request = indexedDB.open('nahbei');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const tx = db.transaction('offers', 'readwrite');
		const store = tx.objectStore('offers');
		store.clear();
		for (const offer of offers) store.put(offer);
		await new Promise((resolve, reject) => {
			tx.oncomplete = resolve;
			tx.onerror = () => reject(tx.error);
		});
		db.close();
	}, offers);
}

// Types each query letter by letter; for each keystroke, the time from the input event to the
// next painted frame (the letter shows), and to the frame after the results changed (the answer
// from the search worker shows; when it stays the same, after 1 s).
async function typeAndTime(page, queries) {
	return page.evaluate(async (queries) => {
		const input = document.querySelector('#offer-search');
		const region = document.querySelector('#results');
		const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
		const changed = () =>
			new Promise((resolve) => {
				const observer = new MutationObserver(() => {
					observer.disconnect();
					resolve(true);
				});
				observer.observe(region, { childList: true, subtree: true, characterData: true });
				setTimeout(() => {
					observer.disconnect();
					resolve(false);
				}, 1000);
			});
		const echo = [];
		const answer = [];
		for (const query of queries) {
			for (let length = 1; length <= query.length; length++) {
				const start = performance.now();
				const change = changed();
				input.value = query.slice(0, length);
				input.dispatchEvent(new Event('input', { bubbles: true }));
				await frame();
				echo.push(performance.now() - start);
				await change;
				await frame();
				answer.push(performance.now() - start);
			}
			input.value = '';
			input.dispatchEvent(new Event('input', { bubbles: true }));
			await new Promise((resolve) => setTimeout(resolve, 300));
		}
		return { echo, answer };
	}, queries);
}

async function measureBrowser(app, offers) {
	const { page, origin } = app;
	await storeOffers(page, offers);
	const firstResults = [];
	for (let run = 0; run < 3; run++) {
		await page.goto(`${origin}/angebote`);
		await page
			.getByRole('heading', { level: 2, name: `${offers.length} Angebote gefunden` })
			.waitFor({ timeout: 120_000 });
		firstResults.push(await page.evaluate(() => performance.now()));
	}
	// The first answer comes once the worker has built its index.
	const indexStart = Date.now();
	await page.getByRole('searchbox', { name: 'Angebot suchen' }).fill('Tafel');
	await page
		.getByRole('heading', { level: 2, name: /Angebote? gefunden/ })
		.filter({ hasNotText: `${offers.length} Angebote` })
		.waitFor({ timeout: 120_000 });
	const indexReadyMs = Date.now() - indexStart;
	await page.getByRole('searchbox', { name: 'Angebot suchen' }).fill('');
	const keystrokes = await typeAndTime(page, QUERIES);
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('HeapProfiler.collectGarbage');
	const { usedSize } = await cdp.send('Runtime.getHeapUsage');
	const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
	return { firstResults, indexReadyMs, keystrokes, heapMb: usedSize / 1024 / 1024, elements };
}

export async function run() {
	const { module } = await runnerImport('./src/lib/offers/offer-index.ts');
	const app = await openApp();
	try {
		await app.page.goto(`${app.origin}/angebote`);
		await app.page.getByRole('heading', { level: 2, name: /Angebote? gefunden/ }).waitFor({
			timeout: 120_000
		});
		for (const size of SIZES) {
			const offers = cityOffers(size);
			const { index, buildMs } = await measureIndex(module, offers);
			const nodeTimings = [];
			for (const query of QUERIES) {
				for (let length = 1; length <= query.length; length++) {
					const t0 = performance.now();
					module.searchOffers(index, query.slice(0, length));
					nodeTimings.push(performance.now() - t0);
				}
			}
			const browser = await measureBrowser(app, offers);
			console.log(`  ${size} offers:`);
			console.log(`    index build (Node): ${buildMs.toFixed(0)} ms`);
			console.log(
				`    search per keystroke (Node, in the worker's code): p50 ${percentile(nodeTimings, 50).toFixed(1)} ms, p95 ${percentile(nodeTimings, 95).toFixed(1)} ms`
			);
			console.log(
				`    first results in the browser: median ${median(browser.firstResults).toFixed(0)} ms after navigation (target < 1000 ms)`
			);
			console.log(
				`    first search answer after opening (worker builds its index): ${browser.indexReadyMs} ms`
			);
			const { echo, answer } = browser.keystrokes;
			console.log(
				`    keystroke to paint in the browser (${echo.length} keystrokes): median ${median(echo).toFixed(1)} ms, p95 ${percentile(echo, 95).toFixed(1)} ms (target < 16 ms)`
			);
			console.log(
				`    keystroke to results painted (answer from the worker): median ${median(answer).toFixed(1)} ms, p95 ${percentile(answer, 95).toFixed(1)} ms`
			);
			console.log(
				`    page heap after GC: ${browser.heapMb.toFixed(1)} MB (target < 15 MB), page elements: ${browser.elements}`
			);
		}
	} finally {
		await app.close();
	}
}

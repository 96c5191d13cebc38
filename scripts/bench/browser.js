import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../chromium.js';
import { serveBuild } from './server.js';

/** The system Chromium, launched as the browser tests launch it. */
const launchChromium = () =>
	chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });

/** Starts the built app and a fresh Chromium page on it; call `close` when done. */
export async function openApp() {
	const server = await serveBuild();
	const browser = await launchChromium();
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	await page.goto(`${server.origin}/`);
	await page.locator('main h1').waitFor();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Performance.enable');
	return {
		page,
		origin: server.origin,
		/** Seconds of script the page ran so far (Chromium's ScriptDuration). */
		async scriptSeconds() {
			const { metrics } = await cdp.send('Performance.getMetrics');
			return metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? 0;
		},
		async close() {
			await browser.close();
			await server.stop();
		}
	};
}

/** Whether the app's database exists with its tables (made by the app, not by this question). */
function hasTables(page) {
	return page.evaluate(async () => {
		if (!(await indexedDB.databases()).some((database) => database.name === 'nahbei')) {
			return false;
		}
		const db = await new Promise((resolve, reject) => {
			const request = indexedDB.open('nahbei');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const made = db.objectStoreNames.contains('wishes');
		db.close();
		return made;
	});
}

/**
 * Makes the app create its database, when it has not yet: the start page of a first visit reads
 * nothing, so it leaves IndexedDB alone. Meine Wünsche reads the wishes table, which opens it.
 */
async function ensureDatabase(page) {
	const exists = () =>
		page.evaluate(async () =>
			(await indexedDB.databases()).some((database) => database.name === 'nahbei')
		);
	if (await exists()) return;
	const here = page.url();
	await page.goto(new URL('/wuensche', here).href);
	await page.locator('main h1').waitFor();
	// The database shows in the list as soon as it is being made; its tables are there only once
	// the app's first opening has finished (a request to open it waits until then). Asked from
	// here in a loop: page.waitForFunction does not wait for an answer that comes later.
	for (let tries = 0; !(await hasTables(page)); tries++) {
		if (tries > 100) throw new Error('the app did not make its database');
		await page.waitForTimeout(100);
	}
	await page.goto(here);
	await page.locator('main h1').waitFor();
}

/**
 * Writes rows straight into the app's IndexedDB, past the app, to set up a measurement. The
 * database is the app's own (made by the app first), so every table is there.
 */
export async function seed(page, tables, blobBytes = 0) {
	await ensureDatabase(page);
	await page.evaluate(
		async ({ tables, blobBytes }) => {
			const db = await new Promise((resolve, reject) => {
				const request = indexedDB.open('nahbei');
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			const names = Object.keys(tables);
			const missing = names.filter((name) => !db.objectStoreNames.contains(name));
			if (missing.length > 0) {
				db.close();
				throw new Error(`the app's database has no table ${missing.join(', ')}`);
			}
			const tx = db.transaction(names, 'readwrite');
			for (const name of names) {
				for (const row of tables[name]) {
					if (row.blob === 'random' && blobBytes > 0) {
						const bytes = new Uint8Array(blobBytes);
						for (let i = 0; i < bytes.length; i += 65536) {
							crypto.getRandomValues(bytes.subarray(i, Math.min(i + 65536, bytes.length)));
						}
						row.blob = new Blob([bytes], { type: row.mimeType });
					}
					tx.objectStore(name).put(row);
				}
			}
			await new Promise((resolve, reject) => {
				tx.oncomplete = resolve;
				tx.onerror = () => reject(tx.error);
			});
			db.close();
		},
		{ tables, blobBytes }
	);
}

/**
 * Serves the build and starts Chromium, runs `work(browser, origin)`, then stops both, also when
 * the work fails. Returns what the work returns.
 */
export async function inBrowser(work) {
	if (!chromiumExecutable()) throw new Error('no Chromium found (set CHROME_PATH)');
	const server = await serveBuild();
	const browser = await launchChromium();
	try {
		return await work(browser, server.origin);
	} finally {
		await browser.close();
		await server.stop();
	}
}

/** Median of a list of numbers. */
export function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

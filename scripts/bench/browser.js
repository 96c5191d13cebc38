import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../chromium.js';
import { serveBuild } from './server.js';

/** Starts the built app and a fresh Chromium page on it; call `close` when done. */
export async function openApp() {
	const server = await serveBuild();
	const browser = await chromium.launch({
		executablePath: chromiumExecutable(),
		args: chromiumArgs
	});
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

/** Writes rows straight into the app's IndexedDB, past the app, to set up a measurement. */
export async function seed(page, tables, blobBytes = 0) {
	await page.evaluate(
		async ({ tables, blobBytes }) => {
			const db = await new Promise((resolve, reject) => {
				const request = indexedDB.open('nahbei');
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			const names = Object.keys(tables);
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

/** Median of a list of numbers. */
export function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

import { expect, type Page } from '@playwright/test';
import { open } from './app';

/** Rows for some tables of the app's database, by table name. */
export type Tables = Record<string, readonly object[]>;

/** Whether this browser holds the app's database (IndexedDB "nahbei"). */
export function hasDatabase(page: Page): Promise<boolean> {
	return page.evaluate(async () =>
		(await indexedDB.databases()).some((entry) => entry.name === 'nahbei')
	);
}

/**
 * Lets the app make its database, as it does when it first stores something: a first visit to
 * Angebote stores the Quartier's offers. (Meine Wünsche, Meine Menschen and Teilen make none
 * before the person writes.) The page then goes back to where it was.
 */
export async function ensureDatabase(page: Page): Promise<void> {
	if (await hasDatabase(page)) return;
	const back = new URL(page.url());
	await open(page, '/angebote');
	await expect(page.getByRole('heading', { level: 2, name: /gefunden/ })).toBeVisible({
		timeout: 30_000
	});
	expect(await hasDatabase(page)).toBe(true);
	if (back.protocol.startsWith('http')) await open(page, back.pathname + back.search);
}

/**
 * Writes rows straight into the app's database (IndexedDB "nahbei"), past the app, in one
 * transaction; the app makes its database first if it has none yet. The page does not see the
 * rows until it reads again (a reload or another page).
 */
export async function putRecords(page: Page, tables: Tables): Promise<void> {
	await ensureDatabase(page);
	await page.evaluate(async (tables) => {
		await new Promise<void>((resolve, reject) => {
			const request = indexedDB.open('nahbei');
			request.onerror = () => reject(request.error);
			request.onsuccess = () => {
				const tx = request.result.transaction(Object.keys(tables), 'readwrite');
				for (const [name, rows] of Object.entries(tables)) {
					for (const row of rows) tx.objectStore(name).put(row);
				}
				tx.oncomplete = () => {
					request.result.close();
					resolve();
				};
				tx.onerror = () => reject(tx.error);
			};
		});
	}, tables);
}

/** Reads one table of the app's database straight from IndexedDB, past the app. */
export function readTable<Row = Record<string, unknown>>(
	page: Page,
	table: string
): Promise<Row[]> {
	return page.evaluate(
		(name) =>
			new Promise<Row[]>((resolve, reject) => {
				const request = indexedDB.open('nahbei');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const db = request.result;
					const all = db.transaction(name).objectStore(name).getAll();
					all.onsuccess = () => {
						db.close();
						resolve(all.result);
					};
				};
			}),
		table
	);
}

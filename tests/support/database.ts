import type { Page } from '@playwright/test';

/** Rows for some tables of the app's database, by table name. */
export type Tables = Record<string, readonly object[]>;

/**
 * Writes rows straight into the app's database (IndexedDB "nahbei"), past the app, in one
 * transaction. The app must have opened the database once before.
 */
export async function putRecords(page: Page, tables: Tables): Promise<void> {
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

import type { Page } from '@playwright/test';

/** Puts people into Meine Menschen, straight into the database, before the app reads them. */
export async function seedPeople(page: Page) {
	await page.evaluate(async () => {
		const now = new Date().toISOString();
		const person = (id: string, name: string, area: string) => ({
			id,
			name,
			kind: 'person',
			area,
			closeness: 1,
			helpsWith: [],
			helpsWithOther: '',
			iDoForThem: '',
			phone: '',
			note: '',
			deceased: false,
			notHuman: false,
			createdAt: now,
			updatedAt: now
		});
		await new Promise<void>((resolve, reject) => {
			const request = indexedDB.open('nahbei');
			request.onerror = () => reject(request.error);
			request.onsuccess = () => {
				const tx = request.result.transaction('people', 'readwrite');
				tx.objectStore('people').put(
					person('a0000000-0000-4000-8000-000000000001', 'Ayşe', 'friends')
				);
				tx.objectStore('people').put(
					person('a0000000-0000-4000-8000-000000000002', 'Frau Lotsin', 'professionals')
				);
				tx.oncomplete = () => {
					request.result.close();
					resolve();
				};
				tx.onerror = () => reject(tx.error);
			};
		});
	});
}

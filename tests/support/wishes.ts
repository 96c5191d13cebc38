import type { Page } from '@playwright/test';

/**
 * Puts people into Meine Menschen, straight into the database, before the app reads them:
 * Ayşe (a friend), Frau Lotsin (a professional) and any number of further neighbours.
 */
export async function seedPeople(page: Page, moreFriends = 0) {
	await page.evaluate(async (more) => {
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
				for (let index = 1; index <= more; index++) {
					const id = `b0000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
					tx.objectStore('people').put({
						...person(id, `Nachbar ${index}`, 'friends'),
						closeness: 3
					});
				}
				tx.oncomplete = () => {
					request.result.close();
					resolve();
				};
				tx.onerror = () => reject(tx.error);
			};
		});
	}, moreFriends);
}

import type { Page } from '@playwright/test';

/** Three wishes, stored straight into the database of an opened app: Schwimmen, Kochen, Tanzen. */
export const seededWishes = [
	{ id: '5b0c6d1e-2f3a-4b4c-8d5e-6f7a8b9c0d1e', text: 'Ich möchte schwimmen gehen.' },
	{ id: '9e8d7c6b-5a4f-4e3d-9c2b-1a0f9e8d7c6b', text: 'Ich möchte kochen lernen.' },
	{ id: '1e2d3c4b-5a6f-4e3d-9c2b-1a0f9e8d7c6b', text: 'Ich möchte tanzen.' }
] as const;

/** Puts the seeded wishes (and optionally "Mein Lotse") into the app's database. */
export async function seedShareData(page: Page, lotse: string | null = 'Frau Yılmaz') {
	await page.evaluate(
		async ({ wishes, lotseName }) => {
			const now = new Date().toISOString();
			const wish = (id: string, text: string, index: number) => ({
				id,
				text,
				pictogram: null,
				status: 'idea',
				paused: false,
				answers: {
					self: { scale: null, text: index === 0 ? 'Ich packe die Tasche.' : '' },
					network: { peopleIds: [], text: '' },
					quartier: { offerIds: [], text: '' },
					professionals: { peopleIds: [], text: '' },
					others: { text: '' }
				},
				firstStep: { text: '', date: null },
				author: { kind: 'me' },
				confirmedByMe: true,
				suggestions: [],
				step: 8,
				createdAt: now,
				updatedAt: new Date(Date.now() + index * 1000).toISOString()
			});
			await new Promise<void>((resolve, reject) => {
				const request = indexedDB.open('nahbei');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const tx = request.result.transaction(['wishes', 'myLotse'], 'readwrite');
					wishes.forEach((each, index) =>
						tx.objectStore('wishes').put(wish(each.id, each.text, index))
					);
					if (lotseName) {
						tx.objectStore('myLotse').put({
							id: 'mine',
							name: lotseName,
							phone: '',
							email: '',
							personId: null,
							myName: 'Jürgen',
							createdAt: now,
							updatedAt: now
						});
					}
					tx.oncomplete = () => {
						request.result.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			});
		},
		{ wishes: seededWishes, lotseName: lotse }
	);
}

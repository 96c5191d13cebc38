import type { Page } from '@playwright/test';
import { aWish } from '../fixtures/builders.js';
import { putRecords } from './database';

/** Three wishes, stored straight into the database of an opened app: Schwimmen, Kochen, Tanzen. */
export const seededWishes = [
	{ id: '5b0c6d1e-2f3a-4b4c-8d5e-6f7a8b9c0d1e', text: 'Ich möchte schwimmen gehen.' },
	{ id: '9e8d7c6b-5a4f-4e3d-9c2b-1a0f9e8d7c6b', text: 'Ich möchte kochen lernen.' },
	{ id: '1e2d3c4b-5a6f-4e3d-9c2b-1a0f9e8d7c6b', text: 'Ich möchte tanzen.' }
] as const;

/** Puts the seeded wishes (and optionally "Mein Lotse") into the app's database. */
export async function seedShareData(page: Page, lotse: string | null = 'Frau Yılmaz') {
	const now = new Date().toISOString();
	const wishes = seededWishes.map(({ id, text }, index) =>
		aWish({
			id,
			text,
			answers: { self: { text: index === 0 ? 'Ich packe die Tasche.' : '' } },
			confirmedByMe: true,
			step: 8,
			createdAt: now,
			updatedAt: new Date(Date.now() + index * 1000).toISOString()
		})
	);
	const myLotse = lotse
		? [
				{
					id: 'mine',
					name: lotse,
					phone: '',
					email: '',
					personId: null,
					myName: 'Jürgen',
					createdAt: now,
					updatedAt: now
				}
			]
		: [];
	// Both tables in one transaction, as before: the app sees the wishes and the Lotse together.
	await putRecords(page, { wishes, myLotse });
}

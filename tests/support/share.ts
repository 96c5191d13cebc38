import { expect, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { aPerson, aWish } from '../fixtures/builders.js';
import { putRecords, type Tables } from './database';

/** Three wishes, stored straight into the database of an opened app: Schwimmen, Kochen, Tanzen. */
export const seededWishes = [
	{ id: '5b0c6d1e-2f3a-4b4c-8d5e-6f7a8b9c0d1e', text: 'Ich möchte schwimmen gehen.' },
	{ id: '9e8d7c6b-5a4f-4e3d-9c2b-1a0f9e8d7c6b', text: 'Ich möchte kochen lernen.' },
	{ id: '1e2d3c4b-5a6f-4e3d-9c2b-1a0f9e8d7c6b', text: 'Ich möchte tanzen.' }
] as const;

/** Two offers of the shipped catalogue: one linked in the planned wish, one only saved. */
export const plannedOffers = {
	linked: { id: 'fa2dce25-8dcc-8418-a6b3-ee1939a57f83', name: 'Quartiers-Treff Lindenhof' },
	saved: { id: 'f7779442-b516-868b-87c2-17a6c5bcbe81', name: 'Senioren-Treff' }
} as const;

/** The person linked in the planned wish. */
export const plannedPerson = aPerson({
	id: 'c9a8b7c6-d5e4-4f3a-9b2c-1d0e9f8a7b6c',
	name: 'Ayşe Öztürk',
	area: 'friends',
	closeness: 1,
	phone: '0170 123 456'
});

/**
 * Puts the seeded wishes (and optionally "Mein Lotse") into the app's database. With `plan`,
 * the first wish is planned (Ayşe in its network answer, an offer linked, written with help
 * from Ben), the second is not confirmed yet, Ayşe is in Meine Menschen and one more offer is
 * saved. With `pictures`, its network answer also holds two pictures and a face.
 */
export async function seedShareData(
	page: Page,
	lotse: string | null = 'Frau Yılmaz',
	{ plan = false, pictures = false }: { plan?: boolean; pictures?: boolean } = {}
) {
	const now = new Date().toISOString();
	const wishes = seededWishes.map(({ id, text }, index) =>
		aWish({
			id,
			text,
			answers: {
				self: { text: index === 0 ? 'Ich packe die Tasche.' : '' },
				...(plan && index === 0
					? {
							network: { peopleIds: [plannedPerson.id], text: 'Ayşe fährt mich.' },
							quartier: { offerIds: [plannedOffers.linked.id], text: 'Dort frage ich.' }
						}
					: {})
			},
			...(plan && index === 0 ? { author: { kind: 'helper', name: 'Ben' } } : {}),
			...(plan && index === 0 ? { firstStep: { text: 'Ich rufe an.', date: null } } : {}),
			// With `pictures`, the planned wish's network answer is also given with pictures.
			...(pictures && index === 0
				? { pictureAnswers: { network: { pictures: ['familyHelp', 'call'], feeling: 'good' } } }
				: {}),
			confirmedByMe: !(plan && index === 1),
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
	const more: Tables = plan
		? {
				people: [plannedPerson],
				favourites: [{ offerId: plannedOffers.saved.id, addedAt: now }]
			}
		: {};
	await putRecords(page, { wishes, myLotse, ...more });
}

/**
 * Goes on with "Weiter" through the steps of Teilen until the step named `title` is there, and
 * checks that focus moved to its heading.
 */
export async function goToShareStep(page: Page, title: string) {
	const heading = page.getByRole('heading', { level: 2, name: new RegExp(`${title}$`) });
	const step = page.getByRole('heading', { level: 2, name: /^Schritt \d+ von \d+/ });
	for (let tries = 0; tries < 4 && !(await heading.isVisible()); tries++) {
		const [, now = '1'] = /^Schritt (\d+)/.exec((await step.textContent())?.trim() ?? '') ?? [];
		await page
			.getByRole('navigation', { name: 'Schritte' })
			.getByRole('button', { name: 'Weiter' })
			.click();
		// The next step is there once its heading has focus.
		await expect(
			page.getByRole('heading', { name: new RegExp(`^Schritt ${Number(now) + 1} von`) })
		).toBeFocused();
	}
	await expect(heading).toBeFocused();
}

/** Reads the QR image named `name` on the page back to its text, as a phone camera would. */
export async function readQrImage(page: Page, name: RegExp): Promise<string | null> {
	const image = page.getByRole('img', { name });
	await expect(image).toBeVisible();
	const { data, width, height } = await image.evaluate(async (element: HTMLImageElement) => {
		await element.decode();
		const canvas = document.createElement('canvas');
		canvas.width = element.naturalWidth;
		canvas.height = element.naturalHeight;
		const context = canvas.getContext('2d');
		if (!context) throw new Error('no canvas');
		context.drawImage(element, 0, 0);
		const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
		// The pixels travel as base64: a JSON array of millions of numbers takes seconds per code.
		let binary = '';
		for (let start = 0; start < pixels.data.length; start += 0x8000) {
			binary += String.fromCharCode(...pixels.data.subarray(start, start + 0x8000));
		}
		return { data: btoa(binary), width: pixels.width, height: pixels.height };
	});
	return jsQR(new Uint8ClampedArray(Buffer.from(data, 'base64')), width, height)?.data ?? null;
}

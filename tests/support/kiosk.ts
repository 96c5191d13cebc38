import { expect, type Page } from '@playwright/test';

export const staffPin = '2468';

/** Sets the device up as a kiosk the way staff do: "/?kiosk=1" and a new staff PIN. */
export async function turnOnKiosk(page: Page): Promise<void> {
	await page.goto('/?kiosk=1');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Treffpunkt-Gerät einrichten');
	await page.getByLabel('Neue PIN für Mitarbeitende').fill(staffPin);
	await page.getByLabel('PIN noch einmal').fill(staffPin);
	await page.getByRole('button', { name: 'Treffpunktgerät einschalten' }).click();
	// Turning on hashes the new PIN (600,000 rounds) and deletes everything: on a slow machine
	// that takes more than the usual few seconds.
	await expect(page).toHaveURL('/', { timeout: 20_000 });
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Willkommen am Treffpunkt.');
}

/** A visitor presses "Anfangen" on the welcome screen. */
export async function startVisit(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Anfangen' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Willkommen bei nahbei.');
}

/** What the browser still holds for this origin. */
export async function leftovers(page: Page) {
	return page.evaluate(async () => {
		const databases = (await indexedDB.databases()).map((db) => db.name);
		const cacheNames = 'caches' in window ? await caches.keys() : [];
		const local = Object.keys(localStorage);
		const session = Object.keys(sessionStorage);
		return { databases, cacheNames, local, session };
	});
}

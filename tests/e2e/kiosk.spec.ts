import { expect, test, type Page } from '@playwright/test';
import { waitForApp } from '../support/app';
import { leftovers, startVisit, turnOnKiosk } from '../support/kiosk';
import { keepAnOffer } from '../support/offers';

const wishText = 'Ich möchte im Chor singen.';

/** Writes a wish in the visitor's words and goes on to the next question, so it is saved. */
async function writeWish(page: Page) {
	await page.goto('/wuensche');
	await waitForApp(page);
	await page.getByRole('button', { name: 'Neuer Wunsch' }).click();
	await page.getByRole('radio', { name: 'Schreiben' }).check();
	await page.getByLabel('Mein Wunsch in meinen Worten').fill(wishText);
	await page.getByRole('button', { name: 'Weiter', exact: true }).click();
	await expect(page.getByRole('heading', { level: 2, name: /Schritt 2 von 8/ })).toBeVisible();
}

test('after a timeout nothing of the visit is left, not even behind Back and Forward', async ({
	page
}) => {
	await page.clock.install();
	await turnOnKiosk(page);
	await expect(page.getByText('Treffpunkt-Gerät')).toBeVisible();
	await startVisit(page);
	await expect(page.getByRole('button', { name: 'Fertig' })).toBeVisible();

	await writeWish(page);
	const offerName = await keepAnOffer(page);
	// Walk through the menu, so the history holds more than 10 pages of this visit.
	const menu = page.getByRole('navigation', { name: 'Hauptmenü' });
	for (const link of ['Meine Wünsche', 'Angebote', 'Meine Menschen', 'Teilen', 'Meine Wünsche']) {
		await menu.getByRole('link', { name: link }).click();
		await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
	}
	await expect(page.getByText(wishText)).toBeVisible();
	// A runtime cache with personal content, as a picture cache would hold it.
	await page.evaluate(async () => {
		const cache = await caches.open('nahbei-visitor-pictures');
		await cache.put('/besuch/bild', new Response('Bild'));
	});
	expect((await leftovers(page)).databases).toContain('nahbei');

	// 3 minutes without input: the question comes, focused and said.
	await page.clock.fastForward('03:00');
	const dialog = page.getByRole('dialog', { name: 'Sind Sie noch da?' });
	await expect(dialog).toBeVisible();
	await expect(dialog.getByRole('button', { name: 'Weiter machen' })).toBeFocused();
	await expect(dialog.getByRole('status')).toHaveText(/Noch 60 Sekunden\. Dann endet Ihr Besuch/);
	await expect(dialog).toHaveAccessibleDescription(/Noch 60 Sekunden/);
	await page.clock.fastForward('00:31');
	await expect(dialog.getByRole('status')).toHaveText(/^Noch (29|30) Sekunden\.$/);

	// Nobody answers: the visit ends and offers to take things along.
	await page.clock.fastForward('00:30');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ihr Besuch ist zu Ende.');
	await expect(page.getByRole('link', { name: 'Auf mein Handy mitnehmen' })).toHaveAttribute(
		'href',
		'/teilen?mitnehmen=1'
	);
	await expect(page.getByRole('listitem').filter({ hasText: wishText })).toBeVisible();

	// Still nobody: everything is deleted and the welcome screen comes back.
	await page.clock.fastForward('02:00');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Willkommen am Treffpunkt.');
	const left = await leftovers(page);
	expect(left.databases).not.toContain('nahbei');
	expect(left.cacheNames.every((name) => name.startsWith('workbox-precache'))).toBe(true);
	expect(left.local).toEqual(['nahbei.kiosk']);
	expect(left.session).toEqual([]);

	const noTrace = async () => {
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Willkommen am Treffpunkt.');
		await expect(page.locator('body')).not.toContainText(wishText);
		await expect(page.locator('body')).not.toContainText(offerName);
	};
	for (let step = 0; step < 10; step++) {
		await page.goBack();
		await noTrace();
	}
	for (let step = 0; step < 10; step++) {
		await page.goForward();
		await noTrace();
	}
	expect((await leftovers(page)).databases).not.toContain('nahbei');
});

test('each of 10 presses of "Weiter machen" gives the full time again', async ({ page }) => {
	await page.clock.install();
	await turnOnKiosk(page);
	await startVisit(page);
	const dialog = page.getByRole('dialog', { name: 'Sind Sie noch da?' });
	for (let round = 1; round <= 10; round++) {
		await page.clock.fastForward('02:50');
		await expect(dialog).toBeHidden();
		await page.clock.fastForward('00:10');
		await expect(dialog).toBeVisible();
		await page.clock.fastForward('00:40');
		await dialog.getByRole('button', { name: 'Weiter machen' }).click();
		await expect(dialog).toBeHidden();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Willkommen bei nahbei.');
	}
});

test('"Fertig" ends the visit; going back to it keeps everything', async ({ page }) => {
	await turnOnKiosk(page);
	await startVisit(page);
	await writeWish(page);
	await page.getByRole('button', { name: 'Fertig' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ihr Besuch ist zu Ende.');
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
	await expect(page.getByRole('button', { name: 'Meine Wünsche drucken' })).toBeVisible();
	await page.getByRole('button', { name: 'Zurück zu meinen Sachen' }).click();
	await expect(page.getByRole('heading', { level: 2, name: /Schritt 2 von 8/ })).toBeVisible();
	await page.getByRole('button', { name: 'Fertig' }).click();
	await page.getByRole('button', { name: 'Alles löschen und beenden' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Willkommen am Treffpunkt.');
	expect((await leftovers(page)).databases).not.toContain('nahbei');
});

test('kiosk mode survives reloads and ends only with the staff PIN', async ({ page }) => {
	await turnOnKiosk(page);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Willkommen am Treffpunkt.');
	await startVisit(page);
	await page.reload();
	await expect(page.getByRole('button', { name: 'Fertig' })).toBeVisible();

	await page.goto('/einstellungen');
	await waitForApp(page);
	await expect(page.getByRole('heading', { name: 'Appsperre' })).toHaveCount(0);
	await page.getByLabel('PIN für Mitarbeitende').fill('1111');
	await page.getByRole('button', { name: 'Einstellungen öffnen' }).click();
	await expect(page.getByRole('main').getByText('Die PIN ist falsch.')).toBeVisible();
	await expect(page.getByLabel('PIN für Mitarbeitende')).toBeFocused();
	await expect(page.getByRole('button', { name: 'Treffpunktgerät ausschalten' })).toHaveCount(0);
	await page.reload();
	await expect(page.getByRole('banner').getByText('Treffpunkt-Gerät')).toBeVisible();

	await page.getByLabel('PIN für Mitarbeitende').fill('2468');
	await page.getByRole('button', { name: 'Einstellungen öffnen' }).click();
	await page.getByRole('button', { name: 'Treffpunktgerät ausschalten' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Willkommen bei nahbei.');
	await expect(page.getByRole('button', { name: 'Fertig' })).toHaveCount(0);
	expect((await leftovers(page)).local).not.toContain('nahbei.kiosk');
});

test('the kiosk never asks to keep its storage for good', async ({ page }) => {
	await page.addInitScript(() => {
		const calls: string[] = [];
		(window as unknown as { persistCalls: string[] }).persistCalls = calls;
		navigator.storage.persist = async () => {
			calls.push('persist');
			return true;
		};
	});
	await turnOnKiosk(page);
	await startVisit(page);
	await page.goto('/einstellungen');
	await waitForApp(page);
	await page.getByRole('radio', { name: 'Dunkel' }).check();
	await expect(page.getByRole('status')).toHaveText('Gespeichert.');
	expect(
		await page.evaluate(() => (window as unknown as { persistCalls: string[] }).persistCalls)
	).toEqual([]);
});

test('a page restored from the back/forward cache loads afresh on a kiosk', async ({ page }) => {
	await turnOnKiosk(page);
	await startVisit(page);
	const reloaded = page.waitForEvent('load');
	await page.evaluate(() => {
		(window as unknown as { fromBefore?: boolean }).fromBefore = true;
		window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
	});
	await reloaded;
	await expect(page.getByRole('button', { name: 'Fertig' })).toBeVisible();
	expect(
		await page.evaluate(() => (window as unknown as { fromBefore?: boolean }).fromBefore)
	).toBeUndefined();
});

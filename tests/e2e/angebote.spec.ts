import { expect, test, type Page } from '@playwright/test';
import { fakeSpeech, heard, open, waitForApp } from '../support/app';
import { tabTo } from '../support/keyboard';

// Wednesday 25 November 2026, 12:30 in Hamburg: the lunch table is open.
const wednesdayNoon = new Date('2026-11-25T11:30:00Z');
// Thursday 26 November 2026, 10:00 in Hamburg: the lunch table is closed.
const thursdayMorning = new Date('2026-11-26T09:00:00Z');

const lunchTable = /Mittags-Tisch/;

async function openOffers(page: Page, path = '/angebote') {
	await open(page, path);
	await expect(page.getByRole('heading', { level: 2, name: /Angebote? gefunden/ })).toBeVisible();
	// The cards come a few per task: the list is busy until all of them are there.
	await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

function results(page: Page) {
	return page
		.getByRole('region', { name: /Angebote? gefunden/ })
		.getByRole('heading', { level: 3 });
}

test('the lunch table is found by its category', async ({ page }) => {
	await openOffers(page);
	await page.getByRole('link', { name: 'Essen und Trinken' }).click();
	await expect(page).toHaveURL(/kategorie=essen/);
	await expect(page.getByRole('link', { name: 'Essen und Trinken' })).toHaveAttribute(
		'aria-current',
		'true'
	);
	await expect(results(page).filter({ hasText: lunchTable })).toHaveCount(1);
	await expect(page.getByRole('status')).toHaveText(/Angebote? gefunden/);
});

test('searching "Mittagstisch", "Mittags-Tisch", "Mitagstisch" or "mittags·tisch" puts the lunch table in the top 3', async ({
	page
}) => {
	await openOffers(page);
	for (const query of ['Mittagstisch', 'Mittags-Tisch', 'Mitagstisch', 'mittags·tisch']) {
		await test.step(query, async () => {
			await page.getByRole('searchbox', { name: 'Angebot suchen' }).fill(query);
			await page.getByRole('button', { name: 'Suchen' }).click();
			// Each search has its own address: the results are those of this query.
			await expect(page).toHaveURL((url) => new URL(url).searchParams.get('suche') === query);
			await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
			const top = await results(page).allTextContents();
			expect(
				top.slice(0, 3).some((name) => lunchTable.test(name)),
				`${query}: ${top.join(' | ')}`
			).toBe(true);
		});
	}
});

test('"Jetzt offen" shows the lunch table at Wednesday noon, not on Thursday morning', async ({
	page
}) => {
	await page.clock.setFixedTime(wednesdayNoon);
	await openOffers(page);
	await page.getByText('Genauer suchen').click();
	await page.getByRole('radio', { name: 'Jetzt offen' }).check();
	await expect(page).toHaveURL(/wann=now/);
	await expect(results(page).filter({ hasText: lunchTable })).toHaveCount(1);

	await page.clock.setFixedTime(thursdayMorning);
	await page.reload();
	await waitForApp(page);
	await expect(page.getByRole('heading', { level: 2, name: /gefunden|passt/ })).toBeVisible();
	await expect(results(page).filter({ hasText: lunchTable })).toHaveCount(0);
});

test('an offer says when it is open and what it costs, in words', async ({ page }) => {
	await page.clock.setFixedTime(wednesdayNoon);
	await openOffers(page, '/angebote?kategorie=essen');
	await results(page).filter({ hasText: lunchTable }).getByRole('link').click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(lunchTable);
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
	await expect(page.getByText(/Jetzt offen bis \d+ Uhr\./)).toBeVisible();
	await expect(
		page.getByText('für Menschen mit wenig Geld oder kleiner Rente: Das kostet 3 Euro.')
	).toBeVisible();
	await expect(page.getByText('für alle anderen: Das kostet 4 Euro.')).toBeVisible();
	await expect(page.getByRole('link', { name: /anrufen/ })).toHaveAttribute('href', /^tel:\+?\d+$/);
});

test('Back returns to the same filtered results', async ({ page }) => {
	await openOffers(page, '/angebote?kategorie=essen&kostenlos=ja');
	const before = await results(page).allTextContents();
	expect(before.length).toBeGreaterThan(0);
	await results(page).first().getByRole('link').click();
	await expect(page).toHaveURL(/\/angebote\/.+/);
	await page.goBack();
	await expect(page).toHaveURL(/kategorie=essen&kostenlos=ja/);
	await expect(results(page)).toHaveText(before);
});

test('a saved offer is still saved after a reload', async ({ page }) => {
	await openOffers(page, '/angebote?kategorie=essen');
	await results(page).filter({ hasText: lunchTable }).getByRole('link').click();
	const save = page.getByRole('button', { name: 'Merken' });
	await expect(save).toHaveAttribute('aria-pressed', 'false');
	await save.click();
	await expect(save).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByRole('status')).toHaveText('Das Angebot ist gemerkt.');
	await page.reload();
	await waitForApp(page);
	await expect(page.getByRole('button', { name: 'Merken' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await page.goto('/angebote?kategorie=essen');
	await expect(
		results(page).filter({ hasText: lunchTable }).locator('xpath=ancestor::li').getByText('Gemerkt')
	).toBeVisible();
});

test('"Stimmt etwas nicht?" asks for a reason, then keeps the report', async ({ page }) => {
	await openOffers(page, '/angebote?kategorie=essen');
	await results(page).first().getByRole('link').click();
	const trigger = page.getByRole('button', { name: 'Stimmt etwas nicht?' });
	await trigger.click();
	await expect(trigger).toHaveAttribute('aria-expanded', 'true');
	await page.getByRole('button', { name: 'Meldung fertig machen' }).click();
	const summary = page.getByRole('heading', { name: 'Bitte prüfen Sie Ihre Eingabe' });
	await expect(summary).toBeVisible();
	await expect(page.locator('.notice.danger')).toBeFocused();
	await page.getByRole('checkbox', { name: 'Die Zeiten' }).check();
	await page.getByLabel('Was möchten Sie noch sagen?').fill('Freitags ist früher Schluss.');
	await page.getByRole('button', { name: 'Meldung fertig machen' }).click();
	await expect(page.getByRole('status')).toHaveText(
		'Danke. Ihre Meldung ist fertig. Schicken Sie die Meldung jetzt an das Quartier-Team.'
	);
	await expect(trigger).toHaveAttribute('aria-expanded', 'false');
	// The report is only on this phone: the next step, sending it, gets focus.
	await expect(
		page.getByRole('heading', { name: 'Meldung an das Quartier-Team schicken' })
	).toBeFocused();
});

test('keyboard only: search, open an offer, and come back', async ({ page }) => {
	await openOffers(page);
	await page.getByRole('searchbox', { name: 'Angebot suchen' }).focus();
	await page.keyboard.type('Bücherhalle');
	await page.keyboard.press('Enter');
	const first = results(page).first().getByRole('link');
	await expect(first).toHaveText(/Bücher/);
	await tabTo(page, first);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Bücher/);
});

test('the offers work offline after the first visit', async ({ page, context }) => {
	await openOffers(page);
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await context.setOffline(true);
	await page.reload();
	await waitForApp(page);
	await expect(results(page).first()).toBeVisible();
	await page.getByRole('searchbox', { name: 'Angebot suchen' }).fill('Mittagstisch');
	await page.getByRole('button', { name: 'Suchen' }).click();
	await expect(results(page).first()).toHaveText(lunchTable);
	await results(page).first().getByRole('link').click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(lunchTable);
	await expect(page.getByText('Die Karte braucht Internet.')).toBeVisible();
});

test('the start page shows "Eine Nummer für alle Hilfen" with a call button', async ({ page }) => {
	await open(page, '/');
	const contact = page.getByRole('region', { name: 'Eine Nummer für alle Hilfen' });
	await expect(contact).toBeVisible();
	await expect(contact.getByRole('link', { name: /anrufen/ })).toHaveAttribute('href', /^tel:/);
});

test('"Angebot vorlesen" reads the whole offer, sentence by sentence', async ({ page }) => {
	await fakeSpeech(page, [{ name: 'Anna', lang: 'de-DE' }]);
	await openOffers(page, '/angebote?kategorie=essen');
	await results(page).filter({ hasText: lunchTable }).getByRole('link').click();
	await page.getByRole('button', { name: 'Angebot vorlesen' }).click();
	const spoken = await heard(page);
	expect(spoken).toContain(
		'Jeden Montag, Dienstag, Mittwoch, Donnerstag und Freitag von 12 Uhr bis 14 Uhr.'
	);
	expect(spoken.join(' ')).toContain('3 Euro');
	expect(spoken.join(' ')).not.toContain('Stimmt etwas nicht?');
});

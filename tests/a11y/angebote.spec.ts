import { expect, test } from '@playwright/test';
import { cityOffers } from '../fixtures/city.js';
import { expectNoAxeViolations, expectNoAxeViolationsInEveryTheme, open } from '../support/app';
import { putRecords } from '../support/database';
import { keepAnOffer } from '../support/offers';

test('the offers page passes axe: start, filters open, results, no results', async ({ page }) => {
	await open(page, '/angebote');
	await expect(page.getByRole('heading', { level: 2, name: /gefunden/ })).toBeVisible();
	await expectNoAxeViolations(page, 'offers: start');
	await page.getByText('Genauer suchen').click();
	await page.getByRole('radio', { name: 'An einem Tag' }).check();
	await expectNoAxeViolations(page, 'offers: filters open');
	await page.goto('/angebote?suche=xylofonreparatur');
	await expect(page.getByText('Die Suche findet leider 0 Angebote.')).toBeVisible();
	await expectNoAxeViolations(page, 'offers: no results');
});

test('one offer passes axe, also with the report form and its error', async ({ page }) => {
	await open(page, '/angebote?kategorie=essen');
	await page
		.getByRole('region', { name: /gefunden/ })
		.getByRole('link')
		.first()
		.click();
	await expect(page.getByRole('heading', { level: 2, name: 'Wann?' })).toBeVisible();
	await expectNoAxeViolations(page, 'offer detail');
	await page.getByRole('button', { name: 'Zu einem Wunsch hinzufügen' }).click();
	await expect(page.getByText('Ihre Liste mit Wünschen ist noch leer.')).toBeVisible();
	await expectNoAxeViolations(page, 'offer: add to a wish, without wishes');
	await page.getByRole('button', { name: 'Stimmt etwas nicht?' }).click();
	await page.getByRole('button', { name: 'Meldung fertig machen' }).click();
	await expect(page.getByRole('heading', { name: 'Bitte prüfen Sie Ihre Eingabe' })).toBeVisible();
	await expectNoAxeViolations(page, 'offer report with error');
	await page.getByRole('checkbox', { name: 'Die Zeiten' }).check();
	await page.getByRole('button', { name: 'Meldung fertig machen' }).click();
	await expect(
		page.getByRole('heading', { name: 'Meldung an das Quartier-Team schicken' })
	).toBeFocused();
	await expectNoAxeViolations(page, 'offer report: the step that sends it');
});

test('the offers pages pass axe in every theme', async ({ page }) => {
	await open(page, '/angebote?kategorie=essen');
	await expect(page.getByRole('heading', { level: 2, name: /gefunden/ })).toBeVisible();
	await expectNoAxeViolationsInEveryTheme(page, 'offers in a category');
});

test('the saved list and "Für wen?" pass axe', async ({ page }) => {
	await keepAnOffer(page);
	await open(page, '/angebote?gemerkt=ja');
	await expect(page.getByRole('heading', { level: 2, name: '1 Angebot gefunden' })).toBeVisible();
	await expectNoAxeViolations(page, 'offers: my saved offers');

	await open(page, '/angebote');
	await page.getByText('Genauer suchen').click();
	await page.getByRole('radio', { name: 'Für Kinder' }).check();
	await expect(page).toHaveURL(/fuer-wen=kinder/);
	await expectNoAxeViolations(page, 'offers: Für wen? chosen');
});

test('"Mehr Angebote zeigen" passes axe, before and after', async ({ page }) => {
	await open(page, '/angebote');
	await expect(page.getByRole('heading', { level: 2, name: /gefunden/ })).toBeVisible();
	// More than 50 offers: the list shows 50 and "Mehr Angebote zeigen".
	await open(page, '/hilfe');
	await putRecords(page, { offers: cityOffers(60) });
	await open(page, '/angebote');
	const more = page.getByRole('button', { name: 'Mehr Angebote zeigen' });
	await expect(more).toBeVisible();
	await expectNoAxeViolations(page, 'offers: 50 of more');
	await more.click();
	// Drawing 50 more cards takes a while on a busy machine.
	await expect(
		page.getByRole('region', { name: /Angebote gefunden/ }).getByRole('heading', { level: 3 })
	).toHaveCount(100, { timeout: 15_000 });
	await expect(page.getByText(/Sie sehen 100 von/)).toBeVisible();
	await expectNoAxeViolations(page, 'offers: after Mehr Angebote zeigen');
});

import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, open } from '../support/app';

async function expectNoSideways(page: Page, state: string) {
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow, `horizontal scroll in ${state}`).toBeLessThanOrEqual(0);
}

test('the Quartier overview and its import report pass axe', async ({ page }) => {
	await open(page, '/quartier');
	await expect(page.getByRole('heading', { level: 2, name: 'Alle Angebote' })).toBeVisible();
	await expectNoAxeViolations(page, 'quartier: overview');

	const demo = JSON.parse(readFileSync('static/data/angebote.json', 'utf8'));
	const services = demo.contents.slice(0, 3);
	services[1].schedules[0].opens_at = '25:00';
	delete services[2].name;
	await page.getByLabel('Dateien wählen').setInputFiles({
		name: 'kaputt.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(services))
	});
	await expect(page.getByRole('heading', { name: 'Prüfbericht' })).toBeFocused();
	await page.getByText('Diese Angebote zeigen').click();
	await expectNoAxeViolations(page, 'quartier: import report');

	await page.getByLabel('Dateien wählen').setInputFiles({
		name: 'kaputt.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{')
	});
	await expect(
		page.getByRole('heading', { name: 'Mit der Datei gibt es ein Problem' })
	).toBeVisible();
	await expectNoAxeViolations(page, 'quartier: refused file');
});

test('the offer form passes axe: an existing offer with the retire question, a new one with errors and hints', async ({
	page
}) => {
	await test.step('an existing offer’s form with the retire question', async () => {
		await open(page, '/quartier');
		await page
			.getByRole('region', { name: 'Alle Angebote' })
			.getByRole('link', { name: 'Mittags-Tisch', exact: true })
			.click();
		await expect(page.getByLabel('Name vom Angebot')).toHaveValue('Mittags-Tisch');
		await page.getByRole('button', { name: 'Angebot zurückziehen' }).click();
		await expectNoAxeViolations(page, 'quartier: edit with retire question');
	});
	await test.step('a new offer, then its errors and hints', async () => {
		await open(page, '/quartier?angebot=neu');
		await expect(page.getByRole('button', { name: 'Speichern', exact: true })).toBeVisible();
		await expectNoAxeViolations(page, 'quartier: new offer');
		await page.getByLabel('Beschreibung in Leichter Sprache').fill('Das ist z. B. nicht gut.');
		await page.getByRole('button', { name: 'Preis hinzufügen' }).click();
		await page.getByLabel('Betrag in Euro').fill('viel');
		await page.getByRole('button', { name: 'Speichern', exact: true }).click();
		await expect(
			page.getByRole('heading', { name: 'Bitte prüfen Sie Ihre Eingaben' })
		).toBeVisible();
		await expectNoAxeViolations(page, 'quartier: form with errors');
	});
});

test('the Quartier pages need no sideways scrolling at 320 pixels', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	await open(page, '/quartier');
	await expect(page.getByRole('heading', { level: 2, name: 'Alle Angebote' })).toBeVisible();
	await expectNoSideways(page, 'overview');
	await page.getByLabel('Dateien wählen').setInputFiles('static/data/angebote.json');
	await expect(page.getByRole('heading', { name: 'Prüfbericht' })).toBeFocused();
	await expectNoSideways(page, 'import report');
	await open(page, '/quartier?angebot=neu');
	await page.getByRole('button', { name: 'Speichern', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Bitte prüfen Sie Ihre Eingaben' })).toBeVisible();
	await expectNoSideways(page, 'form with errors');
});

test('the words for categories pass axe: an error, a line, the delete question', async ({
	page
}) => {
	await open(page, '/quartier');
	const words = page.getByRole('region', { name: 'Wörter für Themen' });
	await words.getByRole('button', { name: 'Wort speichern' }).click();
	await expect(words.getByText('Bitte schreiben Sie ein Wort mit 2 bis 80 Zeichen.')).toBeVisible();
	await expectNoAxeViolations(page, 'quartier: category word with error');
	await words.getByRole('textbox', { name: 'Wort' }).fill('Suppenküche');
	await words.getByRole('combobox', { name: 'Dieses Thema passt zum Wort' }).selectOption({
		label: 'Essen und Trinken'
	});
	await words.getByRole('button', { name: 'Wort speichern' }).click();
	await expect(
		words.getByText('Das Wort suppenküche gehört zum Thema Essen und Trinken.')
	).toBeVisible();
	await words.getByRole('button', { name: 'Wort suppenküche löschen' }).click();
	await expectNoAxeViolations(page, 'quartier: category word with the delete question');
});

test('the offer of newer published offers, and its answer, pass axe', async ({ page }) => {
	await open(page, '/quartier');
	await expect(page.getByRole('heading', { level: 2, name: 'Überblick' })).toBeVisible();
	// The team's own import: a newer published file may not replace it unasked.
	await page.getByLabel('Dateien wählen').setInputFiles('static/data/angebote.json');
	await expect(page.getByRole('heading', { name: 'Prüfbericht' })).toBeFocused();
	await page.getByRole('button', { name: 'Katalog ersetzen' }).click();
	await expect(page.getByText(/^Der Katalog ist neu\./)).toBeVisible();

	const newer = JSON.parse(readFileSync('static/data/angebote.json', 'utf8'));
	newer.nahbei.stand = '2099-01-01';
	newer.contents[0].name = 'Neues Mittags-Tisch';
	newer.contents.splice(1, 1);
	// The check for a newer file asks past the offline copy, with the date in the address.
	await page.context().route(
		(url) => url.pathname === '/data/angebote.json' && url.searchParams.has('stand'),
		(route) => route.fulfill({ json: newer })
	);
	await open(page, '/quartier');
	const prompt = page.getByRole('region', {
		name: 'Es gibt neue Angebote vom Quartier-Team. Jetzt laden?'
	});
	await expect(prompt).toBeVisible();
	await prompt.getByText('So viele sind weg: 1').click();
	await expectNoAxeViolations(page, 'quartier: newer offers to load');

	await prompt.getByRole('button', { name: 'Nein, meinen Katalog behalten' }).click();
	await expect(page.getByText('Ihr Katalog bleibt so, wie er ist.')).toBeVisible();
	await expectNoAxeViolations(page, 'quartier: own catalogue kept');
});

test('reading report files passes axe, with a file that is no report', async ({ page }) => {
	await open(page, '/quartier');
	await expect(page.getByRole('heading', { level: 2, name: 'Überblick' })).toBeVisible();
	const report = {
		format: 'nahbei-report',
		version: 1,
		offer: { id: 'ein-angebot', name: 'Mittags-Tisch' },
		reasons: ['time'],
		note: 'Freitags ist früher Schluss.',
		reportedAt: '2026-11-30T10:00:00.000Z'
	};
	await page.getByLabel('Meldungen aus Dateien lesen').setInputFiles([
		{
			name: 'nahbei-meldung-2026-11-30.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(report))
		},
		{ name: 'urlaub.json', mimeType: 'application/json', buffer: Buffer.from('{}') }
	]);
	await expect(page.getByText('Wir haben 1 Meldung gelesen.')).toBeVisible();
	await expect(
		page.getByText('1 Datei ist keine Meldung. Wir haben sie weggelassen.')
	).toBeVisible();
	await expect(
		page.getByRole('region', { name: 'Meldungen: Stimmt etwas nicht?' }).getByRole('listitem')
	).toHaveCount(1);
	await expectNoAxeViolations(page, 'quartier: report files read');
});

import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, open, visit } from '../support/app';
import { bigEasyNwkFile, manyPeople } from '../support/big-network';
import { putRecords } from '../support/database';
import { aTie } from '../fixtures/builders.js';

const demo = 'tests/fixtures/network/easynwk-demo-like.json';

test('long lists with "Mehr zeigen" pass axe, before and after showing more', async ({ page }) => {
	// Three axe runs, two over 30 and 45 cards, take long on a busy machine.
	test.slow();
	// Each of the first 34 knows the next two: 32 groups of three who all know each other.
	const people = manyPeople(45);
	const first = people.slice(0, 34);
	const ties = [1, 2].flatMap((step) =>
		first.slice(step).map((person, i) => aTie(first[i] ?? person, person))
	);
	// Meine Menschen makes no database while nothing is stored; Meine Wünsche does.
	await open(page, '/wuensche');
	await expect(page.getByText('Ihre Liste mit Wünschen ist noch leer.')).toBeVisible();
	await putRecords(page, { people, ties });
	await open(page, '/menschen');
	await expect(page.getByText('Sie sehen 30 von 45 Menschen.')).toBeVisible();
	await expectNoAxeViolations(page, 'list in parts');
	await page.getByRole('button', { name: '15 weitere Menschen zeigen' }).click();
	await expect(page.getByRole('heading', { level: 3, name: 'Mensch 031' })).toBeFocused();
	await expectNoAxeViolations(page, 'list after showing more');

	await visit(page, '/menschen/zahlen');
	await expect(page.getByText('Sie sehen 30 von 32 Gruppen.')).toBeVisible();
	await page.getByRole('button', { name: '2 weitere Gruppen zeigen' }).click();
	await expect(
		page.getByRole('listitem').filter({
			hasText: 'Diese 3 Menschen kennen sich alle: Mensch 031, Mensch 032 und Mensch 033.'
		})
	).toBeFocused();
	await expectNoAxeViolations(page, 'figures after showing more groups');
});

test('the person themselves, the figures for professionals and one person’s questions pass axe', async ({
	page
}) => {
	// Three pages, each with an axe run.
	test.slow();
	await open(page, '/menschen/dateien');
	await page.getByLabel('Datei wählen').setInputFiles(demo);
	await page.getByRole('button', { name: 'Ja, Datei laden' }).click();
	await expect(page.getByRole('status')).toHaveText(/^Die Datei ist geladen\./);

	// From page to page as by a link: the loaded network is in the database.
	await visit(page, '/menschen');
	await page.getByRole('button', { name: 'Über Sie schreiben' }).click();
	await expect(page.getByRole('textbox', { name: 'Ihr Name' })).toBeFocused();
	await expectNoAxeViolations(page, 'Sie selbst with its form');
	// The form loads when it opens; what is written there is kept.
	await page.getByRole('textbox', { name: 'Ihr Name' }).fill('Mira Sommer');
	await page.getByRole('textbox', { name: 'Ihr Name' }).press('Enter');
	await expect(page.getByRole('button', { name: 'Über Sie schreiben' })).toBeFocused();
	await expect(page.getByRole('region', { name: 'Sie selbst' })).toContainText('Mira Sommer');

	await visit(page, '/menschen/zahlen');
	await page.getByText('Zahlen für Fach-Leute').click();
	await expect(page.getByRole('table', { name: 'Kennzahlen wie in easyNWK' })).toBeVisible();
	await expectNoAxeViolations(page, 'figures for professionals');

	await visit(page, '/menschen/wer-kennt-wen');
	await page.getByLabel('Fragen zu').selectOption({ label: 'Lara' });
	await expect(page.getByRole('heading', { level: 2, name: /Lara/ })).toBeVisible();
	await expectNoAxeViolations(page, 'Wer kennt wen for one person');
});

test('a map beyond what nahbei shows well asks first, and one far beyond is refused: both pass axe', async ({
	page
}) => {
	await open(page, '/menschen/dateien');
	const input = page.getByLabel('Datei wählen');
	await input.setInputFiles(bigEasyNwkFile(600));
	await expect(
		page.getByText('Die Karte ist sehr groß. Mit so vielen Menschen wird nahbei langsam.')
	).toBeVisible();
	await expect(page.getByRole('button', { name: 'Ja, trotzdem laden' })).toBeVisible();
	await expectNoAxeViolations(page, 'big map question');

	await input.setInputFiles(bigEasyNwkFile(1_501));
	const problem = page.getByRole('group', { name: 'Problem mit der Datei' });
	await expect(problem).toBeFocused();
	await expect(problem).toContainText('Die Karte ist zu groß für nahbei.');
	await expectNoAxeViolations(page, 'map too big');
});

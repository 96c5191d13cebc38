import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, expectNoAxeViolationsInEveryTheme, open } from '../support/app';
import { addPersonByKeyboard, fivePeople, pictureFile, seedPeopleAsAdded } from '../support/people';

test('Meine Menschen passes axe when empty and when filled', async ({ page }) => {
	await open(page, '/menschen');
	await expect(page.getByRole('heading', { name: 'Ihre Liste ist noch leer' })).toBeVisible();
	await expectNoAxeViolations(page, '/menschen empty');
	// Adding them by keyboard is the journey of e2e/menschen.spec.ts.
	await seedPeopleAsAdded(page, fivePeople.slice(0, 3));
	await expectNoAxeViolations(page, '/menschen with people');
});

test('every step of "Mensch hinzufügen" passes axe, also with the name error', async ({ page }) => {
	await open(page, '/menschen/neu');
	await page.getByRole('button', { name: 'Weiter' }).click();
	await expect(page.getByRole('textbox', { name: 'Wie heißt der Mensch?' })).toHaveAttribute(
		'aria-invalid',
		'true'
	);
	await expectNoAxeViolations(page, 'add step 1 with error');
	await page.getByRole('textbox', { name: 'Wie heißt der Mensch?' }).fill('Anna');
	for (let step = 2; step <= 5; step++) {
		await page.getByRole('button', { name: 'Weiter' }).click();
		await expect(page.locator('main').getByText(`Schritt ${step} von 5`)).toBeVisible();
		await expectNoAxeViolations(page, `add step ${step}`);
	}
});

test('the edit form passes axe with its error summary and the delete question', async ({
	page
}) => {
	await seedPeopleAsAdded(page, fivePeople.slice(0, 2));
	await page.getByRole('link', { name: 'Anna ändern' }).click();
	await page.getByRole('textbox', { name: 'Name' }).fill('');
	await page.getByRole('button', { name: 'Speichern' }).click();
	await expect(page.getByRole('region', { name: 'Es gibt ein Problem' })).toBeFocused();
	await expectNoAxeViolations(page, 'edit form with error');
	await page.getByRole('button', { name: 'Anna löschen' }).click();
	await expect(
		page.getByRole('heading', { name: 'Wollen Sie Anna wirklich löschen?' })
	).toBeVisible();
	await expectNoAxeViolations(page, 'delete question');
	await page.getByRole('button', { name: 'Ja, löschen' }).click();
	await expect(page.getByRole('button', { name: 'Rückgängig machen' })).toBeVisible();
	await expectNoAxeViolations(page, 'list with undo');
});

test('"Wer kennt wen?" and "Was sagt mir das?" pass axe', async ({ page }) => {
	await seedPeopleAsAdded(page, fivePeople.slice(0, 3));
	await page.getByRole('link', { name: 'Wer kennt wen?' }).click();
	await expect(page.getByRole('heading', { name: 'Kennen sich Anna und Ben?' })).toBeVisible();
	await expectNoAxeViolations(page, 'ties question');
	for (const pair of ['Anna und Ben', 'Anna und Carla', 'Ben und Carla']) {
		await expect(page.getByRole('heading', { name: `Kennen sich ${pair}?` })).toBeVisible();
		await page.getByRole('button', { name: 'Später' }).click();
	}
	await expect(page.getByText('3 Fragen sind für später.')).toBeVisible();
	await expectNoAxeViolations(page, 'ties done');
	await page.getByRole('link', { name: 'Was sagt mir das?' }).click();
	await expect(page.getByRole('region', { name: 'Ideen für Sie' })).toBeVisible();
	await expectNoAxeViolations(page, 'figures');
});

test('the map passes axe, in every theme', async ({ page }) => {
	await seedPeopleAsAdded(page, fivePeople);
	await page.getByRole('link', { name: 'Karte', exact: true }).click();
	await expect(page.getByRole('group', { name: 'Karte von Ihren Menschen' })).toBeVisible();
	await expectNoAxeViolationsInEveryTheme(page, 'map');
});

test('the history passes axe: empty, with a comparison, and with the question before deleting a saved state', async ({
	page
}) => {
	await addPersonByKeyboard(page, fivePeople[0]!);
	await page.getByRole('link', { name: 'Mein Verlauf' }).click();
	await test.step('empty', async () => {
		await expect(
			page.getByText('Die Liste mit gespeicherten Ständen ist noch leer.')
		).toBeVisible();
		await expectNoAxeViolations(page, 'history empty');
	});
	await test.step('a saved state compared with today', async () => {
		await page.getByRole('button', { name: 'Heute speichern' }).click();
		await page.getByRole('button', { name: 'Vergleichen' }).click();
		await expect(page.getByText('Alles ist gleich geblieben.')).toBeVisible();
		await expectNoAxeViolations(page, 'comparison');
	});
	await test.step('the question before deleting the saved state', async () => {
		await page.getByRole('button', { name: /^Stand vom .* löschen$/ }).click();
		await expect(page.getByRole('heading', { name: /wirklich löschen\?$/ })).toBeFocused();
		await expectNoAxeViolations(page, 'delete a saved state');
	});
});

test('the files page passes axe, also with a file error and the load question', async ({
	page
}) => {
	await open(page, '/menschen/dateien');
	await expectNoAxeViolations(page, 'files');
	const input = page.getByLabel('Datei wählen');
	await input.setInputFiles({
		name: 'leer.json',
		mimeType: 'application/json',
		buffer: Buffer.from('')
	});
	await expect(page.getByRole('group', { name: 'Problem mit der Datei' })).toBeVisible();
	await expectNoAxeViolations(page, 'file error');
	await input.setInputFiles('tests/fixtures/network/easynwk-record.json');
	await expect(page.getByRole('button', { name: 'Ja, Datei laden' })).toBeVisible();
	await expectNoAxeViolations(page, 'load question');
});

test('the list, a question step and the map pass axe in English', async ({ page }) => {
	await open(page, '/einstellungen');
	await page.getByRole('radio', { name: 'English' }).check();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('status')).toHaveText('Saved.');
	await open(page, '/menschen');
	await expect(page.getByRole('heading', { name: 'Your list is still empty' })).toBeVisible();
	await page.getByRole('link', { name: 'Add a person' }).click();
	await page.getByRole('textbox', { name: 'What is the name?' }).fill('Anna');
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page.getByRole('main').getByText('Step 2 of 5')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Is Anna a person? Or a place?' })).toBeFocused({
		timeout: 10_000
	});
	await expectNoAxeViolations(page, 'add step 2 in English');
	for (let step = 2; step <= 5; step++) {
		await page.getByRole('button', { name: step === 5 ? 'Done' : 'Next' }).click();
		if (step < 5)
			await expect(page.getByRole('main').getByText(`Step ${step + 1} of 5`)).toBeVisible();
	}
	await expect(page.getByText('Anna. Friends and neighbours. Close.')).toBeVisible();
	await expectNoAxeViolations(page, 'list in English');
	await page.getByRole('link', { name: 'Map', exact: true }).click();
	await expect(page.getByRole('group', { name: 'Map of your people' })).toBeVisible();
	await expectNoAxeViolations(page, 'map in English');
});

test('a person’s photo passes axe, with a photo and with a file error', async ({ page }) => {
	await addPersonByKeyboard(page, fivePeople[0]!);
	await page.getByRole('link', { name: 'Anna ändern' }).click();
	await expect(page).toHaveURL(/\/menschen\/[0-9a-f-]{36}$/);
	await page.getByLabel('Foto aussuchen').setInputFiles(await pictureFile(page, 800, 600));
	await expect(page.getByRole('img', { name: 'Foto von Anna' })).toBeVisible();
	await expectNoAxeViolations(page, 'person with photo');
	await page.getByLabel('Anderes Foto aussuchen').setInputFiles({
		name: 'kaputt.jpg',
		mimeType: 'image/jpeg',
		buffer: Buffer.from('kaputt')
	});
	await expect(
		page.getByText('Das ist kein Bild. Bitte wählen Sie ein Foto aus.').first()
	).toBeVisible();
	await expectNoAxeViolations(page, 'photo error');
	await open(page, '/menschen');
	await expect(page.getByRole('img', { name: 'Foto von Anna' })).toBeVisible();
	await expectNoAxeViolations(page, 'list with a photo');
});

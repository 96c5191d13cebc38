import { expect, test } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { expectNoAxeViolations, open, waitForApp } from '../support/app';
import { keepAnOffer } from '../support/offers';

test('back up, delete everything, and restore: everything comes back', async ({ page }, info) => {
	// Something personal: a saved offer and chosen settings.
	const offerName = await keepAnOffer(page);
	await open(page, '/einstellungen');
	await page.getByRole('radio', { name: 'Dunkel' }).check();

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Alles sichern' }).click();
	const file = info.outputPath('sicherung.json');
	await (await download).saveAs(file);
	await expect(page.getByRole('status')).toHaveText(
		'Die Sicherung ist fertig. Heben Sie die Datei gut auf.'
	);

	await page.getByRole('button', { name: 'Alles löschen' }).click();
	await expect(
		page.getByRole('heading', { name: 'Wollen Sie wirklich alles löschen?' })
	).toBeVisible();
	await expectNoAxeViolations(page, 'delete question');
	await page.getByRole('button', { name: 'Ja, alles löschen' }).click();
	await expect(page).toHaveURL('/');
	await waitForApp(page);
	await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'dark');

	await open(page, '/einstellungen');
	await page.getByLabel('Sicherung laden').setInputFiles(file);
	await expect(page.getByRole('heading', { name: 'Das ist in der Sicherung:' })).toBeFocused();
	await expect(page.getByText('1 Eintrag ist bei: Gemerkte Angebote')).toBeVisible();
	await expectNoAxeViolations(page, 'backup summary');
	await page.getByRole('button', { name: 'Jetzt laden' }).click();
	await expect(page.getByRole('status')).toHaveText('Die Sicherung ist geladen.');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await waitForApp(page);
	await page.goto('/angebote?kategorie=essen');
	await page.getByRole('link', { name: offerName }).click();
	await expect(page.getByRole('button', { name: 'Merken' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
});

test('a bad backup file is refused in easy words and changes nothing', async ({ page }, info) => {
	await open(page, '/einstellungen');
	await page.getByRole('radio', { name: 'Starker Kontrast' }).check();
	const bad = info.outputPath('kaputt.json');
	await writeFile(bad, '{"format":"nahbei-backup","version":1,"tables":{"__proto__":[]}');
	await page.getByLabel('Sicherung laden').setInputFiles(bad);
	await expect(
		page.getByRole('heading', { name: 'Mit dieser Datei gibt es ein Problem' })
	).toBeVisible();
	await expect(page.getByText('Alles ist wie vorher. Ihre Daten sind sicher.')).toBeVisible();
	await expect(page.locator('.notice.danger')).toBeFocused();
	await expectNoAxeViolations(page, 'bad backup file');
	await page.reload();
	await waitForApp(page);
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
	expect((await readFile(bad, 'utf8')).length).toBeGreaterThan(0);
});

test('the start page reminds calmly of a backup once there is something to lose', async ({
	page
}) => {
	await open(page, '/');
	await expect(page.getByRole('region', { name: 'Tipp: Sichern Sie Ihre Daten' })).toHaveCount(0);
	await open(page, '/angebote?kategorie=essen');
	await page
		.getByRole('region', { name: /gefunden/ })
		.getByRole('link')
		.first()
		.click();
	await page.getByRole('button', { name: 'Merken' }).click();
	await expect(page.getByRole('button', { name: 'Merken' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await open(page, '/');
	const reminder = page.getByRole('region', { name: 'Tipp: Sichern Sie Ihre Daten' });
	await expect(reminder).toBeVisible();
	await expect(reminder.getByRole('link', { name: 'Jetzt sichern' })).toHaveAttribute(
		'href',
		'/einstellungen#backup-title'
	);
	await expectNoAxeViolations(page, 'backup reminder');
	await reminder.getByRole('button', { name: 'Später' }).click();
	await expect(reminder).toHaveCount(0);
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { aPerson } from '../fixtures/builders.js';
import { expectNoAxeViolations, open } from '../support/app';
import { readTable } from '../support/database';

// A backup says before anything is written how much it holds: more than nahbei shows well is
// loaded only when the person agrees; far more is refused.

/** A real backup of this device, made by "Alles sichern", with `count` people put into it. */
async function backupWithPeople(page: Page, info: TestInfo, count: number): Promise<string> {
	await open(page, '/einstellungen');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Alles sichern' }).click();
	const file = info.outputPath(`sicherung-${count}.json`);
	await (await download).saveAs(file);
	const backup = JSON.parse(await readFile(file, 'utf8'));
	backup.tables.people = Array.from({ length: count }, (_, index) =>
		aPerson({ name: `Mensch ${index + 1}` })
	);
	await writeFile(file, JSON.stringify(backup));
	return file;
}

test('a backup with more people than nahbei shows well is loaded only after a yes', async ({
	page
}, info) => {
	const file = await backupWithPeople(page, info, 600);
	await page.getByLabel('Sicherung laden').setInputFiles(file);
	await expect(page.getByRole('heading', { name: 'Das ist in der Sicherung:' })).toBeFocused();
	const note = page.getByRole('note');
	await expect(note).toContainText('Das sind sehr viele Einträge.');
	await expect(note).toContainText(
		'Menschen: Die Sicherung hat 600 Einträge. nahbei zeigt bis zu 500 Einträge gut.'
	);
	await expectNoAxeViolations(page, 'a backup with very many entries');

	// Without the tick nothing is written, and the person is told what to do.
	await page.getByRole('button', { name: 'Jetzt laden' }).click();
	const tick = page.getByRole('checkbox', { name: 'Ich möchte die Sicherung trotzdem laden.' });
	await expect(tick).toBeFocused();
	await expect(tick).toHaveAccessibleDescription(
		'Bitte kreuzen Sie zuerst an: Ich möchte die Sicherung trotzdem laden.'
	);
	await expect(
		page
			.getByRole('main')
			.getByText('Bitte kreuzen Sie zuerst an: Ich möchte die Sicherung trotzdem laden.')
	).toBeVisible();
	await expectNoAxeViolations(page, 'a backup with very many entries, the box still empty');
	expect(await readTable(page, 'people')).toHaveLength(0);

	await tick.check();
	await expect(tick).toHaveAccessibleDescription('');
	await page.getByRole('button', { name: 'Jetzt laden' }).click();
	await expect(page.getByRole('status')).toHaveText('Die Sicherung ist geladen.');
	await expect.poll(async () => (await readTable(page, 'people')).length).toBe(600);
});

test('a backup with ten times more people than nahbei shows well is refused', async ({
	page
}, info) => {
	const file = await backupWithPeople(page, info, 5_001);
	await page.getByLabel('Sicherung laden').setInputFiles(file);
	await expect(
		page.getByRole('heading', { name: 'Mit dieser Datei gibt es ein Problem' })
	).toBeVisible();
	await expect(page.getByText('Alles ist wie vorher. Ihre Daten sind sicher.')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Das ist in der Sicherung:' })).toHaveCount(0);
	expect(await readTable(page, 'people')).toHaveLength(0);
});

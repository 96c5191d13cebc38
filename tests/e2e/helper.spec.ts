import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, open } from '../support/app';

/** Turns helper mode on from the header, as the helper does. */
async function startHelping(page: Page, name: string) {
	await page.getByRole('banner').getByRole('button', { name: 'Hilfemodus starten' }).click();
	await expect(page.getByLabel('Wie heißt der Mensch, der Ihnen hilft?')).toBeFocused();
	await page.keyboard.type(name);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: `Hilfemodus: ${name} hilft` })).toBeVisible();
}

test('helper mode is started from the header and shows its banner on every page', async ({
	page
}) => {
	await open(page, '/angebote');
	await startHelping(page, 'Mama');
	await expect(page.getByRole('status')).toHaveText('Der Hilfe-Modus ist an. Mama hilft.');
	await expect(page.getByText('Fragen Sie die Person selbst. Lassen Sie ihr Zeit.')).toBeVisible();
	await expectNoAxeViolations(page, 'helper banner');
	for (const link of ['Meine Wünsche', 'Meine Menschen', 'Teilen', 'Start']) {
		await page
			.getByRole('navigation', { name: 'Hauptmenü' })
			.getByRole('link', { name: link })
			.click();
		await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
		await expect(page.getByRole('heading', { name: 'Hilfemodus: Mama hilft' })).toBeVisible();
	}
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Hilfemodus: Mama hilft' })).toBeVisible();
	await page.getByRole('button', { name: 'Hilfemodus beenden' }).click();
	await expect(page.getByRole('heading', { name: /Hilfemodus:/i })).toHaveCount(0);
	await expect(
		page.getByRole('banner').getByRole('button', { name: 'Hilfemodus starten' })
	).toBeFocused();
});

test('a helper’s idea never replaces the person’s own words', async ({ page }) => {
	await open(page, '/wuensche');
	await startHelping(page, 'Ben');
	await page.getByRole('button', { name: 'Neuer Wunsch' }).click();
	await page.getByRole('radio', { name: 'Schreiben' }).check();
	await page.getByLabel('Mein Wunsch in meinen Worten').fill('Ich will malen.');
	await page.getByLabel('Idee von Ben').fill('Einen Malkurs im Quartier');
	await page.getByRole('button', { name: 'Idee speichern' }).click();
	await expect(page.getByText('Idee von Ben: Einen Malkurs im Quartier')).toBeVisible();
	await expect(page.getByLabel('Mein Wunsch in meinen Worten')).toHaveValue('Ich will malen.');
	await page.reload();
	await expect(page.getByLabel('Mein Wunsch in meinen Worten')).toHaveValue('Ich will malen.');
});

test('a helper’s “Annehmen” goes to the person’s own screen, and only their yes adds the idea', async ({
	page
}) => {
	await open(page, '/wuensche');
	await startHelping(page, 'Ben');
	await page.getByRole('button', { name: 'Neuer Wunsch' }).click();
	await page.getByRole('radio', { name: 'Schreiben' }).check();
	const words = page.getByLabel('Mein Wunsch in meinen Worten');
	await words.fill('Ich will malen.');
	await page.getByLabel('Idee von Ben').fill('Einen Malkurs im Quartier');
	await page.getByRole('button', { name: 'Idee speichern' }).click();
	const accept = page.getByRole('button', { name: 'Annehmen' });

	await accept.click();
	const step = page.getByRole('dialog', { name: 'Jetzt entscheiden Sie selbst' });
	await expect(step.getByRole('heading', { name: 'Jetzt entscheiden Sie selbst' })).toBeFocused();
	await expect(step).toContainText(
		'Das wollen Sie jetzt: Die Idee von Ben zu Ihren Worten nehmen: Einen Malkurs im Quartier'
	);
	await expectNoAxeViolations(page, 'person confirms an idea');
	await step.getByRole('button', { name: 'Nein' }).click();
	await expect(step).toBeHidden();
	await expect(accept).toBeFocused();
	await expect(page.getByRole('status')).toHaveText('Die Idee wartet noch. Ihre Worte bleiben so.');
	await expect(words).toHaveValue('Ich will malen.');

	await accept.click();
	await step.getByRole('button', { name: 'Ja, ich will das' }).click();
	await expect(words).toHaveValue('Ich will malen.\nEinen Malkurs im Quartier');
	await expect(page.getByText('Idee von Ben: Einen Malkurs im Quartier')).toHaveCount(0);
	await page.reload();
	await expect(words).toHaveValue('Ich will malen.\nEinen Malkurs im Quartier');
});

test('with a helper, the backup waits for the person’s own yes on a screen of its own', async ({
	page
}) => {
	const downloads: string[] = [];
	page.on('download', (download) => downloads.push(download.suggestedFilename()));
	await open(page, '/einstellungen');
	await startHelping(page, 'Mama');

	const save = page.getByRole('button', { name: 'Alles sichern' });
	await save.click();
	const step = page.getByRole('dialog', { name: 'Jetzt entscheiden Sie selbst' });
	await expect(step).toBeVisible();
	await expect(step.getByRole('heading', { name: 'Jetzt entscheiden Sie selbst' })).toBeFocused();
	await expect(step).toContainText('Das wollen Sie jetzt: Alles sichern');
	await expectNoAxeViolations(page, 'person confirms');
	await step.getByRole('button', { name: 'Nein' }).click();
	await expect(step).toBeHidden();
	await expect(save).toBeFocused();
	await expect(page.getByRole('status')).toHaveText('Die Sicherung ist abgebrochen.');
	expect(downloads).toEqual([]);

	await save.click();
	const download = page.waitForEvent('download');
	await step.getByRole('button', { name: 'Ja, ich will das' }).click();
	expect((await download).suggestedFilename()).toMatch(/^nahbei-sicherung-.*\.json$/);
});

test('without a helper, the backup needs no extra step', async ({ page }) => {
	await open(page, '/einstellungen');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Alles sichern' }).click();
	await download;
	await expect(page.getByRole('dialog')).toHaveCount(0);
});

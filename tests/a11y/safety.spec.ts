import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, open } from '../support/app';

test('a protected backup passes axe in English and dark: the words shown, then asked for', async ({
	page
}, info) => {
	await open(page, '/einstellungen');
	await page.getByRole('radio', { name: 'English' }).check();
	await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
	await page.getByRole('radio', { name: 'Dark' }).check();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.getByRole('checkbox', { name: 'Protect with a password' }).check();
	await expect(page.getByRole('group', { name: 'The password for this backup:' })).toBeVisible();
	await expectNoAxeViolations(page, 'passphrase shown, en, dark');

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Back up everything' }).click();
	const file = info.outputPath('protected.txt');
	await (await download).saveAs(file);
	await page.getByLabel('Load a backup').setInputFiles(file);
	await expect(page.getByLabel('Password of the backup')).toBeFocused();
	await expectNoAxeViolations(page, 'passphrase asked for, en, dark');
});

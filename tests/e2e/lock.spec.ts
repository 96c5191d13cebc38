import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, open } from '../support/app';
import { readTable } from '../support/database';

async function setLock(page: Page, pin: string) {
	await open(page, '/einstellungen');
	const section = page.getByRole('region', { name: 'Appsperre' });
	await expect(section).toContainText('Ihre Daten sind nicht verschlüsselt.');
	await expect(section).toContainText('Vergessen Sie die PIN? Dann müssen Sie alles löschen.');
	await section.getByLabel('Neue PIN').fill(pin);
	await section.getByLabel('PIN noch einmal').fill(pin);
	await section.getByRole('button', { name: 'Appsperre einschalten' }).click();
	await expect(page.getByRole('status')).toHaveText('Die App-Sperre ist an.');
}

/** Pretends the app went into the background and came back. */
async function hideAndShow(page: Page, away: string) {
	const setVisibility = (state: string) =>
		page.evaluate((value) => {
			Object.defineProperty(document, 'visibilityState', { value, configurable: true });
			document.dispatchEvent(new Event('visibilitychange'));
		}, state);
	await setVisibility('hidden');
	await page.clock.fastForward(away);
	await setVisibility('visible');
}

test('a short PIN must be 4 to 8 digits and typed twice the same', async ({ page }) => {
	await open(page, '/einstellungen');
	const section = page.getByRole('region', { name: 'Appsperre' });
	await section.getByLabel('Neue PIN').fill('12');
	await section.getByRole('button', { name: 'Appsperre einschalten' }).click();
	await expect(section.getByText('Die PIN muss 4 bis 8 Ziffern haben.')).toBeVisible();
	await expect(section.getByLabel('Neue PIN')).toBeFocused();
	await section.getByLabel('Neue PIN').fill('1234');
	await section.getByLabel('PIN noch einmal').fill('1243');
	await section.getByRole('button', { name: 'Appsperre einschalten' }).click();
	await expect(section.getByText('Die 2 PINs sind verschieden.')).toBeVisible();
	await expectNoAxeViolations(page, 'app lock settings with an error');
});

test('the app lock asks at start and after a while in the background', async ({ page }) => {
	await page.clock.install();
	await setLock(page, '1357');
	// Only a hash is kept, never the PIN.
	const settings = await readTable(page, 'settings');
	const stored = JSON.stringify(settings.find((row) => row.id === 'app'));
	expect(stored).toContain('"lockPin":{"salt"');
	expect(stored).not.toContain('1357');

	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('nahbei ist gesperrt.');
	await expect(page.getByLabel('Ihre PIN')).toBeFocused();
	await expect(page.getByRole('banner')).toHaveCount(0);
	await expectNoAxeViolations(page, 'lock screen');
	await page.getByLabel('Ihre PIN').fill('0000');
	await page.getByRole('button', { name: 'Entsperren' }).click();
	await expect(
		page.locator('main').getByText('Die PIN ist falsch. Bitte versuchen Sie es noch einmal.')
	).toBeVisible();
	await expectNoAxeViolations(page, 'lock screen with a wrong PIN');
	await page.getByLabel('Ihre PIN').fill('1357');
	await page.getByRole('button', { name: 'Entsperren' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Einstellungen');

	// A short look away does not lock; 5 minutes do.
	await hideAndShow(page, '00:30');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Einstellungen');
	await hideAndShow(page, '05:00');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('nahbei ist gesperrt.');
});

test('a forgotten PIN: only deleting everything opens the app again', async ({ page }) => {
	await setLock(page, '2580');
	await page.getByRole('radio', { name: 'Dunkel' }).check();
	await page.reload();
	await page.getByRole('button', { name: 'PIN vergessen?' }).click();
	await expect(page.getByText('Dann hilft nur: alles löschen.')).toBeVisible();
	await expectNoAxeViolations(page, 'lock screen, PIN forgotten');
	await page.getByRole('button', { name: 'Alles löschen' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Willkommen bei nahbei.');
	await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'dark');
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Willkommen bei nahbei.');
});

test('the lock is removed only with the PIN', async ({ page }) => {
	await setLock(page, '8642');
	await page.reload();
	await page.getByLabel('Ihre PIN').fill('8642');
	await page.getByRole('button', { name: 'Entsperren' }).click();
	const section = page.getByRole('region', { name: 'Appsperre' });
	await section.getByLabel('Ihre PIN').fill('1111');
	await section.getByRole('button', { name: 'Appsperre ausschalten' }).click();
	await expect(section.getByText('Die PIN ist falsch.')).toBeVisible();
	await section.getByLabel('Ihre PIN').fill('8642');
	await section.getByRole('button', { name: 'Appsperre ausschalten' }).click();
	await expect(page.getByRole('status')).toHaveText('Die App-Sperre ist aus.');
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Einstellungen');
});

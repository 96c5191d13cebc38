import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, open } from '../support/app';
import { staffPin, startVisit, turnOnKiosk } from '../support/kiosk';

test('during a kiosk visit the Quartier editor opens only with the staff PIN', async ({ page }) => {
	test.slow();
	await turnOnKiosk(page);
	await startVisit(page);
	await open(page, '/quartier');
	await expect(page.getByRole('heading', { name: 'Nur für Mitarbeitende' })).toBeVisible();
	// Nothing of the editor shows before the PIN.
	await expect(page.getByRole('heading', { level: 2 })).toHaveCount(1);
	await expectNoAxeViolations(page, 'quartier PIN gate');
	const pin = page.getByLabel('Geheim-Zahl für Mitarbeitende');
	await pin.fill('1111');
	await page.getByRole('button', { name: 'Seite öffnen' }).click();
	await expect(page.locator('#quartier-pin-error')).toHaveText('Die Geheim-Zahl ist falsch.');
	await expect(pin).toBeFocused();
	await expectNoAxeViolations(page, 'quartier PIN gate, wrong PIN');
	await pin.fill(staffPin);
	await page.getByRole('button', { name: 'Seite öffnen' }).click();
	await expect(page.getByRole('heading', { name: 'Nur für Mitarbeitende' })).toHaveCount(0);
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
	// Leaving the page closes it again.
	await open(page, '/quartier');
	await expect(page.getByRole('heading', { name: 'Nur für Mitarbeitende' })).toBeVisible();
});

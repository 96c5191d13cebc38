import { expect, test } from '@playwright/test';
import {
	expectNoAxeViolations,
	expectNoAxeViolationsInEveryTheme,
	open,
	waitForApp,
	onScreen
} from '../support/app';
import { startVisit, turnOnKiosk } from '../support/kiosk';

test('the kiosk set-up passes axe, also with a refused PIN', async ({ page }) => {
	await page.goto('/?kiosk=1');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Treffpunkt-Gerät einrichten');
	await expectNoAxeViolations(page, 'kiosk set-up');
	await page.getByLabel('Neue PIN für Mitarbeitende').fill('12');
	await page.getByRole('button', { name: 'Treffpunktgerät einschalten' }).click();
	await expect(page.getByText('Die PIN muss 4 bis 8 Ziffern haben.')).toBeVisible();
	await expect(page.getByLabel('Neue PIN für Mitarbeitende')).toBeFocused();
	await expectNoAxeViolations(page, 'kiosk set-up with a refused PIN');
});

test('welcome, question and end of the visit pass axe, in every theme', async ({ page }) => {
	// Five states, each through axe in three themes.
	test.slow();
	await page.clock.install();
	await turnOnKiosk(page);
	await expectNoAxeViolationsInEveryTheme(page, 'kiosk welcome');
	await startVisit(page);
	await open(page, '/einstellungen');
	await expectNoAxeViolationsInEveryTheme(page, 'kiosk staff settings');
	await open(page, '/');
	await expectNoAxeViolationsInEveryTheme(page, 'kiosk visit with mark and Fertig');
	await page.clock.fastForward('03:00');
	await expect(page.getByRole('dialog', { name: 'Sind Sie noch da?' })).toBeVisible();
	await expectNoAxeViolationsInEveryTheme(page, 'kiosk question');
	await page.clock.fastForward('01:00');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ihr Besuch ist zu Ende.');
	await expectNoAxeViolationsInEveryTheme(page, 'kiosk end of visit');
});

test('a theme chosen during a kiosk visit applies to the visit', async ({ page }) => {
	await turnOnKiosk(page);
	await startVisit(page);
	await open(page, '/einstellungen');
	await page.getByRole('radio', { name: 'Starker Kontrast', exact: true }).check();
	await open(page, '/');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
	await expectNoAxeViolations(page, 'kiosk visit in the high-contrast theme');
});

test('the helper form in the header passes axe when open and with its error', async ({ page }) => {
	await page.goto('/');
	await waitForApp(page);
	await page.getByRole('banner').getByRole('button', { name: 'Hilfemodus starten' }).click();
	await expectNoAxeViolations(page, 'helper form open');
	await page.getByRole('button', { name: 'Hilfemodus starten' }).last().click();
	await expect(onScreen(page, 'Bitte schreiben Sie einen Namen.')).toBeVisible();
	await expectNoAxeViolations(page, 'helper form error');
});

import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, open } from '../support/app';
import { leftovers, staffPin, startVisit, turnOnKiosk } from '../support/kiosk';

// After the 5th wrong try in a row: 30 s, then twice as long each time, up to 1 hour.
const waitAfter = (failures: number) =>
	failures < 5 ? 0 : Math.min(30_000 * 2 ** (failures - 5), 3_600_000);

/**
 * Types 10 wrong PINs, each as soon as the wait of the one before is over, and checks that the
 * wait is said from the 5th on. The 10th leaves a wait of 16 minutes.
 */
async function tenWrongPins(
	page: Page,
	field: Locator,
	submit: Locator,
	pass: (ms: number) => Promise<void> = (ms) => page.clock.fastForward(ms)
) {
	for (let failures = 1; failures <= 10; failures++) {
		await field.fill('0000');
		await submit.click();
		if (failures < 5) {
			await expect(page.locator('main').getByText(/Die PIN ist falsch\./)).toBeVisible();
		} else {
			await expect(
				page.locator('main').getByText(/Die PIN war zu oft falsch\. Bitte warten Sie noch/)
			).toBeVisible();
		}
		await expect(field).toBeFocused();
		if (failures < 10) await pass(waitAfter(failures));
	}
	await expect(
		page
			.locator('main')
			.getByText(
				'Die PIN war zu oft falsch. Bitte warten Sie noch 16 Minuten. Dann können Sie es wieder versuchen.'
			)
	).toBeVisible();
}

test('the app lock: after 10 wrong PINs even the right one waits, also after a reload', async ({
	page
}) => {
	// 11 PIN checks of 600,000 hash rounds each, and axe.
	test.slow();
	await page.clock.install();
	await open(page, '/einstellungen');
	const section = page.getByRole('region', { name: 'Appsperre' });
	await section.getByLabel('Neue PIN').fill('1357');
	await section.getByLabel('PIN noch einmal').fill('1357');
	await section.getByRole('button', { name: 'Appsperre einschalten' }).click();
	await expect(page.getByRole('status')).toHaveText('Die App-Sperre ist an.');
	await page.reload();

	const field = page.getByLabel('Ihre PIN');
	const unlock = page.getByRole('button', { name: 'Entsperren' });
	await tenWrongPins(page, field, unlock);
	await expect(field).toHaveAccessibleDescription(/Bitte warten Sie noch 16 Minuten/);
	await expectNoAxeViolations(page, 'lock screen during a wait');

	await field.fill('1357');
	await unlock.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('nahbei ist gesperrt.');
	await expect(page.locator('main').getByText(/Bitte warten Sie noch 16 Minuten/)).toBeVisible();

	await page.reload();
	await expect(page.locator('main').getByText(/Bitte warten Sie noch 16 Minuten/)).toBeVisible();
	await field.fill('1357');
	await unlock.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('nahbei ist gesperrt.');

	// The time left counts down on the screen.
	await page.clock.fastForward('15:10');
	await expect(
		page.locator('main').getByText(/Bitte warten Sie noch [1-5]?[0-9] Sekunden?\./)
	).toBeVisible();
	await page.clock.fastForward('01:00');
	await expect(page.locator('main').getByText(/Bitte warten Sie noch/)).toHaveCount(0);
	await field.fill('1357');
	await unlock.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Einstellungen');
});

/**
 * Lets time pass at the kiosk in steps shorter than its 3 minutes of quiet, with a key press
 * after each, so the visit goes on while the staff PIN waits.
 */
async function passDuringVisit(page: Page, ms: number) {
	for (let left = ms; left > 0; left -= 120_000) {
		await page.clock.fastForward(Math.min(left, 120_000));
		await page.keyboard.press('Shift');
	}
}

test('the staff PIN: settings stay closed during a visit, and 10 wrong PINs make even the right one wait', async ({
	page
}) => {
	// 11 PIN checks of 600,000 hash rounds each, and axe.
	test.slow();
	await page.clock.install();
	await turnOnKiosk(page);
	await startVisit(page);
	await open(page, '/einstellungen');
	const staff = page.getByRole('region', { name: /Treffpunkt-?[Gg]erät/ });
	await expect(staff.getByText('Diese Einstellungen sind nur für Mitarbeitende.')).toBeVisible();
	await expect(staff.getByRole('button', { name: /ausschalten/ })).toHaveCount(0);
	await expect(staff.getByRole('button', { name: 'Zeiten speichern' })).toHaveCount(0);
	await expect(staff.getByRole('combobox')).toHaveCount(0);

	const field = staff.getByLabel('PIN für Mitarbeitende');
	const openButton = staff.getByRole('button', { name: 'Einstellungen öffnen' });
	await tenWrongPins(page, field, openButton, (ms) => passDuringVisit(page, ms));
	await expectNoAxeViolations(page, 'staff settings during a wait');
	await field.fill(staffPin);
	await openButton.click();
	await expect(staff.getByText(/Bitte warten Sie noch 16 Minuten/)).toBeVisible();
	await expect(staff.getByRole('button', { name: /ausschalten/ })).toHaveCount(0);

	// Neither a reload nor the end of the visit gives fresh tries.
	await page.reload();
	await expect(staff.getByText(/Bitte warten Sie noch 16 Minuten/)).toBeVisible();
	await page.getByRole('button', { name: 'Fertig' }).click();
	await page.getByRole('button', { name: 'Alles löschen und beenden' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Willkommen am Treffpunkt.');
	expect((await leftovers(page)).local.sort()).toEqual([
		'nahbei.kiosk',
		'nahbei.kiosk.pin-attempts'
	]);
	await startVisit(page);
	await open(page, '/einstellungen');
	await field.fill(staffPin);
	await openButton.click();
	await expect(staff.getByText(/Bitte warten Sie noch 16 Minuten/)).toBeVisible();

	await passDuringVisit(page, 16 * 60_000);
	await field.fill(staffPin);
	await openButton.click();
	await expect(staff.getByLabel(/Sind Sie noch da/)).toBeFocused();
	await expect(staff.getByRole('button', { name: /ausschalten/ })).toBeVisible();
	expect((await leftovers(page)).local).not.toContain('nahbei.kiosk.pin-attempts');
	await expectNoAxeViolations(page, 'staff settings opened');
});

import { expect, test } from '@playwright/test';
import { encryptWithPassphrase } from '../../src/lib/sharing/envelope';
import { expectNoAxeViolationsInEveryTheme, open } from '../support/app';
import { goToShareStep, seedShareData } from '../support/share';

test('Teilen passes axe while choosing, printing and with a sequence of QR codes, in every theme', async ({
	page
}) => {
	// Five states, each through axe in three themes.
	test.slow();
	await open(page, '/teilen');
	await seedShareData(page, 'Frau Yılmaz', { plan: true });
	await open(page, '/teilen');
	await expectNoAxeViolationsInEveryTheme(page, 'teilen Lotse step');
	await goToShareStep(page, 'Was möchten Sie schicken\\?');
	await page.getByRole('checkbox', { name: /Ayşe Öztürk/ }).check();
	await expectNoAxeViolationsInEveryTheme(page, 'teilen choosing');
	await goToShareStep(page, 'Das schicken Sie');
	await expectNoAxeViolationsInEveryTheme(page, 'teilen preview');
	await goToShareStep(page, 'Wie möchten Sie schicken\\?');

	await page.getByRole('radio', { name: 'Auf Papier drucken' }).check();
	await page.getByRole('button', { name: 'An Frau Yılmaz schicken' }).click();
	await expect(
		page.getByRole('heading', { name: 'Die Seite zum Drucken ist fertig.' })
	).toBeFocused();
	await expect(page.getByRole('article')).toHaveCount(3);
	await expectNoAxeViolationsInEveryTheme(page, 'teilen print');

	await page.getByRole('button', { name: 'Noch einmal schicken' }).click();
	await expect(page.getByRole('heading', { name: /^Schritt 2 von 4/ })).toBeFocused();
	await page.getByLabel('Eine kurze Nachricht').fill('Bitte rufen Sie mich an. '.repeat(30));
	await goToShareStep(page, 'Wie möchten Sie schicken\\?');
	await page.getByRole('radio', { name: 'Als QR-Code zum Fotografieren' }).check();
	await page.getByRole('button', { name: 'An Frau Yılmaz schicken' }).click();
	// Too much for one QR code: it comes as a sequence of codes, one part at a time.
	await expect(page.getByRole('heading', { name: 'Die Codes sind fertig.' })).toBeFocused();
	await expect(page.getByRole('heading', { name: /^Teil 1 von \d$/ })).toBeVisible();
	await expectNoAxeViolationsInEveryTheme(page, 'teilen QR parts');
});

test.describe('with the service worker', () => {
	// Offline, the service worker serves the app.
	test.use({ serviceWorkers: 'allow' });

	test('the whole share works offline and by keyboard alone', async ({ page, context }) => {
		await open(page, '/teilen');
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
		});
		await seedShareData(page);
		await context.setOffline(true);
		await open(page, '/teilen?schritt=4');
		const send = page.getByRole('button', { name: 'An Frau Yılmaz schicken' });
		await page.getByRole('radio', { name: 'Als Datei mit Passwort' }).focus();
		await page.keyboard.press('ArrowDown');
		await expect(page.getByRole('radio', { name: 'Als QR-Code zum Fotografieren' })).toBeChecked();
		await page.keyboard.press('Tab');
		await expect(send).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { name: 'Der QR-Code ist fertig.' })).toBeFocused();
		await expect(
			page.getByText(/an Frau Yılmaz geschickt: 3 Wünsche\. Als QR-Code\./)
		).toBeVisible();
		// Deleting the note by keyboard moves focus to the log's heading.
		await page.getByRole('button', { name: 'Notiz löschen' }).focus();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { name: 'Das haben Sie geschickt' })).toBeFocused();
		await expect(page.getByText('Die Liste mit geschickten Sachen ist noch leer.')).toBeVisible();
	});
});

test('Für Lotsen passes axe with kept shares, in every theme', async ({ page }) => {
	// Two states, each through axe in three themes.
	test.slow();
	const envelope = await encryptWithPassphrase(
		[
			'nahbei-share',
			1,
			'lotse',
			'Jürgen',
			'Frau Yılmaz',
			'2026-11-23T10:00:00.000Z',
			'Hallo',
			[],
			[],
			[]
		],
		'Apfel-Haus-Baum-Tisch'
	);
	await open(page, '/lotse');
	await page
		.getByLabel('Datei wählen')
		.setInputFiles({ name: 'teilen.txt', mimeType: 'text/plain', buffer: Buffer.from(envelope) });
	await page.getByLabel('Pass-Wort').fill('apfel haus baum tisch');
	await page.getByRole('button', { name: 'Öffnen' }).click();
	await page.getByRole('button', { name: 'Auf diesem Gerät behalten' }).click();
	await expect(page.getByText('Das ist auf diesem Gerät gespeichert.')).toBeVisible();
	await expectNoAxeViolationsInEveryTheme(page, 'lotse kept share');
	await page.getByRole('button', { name: 'Schließen', exact: true }).click();
	await expect(page.getByRole('button', { name: 'Anzeigen' }).first()).toBeVisible();
	await expectNoAxeViolationsInEveryTheme(page, 'lotse kept list');
});

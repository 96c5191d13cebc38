import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, open } from '../support/app';
import { hasDatabase, putRecords } from '../support/database';
import { goToShareStep, readQrImage, seedShareData, seededWishes } from '../support/share';

const [swim, cook, dance] = seededWishes;

async function openTeilen(page: Page, lotse: string | null = 'Frau Yılmaz', query = '') {
	await open(page, '/teilen');
	await seedShareData(page, lotse);
	await open(page, `/teilen${query}`);
}

test('Mein Lotse is set once and the share screen speaks to them', async ({ page }) => {
	await openTeilen(page, null);
	await expectNoAxeViolations(page, 'teilen without a Lotse');
	await page.getByRole('button', { name: 'Lotsen speichern' }).click();
	await expect(page.getByLabel('Name von Ihrem Lotsen')).toBeFocused();
	await page.getByLabel('Name von Ihrem Lotsen').fill('Frau Yılmaz');
	await page.getByRole('button', { name: 'Lotsen speichern' }).click();
	await expect(page.getByRole('heading', { name: 'Mein Lotse' })).toBeFocused();
	await expect(page.getByText('Ihr Lotse ist Frau Yılmaz.', { exact: true })).toBeVisible();
	await page.reload();
	await expect(page.getByText('Ihr Lotse ist Frau Yılmaz.', { exact: true })).toBeVisible();
	await goToShareStep(page, 'Wie möchten Sie schicken\\?');
	await expect(page.getByRole('button', { name: 'An Frau Yılmaz schicken' })).toBeVisible();
});

test('a first visit to Teilen stores nothing; Mein Lotse is the first thing it keeps', async ({
	page
}) => {
	await open(page, '/teilen');
	await expect(page.getByRole('button', { name: 'Lotsen speichern' })).toBeVisible();
	// Looking is not storing: the device holds no database yet.
	expect(await hasDatabase(page)).toBe(false);
	await page.getByLabel('Name von Ihrem Lotsen').fill('Herr Becker');
	await page.getByRole('button', { name: 'Lotsen speichern' }).click();
	await expect(page.getByText('Ihr Lotse ist Herr Becker.', { exact: true })).toBeVisible();
	expect(await hasDatabase(page)).toBe(true);
	await page.reload();
	await expect(page.getByText('Ihr Lotse ist Herr Becker.', { exact: true })).toBeVisible();
});

test('Teilen goes in steps; focus goes to each step heading and a reload keeps the step', async ({
	page
}) => {
	await openTeilen(page);
	await expect(
		page.getByRole('heading', { name: 'Schritt 1 von 4 An wen geht es?' })
	).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Das haben Sie geschickt' })).toBeVisible();
	await goToShareStep(page, 'Was möchten Sie schicken\\?');
	await expect(page.getByRole('heading', { name: /^Schritt 2 von 4/ })).toBeFocused();
	await expect(page).toHaveURL(/schritt=2/);
	// The share log stands apart, on the first step.
	await expect(page.getByRole('heading', { name: 'Das haben Sie geschickt' })).toHaveCount(0);
	// The next step is in sight on a phone screen without scrolling far.
	await page.setViewportSize({ width: 390, height: 844 });
	await goToShareStep(page, 'Das schicken Sie');
	await expect(page.getByRole('heading', { name: /^Schritt 3 von 4/ })).toBeFocused();
	await page.reload();
	await expect(
		page.getByRole('heading', { name: /^Schritt 3 von 4 Das schicken Sie/ })
	).toBeVisible();
	await expectNoAxeViolations(page, 'teilen preview step');
	await page.getByRole('button', { name: 'Zurück' }).click();
	await expect(page.getByRole('heading', { name: /^Schritt 2 von 4/ })).toBeFocused();
	await page.goBack();
	await expect(page.getByRole('heading', { name: /^Schritt 3 von 4/ })).toBeFocused();
});

test('two wishes go as a file with a passphrase, and the Lotse sees exactly those two', async ({
	page,
	browser
}, info) => {
	// Four steps, sealing with 600,000 key rounds, and opening again in a second browser.
	test.slow();
	await openTeilen(page);
	await goToShareStep(page, 'Was möchten Sie schicken\\?');
	await expect(page.getByText('Die Liste Meine Menschen ist noch leer.')).toBeVisible();
	await page.getByRole('checkbox', { name: /Alle Wünsche/ }).uncheck();
	await page.getByRole('checkbox', { name: swim.text }).check();
	await page.getByRole('checkbox', { name: cook.text }).check();
	await expectNoAxeViolations(page, 'teilen choosing');
	await goToShareStep(page, 'Das schicken Sie');
	const preview = page.getByRole('region', { name: /Das schicken Sie/ });
	await expect(preview.getByRole('heading', { name: '2 Wünsche' })).toBeVisible();
	await expect(preview.getByText(dance.text)).toHaveCount(0);
	await goToShareStep(page, 'Wie möchten Sie schicken\\?');
	await page.getByRole('button', { name: 'An Frau Yılmaz schicken' }).click();
	const result = page.getByRole('heading', { name: 'Die Datei ist fertig.' });
	await expect(result).toBeFocused();
	const words = await page.locator('.passphrase span').allTextContents();
	expect(words).toHaveLength(4);
	await expectNoAxeViolations(page, 'teilen file ready');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Datei speichern' }).click();
	const file = info.outputPath('teilen.txt');
	await (await download).saveAs(file);
	await expect(page.getByText(/an Frau Yılmaz geschickt: 2 Wünsche/)).toBeVisible();

	const lotseContext = await browser.newContext();
	const lotse = await lotseContext.newPage();
	await open(lotse, '/lotse');
	await expectNoAxeViolations(lotse, 'lotse empty');
	await lotse.getByLabel('Datei wählen').setInputFiles(file);
	await expect(lotse.getByLabel('Pass-Wort')).toBeFocused();
	await expectNoAxeViolations(lotse, 'lotse asks for the passphrase');
	await lotse.getByLabel('Pass-Wort').fill('falsch falsch falsch falsch');
	await lotse.getByRole('button', { name: 'Öffnen' }).click();
	await expect(lotse.getByRole('alert')).toContainText('Das Pass-Wort ist falsch.');
	await expectNoAxeViolations(lotse, 'lotse wrong passphrase');
	// Typed in small letters with spaces: still the same passphrase.
	await lotse.getByLabel('Pass-Wort').fill(words.join(' ').toLowerCase());
	await lotse.getByRole('button', { name: 'Öffnen' }).click();
	await expect(lotse.getByRole('heading', { name: /Geteilt von Jürgen am/ })).toBeFocused();
	const wishes = lotse.getByRole('article');
	await expect(wishes).toHaveCount(2);
	await expect(wishes.filter({ hasText: swim.text })).toHaveCount(1);
	await expect(wishes.filter({ hasText: cook.text })).toHaveCount(1);
	await expect(lotse.getByText(dance.text)).toHaveCount(0);
	await expectNoAxeViolations(lotse, 'lotse share open');

	await lotse.getByRole('button', { name: 'Auf diesem Gerät behalten' }).click();
	await expect(lotse.getByText('Das ist auf diesem Gerät gespeichert.')).toBeVisible();
	await lotse.reload();
	await lotse.getByRole('button', { name: 'Anzeigen' }).click();
	await expect(lotse.getByRole('article')).toHaveCount(2);
	await lotse.getByRole('button', { name: 'Von diesem Gerät löschen' }).click();
	await expect(lotse.getByText('Die Liste ist noch leer.')).toBeVisible();
	await lotseContext.close();
});

test('in helper mode the person confirms on a screen of their own', async ({ page }) => {
	await page.addInitScript(() => sessionStorage.setItem('nahbei.helper', 'Mama'));
	await openTeilen(page, 'Frau Yılmaz', '?schritt=4');
	await page.getByRole('button', { name: 'Weiter zum Bestätigen' }).click();
	await expect(
		page.getByRole('heading', { name: 'Möchten Sie das wirklich schicken?' })
	).toBeFocused();
	await expect(page.getByText('Bitte tippen Sie selbst. Nicht Mama.')).toBeVisible();
	await expectNoAxeViolations(page, 'teilen helper confirm');
	await page.getByRole('button', { name: 'An Frau Yılmaz schicken' }).click();
	await expect(page.getByRole('heading', { name: 'Die Datei ist fertig.' })).toBeFocused();
});

test('a kiosk visitor takes wishes along by QR code and adds them on their own phone', async ({
	page,
	browser
}) => {
	await openTeilen(page, null, '?mitnehmen=1');
	await expect(page.getByRole('heading', { level: 1, name: 'Mitnehmen' })).toBeVisible();
	await expect(page.getByRole('heading', { name: /^Schritt 1 von 3/ })).toBeVisible();
	await page.getByRole('checkbox', { name: /Alle Wünsche/ }).uncheck();
	await page.getByRole('checkbox', { name: cook.text }).check();
	await goToShareStep(page, 'Wie möchten Sie schicken\\?');
	await page.getByRole('button', { name: 'An Ihr Handy schicken' }).click();
	await expect(page.getByRole('heading', { name: 'Der QR-Code ist fertig.' })).toBeFocused();
	await expectNoAxeViolations(page, 'teilen QR code');
	const link = await readQrImage(page, /QR-Code/);
	expect(link).toMatch(/^http:\/\/localhost:\d+\/lotse#k=/);

	const phoneContext = await browser.newContext();
	const phone = await phoneContext.newPage();
	await open(phone, link ?? '');
	await expect(phone.getByRole('heading', { name: /Geteilt am/ })).toBeVisible();
	// The key leaves the address bar as soon as the share is open.
	expect(new URL(phone.url()).hash).toBe('');
	await expect(phone.getByRole('article')).toHaveCount(1);
	await expect(phone.getByRole('article')).toContainText(cook.text);
	await expect(phone.getByText('1 Sache ist neu.')).toBeVisible();
	await expectNoAxeViolations(phone, 'lotse import');
	await phone.getByRole('button', { name: 'Übernehmen' }).click();
	// The page shows it, the live region says it, and focus waits on the next step.
	await expect(
		phone.getByRole('main').getByText('Fertig. Ihre Sachen sind jetzt auf diesem Handy.')
	).toBeVisible();
	await expect(phone.getByRole('link', { name: 'Zu meinen Wünschen' })).toBeFocused();
	await open(phone, '/wuensche');
	await expect(phone.getByText(cook.text)).toBeVisible();
	await phoneContext.close();
});

test('a long share log comes in parts, and Mehr zeigen moves focus to the first new note', async ({
	page
}) => {
	await openTeilen(page);
	const entries = Array.from({ length: 12 }, (_, i) => ({
		id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
		sentAt: new Date(Date.UTC(2026, 10, 1 + i, 9)).toISOString(),
		to: `Lotse ${i + 1}`,
		purpose: 'lotse',
		way: 'file',
		counts: { wishes: 1, people: 0, offers: 0, message: false },
		createdAt: '2026-11-01T09:00:00.000Z',
		updatedAt: '2026-11-01T09:00:00.000Z'
	}));
	await putRecords(page, { shares: entries });
	await open(page, '/teilen');
	const log = page.getByRole('region', { name: 'Das haben Sie geschickt' });
	await expect(log.getByRole('listitem')).toHaveCount(10);
	await log.getByRole('button', { name: '2 weitere Notizen zeigen' }).click();
	await expect(log.getByRole('listitem')).toHaveCount(12);
	await expect(log.getByText(/an Lotse 2 geschickt/)).toBeFocused();
	await expect(log.getByRole('button', { name: /weitere Notiz/ })).toHaveCount(0);
});

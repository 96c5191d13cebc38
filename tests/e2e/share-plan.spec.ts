import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, open } from '../support/app';
import { goToShareStep, plannedOffers, seedShareData, seededWishes } from '../support/share';

const [swim, cook, dance] = seededWishes;

test('a shared planned wish shows its person, offer and authorship to the Lotse in a fresh browser', async ({
	page,
	browser
}, info) => {
	await open(page, '/teilen');
	await seedShareData(page, 'Frau Yılmaz', { plan: true, pictures: true });
	await open(page, '/teilen');
	await goToShareStep(page, 'Was möchten Sie schicken\\?');

	// People go one by one, and only when the person picks them; saved offers one by one too.
	const ayse = page.getByRole('checkbox', { name: /Ayşe Öztürk/ });
	await expect(ayse).not.toBeChecked();
	await ayse.check();
	await expect(
		page.getByRole('checkbox', { name: new RegExp(plannedOffers.saved.name) })
	).toBeChecked();

	await goToShareStep(page, 'Das schicken Sie');
	const preview = page.getByRole('region', { name: /Das schicken Sie/ });
	const planned = preview.getByRole('article').filter({ hasText: swim.text });
	await expect(planned).toContainText('Geschrieben mit Hilfe von Ben');
	await expect(planned).toContainText('So nah ist Ayşe Öztürk: Sehr nah.');
	await expect(planned).toContainText(plannedOffers.linked.name);
	// An answer given with pictures travels as the pictures and their words.
	await expect(planned).toContainText(/Diese Bilder sind dabei: Familie.*Anrufen/);
	await expect(planned).toContainText('So finde ich das: Gut');
	const unconfirmed = preview.getByRole('article').filter({ hasText: cook.text });
	await expect(unconfirmed).toContainText('Noch nicht bestätigt.');
	await expect(preview.getByRole('article').filter({ hasText: dance.text })).not.toContainText(
		'Noch nicht bestätigt.'
	);
	// The phone number of a person never leaves the device.
	await expect(preview).not.toContainText('0170');

	await goToShareStep(page, 'Wie möchten Sie schicken\\?');
	await page.getByRole('button', { name: 'An Frau Yılmaz schicken' }).click();
	await expect(page.getByRole('heading', { name: 'Die Datei ist fertig.' })).toBeFocused();
	const words = await page.locator('.passphrase span').allTextContents();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Datei speichern' }).click();
	const file = info.outputPath('plan.txt');
	await (await download).saveAs(file);

	const lotseContext = await browser.newContext();
	const lotse = await lotseContext.newPage();
	await open(lotse, '/lotse');
	await lotse.getByLabel('Datei wählen').setInputFiles(file);
	await lotse.getByLabel('Pass-Wort').fill(words.join(' '));
	await lotse.getByRole('button', { name: 'Öffnen' }).click();
	await expect(lotse.getByRole('heading', { name: /Geteilt von Jürgen am/ })).toBeFocused();
	const wish = lotse.getByRole('article').filter({ hasText: swim.text });
	await expect(wish).toContainText('Geschrieben mit Hilfe von Ben');
	await expect(wish).toContainText('So nah ist Ayşe Öztürk: Sehr nah.');
	await expect(wish).toContainText(plannedOffers.linked.name);
	await expect(wish).toContainText('Uhr');
	await expect(wish).toContainText('Ich rufe an.');
	await expect(wish).toContainText(/Diese Bilder sind dabei: Familie.*Anrufen/);
	await expect(wish).toContainText('So finde ich das: Gut');
	await expect(lotse.getByRole('article').filter({ hasText: cook.text })).toContainText(
		'Noch nicht bestätigt.'
	);
	await expect(lotse.getByRole('heading', { name: '1 Mensch' })).toBeVisible();
	await expect(lotse.getByText('Ayşe Öztürk – Freunde und Nachbarn – Sehr nah')).toBeVisible();
	await expect(lotse.getByRole('heading', { name: '2 Angebote' })).toBeVisible();
	await expect(lotse.getByText(plannedOffers.saved.name)).toBeVisible();
	await expectNoAxeViolations(lotse, 'lotse planned wish');
	await lotseContext.close();
});

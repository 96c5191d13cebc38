import { expect, test } from '@playwright/test';
import { open } from '../support/app';
import { manyPeople } from '../support/big-network';
import { putRecords } from '../support/database';
import { goToShareStep, plannedOffers, seedShareData, seededWishes } from '../support/share';

const [swim, cook] = seededWishes;

test('Teilen keeps the chosen wishes, people, offers, message and way across a reload', async ({
	page
}) => {
	await open(page, '/teilen');
	await seedShareData(page, 'Frau Yılmaz', { plan: true });
	await open(page, '/teilen');
	await goToShareStep(page, 'Was möchten Sie schicken\\?');
	await page.getByRole('checkbox', { name: /Alle Wünsche/ }).uncheck();
	await page.getByRole('checkbox', { name: cook.text }).check();
	await page.getByRole('checkbox', { name: /Ayşe Öztürk/ }).check();
	await page.getByRole('checkbox', { name: new RegExp(plannedOffers.saved.name) }).uncheck();
	await page.getByLabel('Eine kurze Nachricht').fill('Bis Montag.');
	await goToShareStep(page, 'Wie möchten Sie schicken\\?');
	await page.getByRole('radio', { name: /Als QR-Code/ }).check();

	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-started');
	await expect(page.getByRole('radio', { name: /Als QR-Code/ })).toBeChecked();
	await page
		.getByRole('navigation', { name: 'Schritte' })
		.getByRole('button', { name: 'Zurück' })
		.click();
	const preview = page.getByRole('region', { name: /Das schicken Sie/ });
	await expect(preview.getByRole('article')).toHaveCount(1);
	await expect(preview.getByRole('article')).toContainText(cook.text);
	await expect(preview).not.toContainText(swim.text);
	await expect(preview).toContainText('Ayşe Öztürk');
	await expect(preview).toContainText('Bis Montag.');
	await expect(preview).not.toContainText(plannedOffers.saved.name);

	await page.reload();
	await page
		.getByRole('navigation', { name: 'Schritte' })
		.getByRole('button', { name: 'Zurück' })
		.click();
	await expect(page.getByRole('checkbox', { name: /Alle Wünsche/ })).not.toBeChecked();
	await expect(page.getByRole('checkbox', { name: cook.text })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: swim.text })).not.toBeChecked();
	await expect(page.getByRole('checkbox', { name: /Ayşe Öztürk/ })).toBeChecked();
	await expect(page.getByLabel('Eine kurze Nachricht')).toHaveValue('Bis Montag.');
});

test('a long list of people to share comes 30 at a time, and what is chosen stays', async ({
	page
}) => {
	await open(page, '/teilen');
	await seedShareData(page, 'Frau Yılmaz');
	await putRecords(page, { people: manyPeople(40, 'friends') });
	await open(page, '/teilen');
	await goToShareStep(page, 'Was möchten Sie schicken\\?');
	const people = page.getByRole('group', { name: /Meine Menschen/ });
	await expect(people.getByRole('checkbox')).toHaveCount(30);
	await expect(people.getByText(/^Sie sehen 30 von \d+\.$/)).toBeVisible();
	await people.getByRole('button', { name: /^\d+ weitere zeigen$/ }).click();
	await expect(people.getByRole('checkbox').nth(30)).toBeFocused();
	await expect(people.getByRole('button', { name: /weitere zeigen$/ })).toHaveCount(0);
	await expect(people.getByRole('checkbox', { name: /Mensch 040/ })).toBeVisible();
});

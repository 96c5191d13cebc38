// "In meiner Nähe": offers sorted by distance from a street the person types, or from the
// device's position once the person asks; distances in easy words; nothing leaves the device.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, open } from '../support/app';

const results = (page: import('@playwright/test').Page) =>
	page.getByRole('region', { name: /Angebote? gefunden/ });

test('a street the person types sorts the nearest offers first, with their distance', async ({
	page
}) => {
	await open(page, '/angebote');
	await expect(page.getByRole('heading', { level: 2, name: /gefunden/ })).toBeVisible();
	await page.getByRole('button', { name: 'In meiner Nähe' }).click();
	await page.getByRole('radio', { name: 'Von einer Post-Leitzahl oder Straße' }).check();
	const place = page.getByRole('textbox', { name: 'Post-Leitzahl oder Straße' });
	await place.fill('Xylophonweg 3');
	await page.getByRole('button', { name: 'Nach Entfernung sortieren' }).click();
	await expect(page.getByText('Dieser Ort fehlt in den Angeboten.')).toBeVisible();
	await expect(place).toBeFocused();
	await expectNoAxeViolations(page, 'offers: near me with an unknown place');

	await place.fill('Schlehenweg 2');
	await page.getByRole('button', { name: 'Nach Entfernung sortieren' }).click();
	await expect(page.getByRole('heading', { level: 2, name: /gefunden/ })).toBeFocused();
	const first = results(page).getByRole('listitem').first();
	await expect(first.getByRole('heading', { level: 3 })).toHaveText('Gemeinschafts-Garten');
	await expect(first).toContainText('Das Angebot ist etwa 50 Meter weit weg.');
	await expect(first).toContainText('Sie gehen etwa 1 Minute zu Fuß.');
	await expect(page.getByText(/in der Nähe von: Schlehenweg 2/)).toBeVisible();
	await expectNoAxeViolations(page, 'offers: sorted by distance');

	await page.getByRole('button', { name: 'Wieder nach Namen sortieren' }).click();
	await expect(results(page).getByText(/weit weg/)).toHaveCount(0);
});

test.describe('from the device position', () => {
	test.use({ geolocation: { latitude: 53.5612, longitude: 9.9321 }, permissions: ['geolocation'] });

	test('the device is asked only after the person chose it, and sorts from there', async ({
		page
	}) => {
		await open(page, '/angebote');
		await expect(page.getByRole('heading', { level: 2, name: /gefunden/ })).toBeVisible();
		await page.getByRole('button', { name: 'In meiner Nähe' }).click();
		await page.getByRole('radio', { name: /Von meinem Standort/ }).check();
		await page.getByRole('button', { name: 'Nach Entfernung sortieren' }).click();
		const first = results(page).getByRole('listitem').first();
		await expect(first).toContainText('Das Angebot ist etwa 50 Meter weit weg.');
		await expect(page.getByText(/in der Nähe von: Von meinem Standort/)).toBeVisible();
	});
});

import { expect, test } from '@playwright/test';
import { open } from '../support/app';

test('a setting changed in one tab shows in the other tab too', async ({ page, context }) => {
	await open(page, '/einstellungen');
	// A first choice creates the database, so the second tab reads it from the start.
	await page
		.getByRole('group', { name: 'Schriftgröße' })
		.getByLabel('Groß', { exact: true })
		.check();
	await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');

	const other = await context.newPage();
	await open(other, '/');
	await expect(other.locator('html')).toHaveAttribute('data-text-size', 'large');

	await page.getByRole('group', { name: 'Schriftgröße' }).getByLabel('Sehr groß').check();
	await expect(page.locator('html')).toHaveAttribute('data-text-size', 'very-large');
	await expect(other.locator('html')).toHaveAttribute('data-text-size', 'very-large');
});

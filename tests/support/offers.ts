import { expect, type Page } from '@playwright/test';
import { open } from './app';

/** Keeps the first offer about food with "Merken", as a person does, and returns its name. */
export async function keepAnOffer(page: Page): Promise<string> {
	await open(page, '/angebote?kategorie=essen');
	await page
		.getByRole('region', { name: /gefunden/ })
		.getByRole('link')
		.first()
		.click();
	// Read the name only once the offer's own page is there.
	await expect(page).toHaveURL(/\/angebote\/[0-9a-f-]{36}$/);
	const merken = page.getByRole('button', { name: 'Merken' });
	await expect(merken).toBeVisible();
	const name = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
	await merken.click();
	await expect(merken).toHaveAttribute('aria-pressed', 'true');
	return name;
}

// A whole city's catalogue: 5,000 offers on the device. The list draws 50 cards at a time,
// "Mehr Angebote zeigen" goes on where the person was, and search answers while typing.
import { expect, test, type Page } from '@playwright/test';
import { cityOffers } from '../fixtures/city.js';
import { open } from '../support/app';
import { putRecords } from '../support/database';

const COUNT = 5000;
// The 49 offers of the shipped catalogue stay beside the city's.
const TOTAL = COUNT + 49;

// Storing 5,000 offers and the first visit take a while on a busy machine.
test.describe.configure({ timeout: 180_000 });

function resultsRegion(page: Page) {
	return page.getByRole('region', { name: /Angebote? gefunden/ });
}

async function openCity(page: Page) {
	await open(page, '/angebote');
	// The first visit stores the shipped catalogue; on a busy machine that can take a while.
	await expect(resultsRegion(page)).toBeVisible({ timeout: 60_000 });
	// Seeded from a quiet page, so the offers page does not follow 5,000 writes.
	await open(page, '/hilfe');
	await putRecords(page, { offers: cityOffers(COUNT) });
	await open(page, '/angebote');
	await expect(
		page.getByRole('heading', { level: 2, name: `${TOTAL} Angebote gefunden` })
	).toBeVisible({ timeout: 60_000 });
}

test('5,000 offers: 50 cards are drawn, the page says how many of how many, and "Mehr Angebote zeigen" by keyboard moves focus to the first new card', async ({
	page
}) => {
	await openCity(page);
	const region = resultsRegion(page);
	await expect(region.getByRole('listitem')).toHaveCount(50);
	await expect(region.getByRole('heading', { level: 3 })).toHaveCount(50);
	await expect(region.getByText(`Sie sehen 50 von ${TOTAL} Angeboten.`)).toBeVisible();
	await expect(region.getByRole('button', { name: 'Mehr Angebote zeigen' })).toBeVisible();

	const links = region.getByRole('listitem').getByRole('link');
	const more = region.getByRole('button', { name: 'Mehr Angebote zeigen' });
	await more.focus();
	await page.keyboard.press('Enter');
	await expect(region.getByRole('listitem')).toHaveCount(100);
	await expect(links.nth(50)).toBeFocused();
	await expect(region.getByText(`Sie sehen 100 von ${TOTAL} Angeboten.`)).toBeVisible();
	// Tab goes on from the new card, not from the top of the page.
	await page.keyboard.press('Tab');
	await expect(links.nth(51)).toBeFocused();
});

test('results follow the typing, without Enter, and are announced once typing pauses; after a search, focus lands on the results heading, not behind the category tiles', async ({
	page
}) => {
	await openCity(page);
	const search = page.getByRole('searchbox', { name: 'Angebot suchen' });
	const heading = page.getByRole('heading', { level: 2, name: /Angebote? gefunden/ });
	await search.pressSequentially('Schwimmbad');
	const first = resultsRegion(page).getByRole('heading', { level: 3 }).first();
	await expect(first).toHaveText(/Schwimm/);
	await expect(heading).not.toHaveText(`${TOTAL} Angebote gefunden`);
	await expect(page.getByRole('status')).toHaveText(/Angebote? gefunden/);
	await expect(page).toHaveURL(/suche=Schwimmbad/);

	// An empty search shows every offer again; then a search with Enter.
	await search.fill('');
	await expect(heading).toHaveText(`${TOTAL} Angebote gefunden`);
	await search.fill('Tafel');
	await search.press('Enter');
	await expect(heading).toBeFocused();
	await expect(heading).not.toHaveText(`${TOTAL} Angebote gefunden`);
	await page.keyboard.press('Tab');
	await expect(resultsRegion(page).getByRole('link').first()).toBeFocused();
});

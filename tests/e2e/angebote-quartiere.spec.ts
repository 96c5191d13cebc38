// A city with several Quartiere: the first visit asks for one (by name or postcode), the choice
// is remembered, another can be chosen later, and reading a Quartier's file shows its progress
// with a stop that keeps the offers there were.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, open } from '../support/app';

// The app's service worker would answer from its cache; these files come from the test.
test.use({ serviceWorkers: 'block' });

const shipped = JSON.parse(readFileSync('static/data/angebote.json', 'utf8'));
const osterbrook = {
	...shipped,
	nahbei: { stand: '2026-11-25', quartier: 'Osterbrook' },
	contents: shipped.contents.slice(0, 3)
};
const index = {
	quartiere: [
		{
			id: 'lindenhof',
			name: 'Lindenhof',
			area: 'Altona',
			postcodes: ['22767', '22769'],
			file: '/data/angebote.json',
			stand: shipped.nahbei.stand,
			bytes: 1,
			offers: shipped.contents.length
		},
		{
			id: 'osterbrook',
			name: 'Osterbrook',
			area: 'Hamm',
			postcodes: ['20537'],
			file: '/data/osterbrook.json',
			stand: '2026-11-25',
			bytes: 1,
			offers: 3
		}
	]
};

/** Serves the city's index and Osterbrook's file; the file waits for `release` when held. */
async function serveCity(page: Page, { hold = false } = {}) {
	let release = () => {};
	const held = hold ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve();
	await page.context().route('**/data/quartiere.json', (route) => route.fulfill({ json: index }));
	await page.context().route('**/data/osterbrook.json*', async (route) => {
		await held;
		await route.fulfill({ json: osterbrook }).catch(() => {});
	});
	return { release: () => release() };
}

const found = (page: Page, count: number) =>
	page.getByRole('heading', { level: 2, name: `${count} Angebote gefunden` });

test('the first visit asks for the Quartier, by postcode, and remembers it', async ({ page }) => {
	await serveCity(page);
	await open(page, '/angebote');
	await expect(
		page.getByRole('heading', { level: 2, name: 'Wählen Sie Ihr Quartier' })
	).toBeVisible();
	await expect(page.getByRole('radio')).toHaveCount(2);
	await expectNoAxeViolations(page, 'offers: choose a Quartier');
	await page.getByRole('searchbox', { name: 'Quartier suchen' }).fill('20537');
	await expect(page.getByRole('radio')).toHaveCount(1);
	await page.getByRole('radio', { name: /Osterbrook/ }).check();
	await page.getByRole('button', { name: 'Angebote zeigen' }).click();
	await expect(found(page, 3)).toBeFocused();
	await expect(page.getByText('Das Quartier heißt: Osterbrook')).toBeVisible();
	await page.reload();
	await expect(found(page, 3)).toBeVisible();
	await expect(page.getByRole('button', { name: 'Anderes Quartier wählen' })).toBeVisible();
});

test('without a choice, "Angebote zeigen" asks for one in easy words', async ({ page }) => {
	await serveCity(page);
	await open(page, '/angebote');
	await page.getByRole('searchbox', { name: 'Quartier suchen' }).fill('Eppendorf');
	await expect(page.getByText('Wir finden 0 Quartiere.')).toBeVisible();
	await page.getByRole('searchbox', { name: 'Quartier suchen' }).fill('linden');
	await page.getByRole('button', { name: 'Angebote zeigen' }).click();
	await expect(page.getByText('Bitte wählen Sie ein Quartier.')).toBeVisible();
	await expectNoAxeViolations(page, 'offers: Quartier chooser with its error');
});

test('reading another Quartier shows progress, and a stop keeps the offers there were', async ({
	page
}) => {
	const city = await serveCity(page, { hold: true });
	await open(page, '/angebote');
	await page.getByRole('radio', { name: /Lindenhof/ }).check();
	await page.getByRole('button', { name: 'Angebote zeigen' }).click();
	await expect(found(page, shipped.contents.length)).toBeFocused();

	await page.getByRole('button', { name: 'Anderes Quartier wählen' }).click();
	await page.getByRole('radio', { name: /Osterbrook/ }).check();
	await page.getByRole('button', { name: 'Angebote zeigen' }).click();
	await expect(page.getByRole('progressbar', { name: 'Angebote laden' })).toBeVisible();
	const stop = page.getByRole('button', { name: 'Laden abbrechen' });
	await expect(stop).toBeFocused();
	await expectNoAxeViolations(page, 'offers: a Quartier file is read');
	await stop.press('Enter');
	city.release();
	await expect(page.locator(':focus')).toContainText('Sie haben das Laden abgebrochen.');
	await expect(page.getByRole('progressbar')).toHaveCount(0);
	await expect(found(page, shipped.contents.length)).toBeVisible();
	await expect(page.getByText('Das Quartier heißt: Lindenhof')).toBeVisible();
});

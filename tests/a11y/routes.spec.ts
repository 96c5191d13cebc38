import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, open, routes } from '../support/app';

const themes = [
	{ id: 'light', label: { 'de-x-ls': 'Hell', en: 'Light' } },
	{ id: 'dark', label: { 'de-x-ls': 'Dunkel', en: 'Dark' } },
	{ id: 'contrast', label: { 'de-x-ls': 'Starker Kontrast', en: 'High contrast' } }
] as const;
const languages = [
	{ id: 'de-x-ls', label: 'Leichte Sprache' },
	{ id: 'en', label: 'English' }
] as const;

/** Chooses language and theme the way a person does: on the Einstellungen page. */
async function choose(
	page: Page,
	language: (typeof languages)[number],
	theme: (typeof themes)[number]
) {
	await open(page, '/einstellungen');
	await page.getByRole('radio', { name: language.label }).check();
	await expect(page.locator('html')).toHaveAttribute('lang', language.id === 'en' ? 'en' : 'de');
	await page.getByRole('radio', { name: theme.label[language.id], exact: true }).check();
	await expect(page.locator('html')).toHaveAttribute('data-theme', theme.id);
}

for (const language of languages) {
	for (const theme of themes) {
		test(`every route passes axe in ${language.id} with the ${theme.id} theme`, async ({
			page
		}) => {
			// Every route through axe, each in full: more time than one journey needs.
			test.slow();
			await choose(page, language, theme);
			for (const route of routes) {
				await open(page, route.path);
				await expect(page.locator('html')).toHaveAttribute('data-theme', theme.id);
				await expectNoAxeViolations(page, `${route.path} (${language.id}, ${theme.id})`);
			}
		});
	}
}

test('the read-aloud explanation passes axe when it is open', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
	});
	await open(page, '/');
	await page.getByRole('button', { name: 'Vorlesen geht hier nicht' }).click();
	await expect(page.getByText('Dieses Gerät kann nicht vorlesen.')).toBeVisible();
	await expectNoAxeViolations(page, 'read-aloud explanation open');
});

test('the large and very large text sizes pass axe', async ({ page }) => {
	await open(page, '/einstellungen');
	for (const size of ['Groß', 'Sehr groß']) {
		await page.getByRole('radio', { name: size, exact: true }).check();
		await expectNoAxeViolations(page, `text size ${size}`);
	}
});

test('the storage problem message passes axe', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
	});
	await page.goto('/einstellungen');
	await expect(
		page.getByRole('heading', { name: 'Es gibt ein Problem mit dem Speicher' })
	).toBeVisible();
	await expectNoAxeViolations(page, 'storage problem shown');
});

import { expect, test } from '@playwright/test';
import {
	expectNoAxeViolations,
	expectNoAxeViolationsInEveryTheme,
	open,
	routes,
	onScreen
} from '../support/app';

// Leichte Sprache with the dark theme, English with high contrast: each chosen the way a person
// does, on the Einstellungen page. Every route is then checked in all three themes.
const choices = [
	{ language: 'de-x-ls', languageLabel: 'Leichte Sprache', theme: 'dark', themeLabel: 'Dunkel' },
	{ language: 'en', languageLabel: 'English', theme: 'contrast', themeLabel: 'High contrast' }
] as const;

// Two halves of the routes, so that the two test workers share the work. Einstellungen, where
// the choices are made, comes first in its half: it is checked where it is open already.
const settings = routes.find((route) => route.path === '/einstellungen')!;
const halves = [
	routes.slice(0, 5),
	[settings, ...routes.slice(5).filter((route) => route !== settings)]
];

for (const choice of choices) {
	for (const [half, someRoutes] of halves.entries()) {
		test(`routes, part ${half + 1}, pass axe in ${choice.language}, in every theme`, async ({
			page
		}) => {
			// Every route through axe, each in full: more time than one journey needs.
			test.slow();
			await open(page, '/einstellungen');
			await page.getByRole('radio', { name: choice.languageLabel }).check();
			await expect(page.locator('html')).toHaveAttribute(
				'lang',
				choice.language === 'en' ? 'en' : 'de'
			);
			await page.getByRole('radio', { name: choice.themeLabel, exact: true }).check();
			await expect(page.locator('html')).toHaveAttribute('data-theme', choice.theme);
			for (const route of someRoutes) {
				if (route !== settings) await open(page, route.path);
				await expect(page.locator('html')).toHaveAttribute('data-theme', choice.theme);
				await expectNoAxeViolationsInEveryTheme(page, `${route.path} (${choice.language})`);
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
	await expect(onScreen(page, 'Dieses Gerät kann nicht vorlesen.')).toBeVisible();
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

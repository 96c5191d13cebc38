import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, followLink, open, routes } from '../support/app';
import { chooseLanguage, languages } from '../support/languages';

// Leichte Sprache and English run with every theme in routes.spec.ts.
for (const language of languages.filter(({ id }) => id !== 'de-x-ls' && id !== 'en')) {
	test(`every route passes axe in ${language.id}`, async ({ page }) => {
		// Every route through axe, each in full: more time than one journey needs.
		test.slow();
		await chooseLanguage(page, language);
		for (const route of routes) {
			// The language was chosen on the start page: it is open already. routes.spec.ts loads
			// each route afresh; here the app goes on as after a link, without a new start.
			if (route.path !== '/') await followLink(page, route.path);
			await expect(page.locator('html')).toHaveAttribute('lang', language.lang);
			await expectNoAxeViolations(page, `${route.path} (${language.id})`);
		}
	});
}

test('an open explanation of a hard word passes axe', async ({ page }) => {
	await open(page, '/');
	await page.getByRole('button', { name: 'Quartier', exact: true }).click();
	await expect(page.getByText('Das Quartier ist die Gegend um Ihre Wohnung.')).toBeVisible();
	await expectNoAxeViolations(page, 'hard word open');
});

test('open explanations in the page intros pass axe', async ({ page }) => {
	for (const [path, word] of [
		['/teilen', 'Lotsen'],
		['/menschen', 'Netzwerk'],
		['/quartier', 'QuartierTeam'],
		['/einstellungen', 'Sicherung']
	] as const) {
		await open(page, path);
		const button = page.getByRole('button', { name: word, exact: true });
		await button.click();
		await expect(button).toHaveAttribute('aria-expanded', 'true');
		await expectNoAxeViolations(page, `hard word open on ${path}`);
	}
});

test('the Mediopunkt setting passes axe', async ({ page }) => {
	await open(page, '/einstellungen');
	await page.getByRole('radio', { name: 'Mit Mediopunkt' }).check();
	await expect(page.getByText('Schrift·größe')).toBeVisible();
	await expectNoAxeViolations(page, 'Mediopunkt');
});

test('the Wörterbuch in Arabic passes axe', async ({ page }) => {
	await chooseLanguage(page, languages[4]);
	await open(page, '/hilfe#woerterbuch');
	await expectNoAxeViolations(page, 'Wörterbuch (ar)');
});

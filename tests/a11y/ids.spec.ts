import { expect, test, type Page } from '@playwright/test';
import { open, routes, visit } from '../support/app';
import { seedPeople } from '../support/wishes';

// An id twice on a page breaks every label, description and link that points to it, and axe no
// longer checks for it. So each page state a person can reach is checked here.
async function expectUniqueIds(page: Page, state: string) {
	const twice = await page.evaluate(() => {
		const counts = new Map<string, number>();
		for (const element of document.querySelectorAll('[id]'))
			counts.set(element.id, (counts.get(element.id) ?? 0) + 1);
		return [...counts].filter(([, count]) => count > 1).map(([id]) => id);
	});
	expect(twice, `ids used twice on ${state}`).toEqual([]);
}

test('no page uses an id twice', async ({ page }) => {
	for (const route of routes) {
		await visit(page, route.path);
		await expectUniqueIds(page, route.path);
	}
});

test('no step of a new wish uses an id twice, in any way of telling it', async ({ page }) => {
	test.slow();
	await open(page, '/wuensche');
	await seedPeople(page);
	await page.getByRole('button', { name: 'Neuer Wunsch' }).click();
	await expect(page.getByRole('heading', { level: 2, name: /Schritt 1 von 8/ })).toBeFocused();
	await page.getByRole('button', { name: 'Weiter', exact: true }).click();
	await expect(page.getByRole('group', { name: 'Bitte prüfen Sie das:' })).toBeFocused();
	await expectUniqueIds(page, 'step 1 with its error');
	for (const way of ['Ein Bild aussuchen', 'Sprechen', 'Ein Foto machen', 'Schreiben']) {
		await page.getByRole('radio', { name: way }).check();
		await expectUniqueIds(page, `step 1: ${way}`);
	}
	await page.getByLabel('Mein Wunsch in meinen Worten').fill('Schwimmen');
	await page.getByRole('radio', { name: 'Ein Bild aussuchen' }).check();
	await page.getByRole('radio', { name: 'Freizeit' }).check();
	await page.getByRole('radio', { name: 'Ausflug' }).check();
	await expectUniqueIds(page, 'step 1: a picture chosen');
	for (let step = 2; step <= 8; step++) {
		await page.getByRole('button', { name: 'Weiter', exact: true }).click();
		await expect(
			page.getByRole('heading', { level: 2, name: new RegExp(`Schritt ${step} von 8`) })
		).toBeFocused();
		const pictures = page.getByRole('group', { name: 'Welche Bilder passen zu Ihrer Antwort?' });
		if (step <= 6) await pictures.getByRole('checkbox').first().check();
		await expectUniqueIds(page, `step ${step}`);
	}
});

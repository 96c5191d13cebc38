import { expect, test } from '@playwright/test';
import { open, routes } from '../support/app';

test('after the service worker is active, every route works offline', async ({ page, context }) => {
	await open(page, '/');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await context.setOffline(true);
	for (const route of routes) {
		await page.goto(route.path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(route.heading);
	}
	// A reload in the middle of the app also works without network.
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(routes.at(-1)!.heading);
});

test('no request leaves the app’s own origin', async ({ page, baseURL }) => {
	const foreign: string[] = [];
	page.on('request', (request) => {
		const url = request.url();
		if (url.startsWith('data:') || url.startsWith('blob:')) return;
		if (!url.startsWith(`${baseURL}/`) && url !== baseURL) foreign.push(url);
	});
	for (const route of routes) await open(page, route.path);
	await page.getByRole('link', { name: 'Einstellungen', exact: true }).click();
	await page.getByRole('radio', { name: 'Dunkel' }).check();
	expect(foreign).toEqual([]);
});

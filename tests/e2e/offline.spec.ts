import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { open, routes } from '../support/app';

test('after the service worker is active, every route works offline', async ({ page, context }) => {
	await open(page, '/');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	// The app's own news, in the region of its own: the person hears that nahbei works offline.
	await expect(page.getByRole('log')).toHaveText('nahbei geht jetzt auch ohne Internet.');
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

test('a chosen Quartier’s offers are kept for offline use, and only that Quartier’s file', async ({
	page,
	context
}) => {
	const shipped = JSON.parse(readFileSync('static/data/angebote.json', 'utf8'));
	const quartier = (id: string, name: string, file: string, offers: number) => ({
		id,
		name,
		area: 'Hamburg',
		postcodes: [],
		file,
		stand: '2026-11-25',
		bytes: 1,
		offers
	});
	const index = {
		quartiere: [
			quartier('lindenhof', 'Lindenhof', '/data/angebote.json', shipped.contents.length),
			quartier('osterbrook', 'Osterbrook', '/data/quartiere/osterbrook.json', 3),
			quartier('hafenkante', 'Hafenkante', '/data/quartiere/hafenkante.json', 2)
		]
	};
	const file = (name: string, count: number) => ({
		...shipped,
		nahbei: { stand: '2026-11-25', quartier: name },
		contents: shipped.contents.slice(0, count)
	});
	// A city of three Quartiere; the service worker's own requests come here too.
	await context.route(
		(url) => url.pathname === '/data/quartiere.json',
		(route) => route.fulfill({ json: index })
	);
	await context.route(
		(url) => url.pathname === '/data/quartiere/osterbrook.json',
		(route) => route.fulfill({ json: file('Osterbrook', 3) })
	);
	await context.route(
		(url) => url.pathname === '/data/quartiere/hafenkante.json',
		(route) => route.fulfill({ json: file('Hafenkante', 2) })
	);
	await open(page, '/');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	const found = (count: number) =>
		page.getByRole('heading', { level: 2, name: `${count} Angebote gefunden` });
	const choose = async (name: string, { again = true } = {}) => {
		if (again) await page.getByRole('button', { name: 'Anderes Quartier wählen' }).click();
		await page.getByRole('radio', { name: new RegExp(name) }).check();
		await page.getByRole('button', { name: 'Angebote zeigen' }).click();
	};
	await open(page, '/angebote');
	await expect(
		page.getByRole('heading', { level: 2, name: 'Wählen Sie Ihr Quartier' })
	).toBeVisible();
	await choose('Osterbrook', { again: false });
	await expect(found(3)).toBeVisible();
	const kept = () =>
		page.evaluate(async () => {
			const cache = await caches.open('nahbei-quartiere');
			return (await cache.keys()).map((request) => new URL(request.url).pathname);
		});
	// Only the chosen Quartier's file is kept, not the whole city's.
	await expect.poll(kept).toEqual(['/data/quartiere/osterbrook.json']);
	await choose('Lindenhof');
	await expect(found(shipped.contents.length)).toBeVisible();

	await context.setOffline(true);
	await choose('Osterbrook');
	await expect(found(3)).toBeVisible();
	await page.reload();
	await expect(found(3)).toBeVisible();
	await expect(page.getByText('Das Quartier heißt: Osterbrook')).toBeVisible();
});

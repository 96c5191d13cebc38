import { expect, test } from '@playwright/test';
import { fakeSpeech, heard, open, routes, visit, waitForApp } from '../support/app';

const mainNav = [
	{ name: 'Meine Wünsche', path: '/wuensche', heading: 'Meine Wünsche' },
	{ name: 'Meine Menschen', path: '/menschen', heading: 'Meine Menschen' },
	{ name: 'Angebote', path: '/angebote', heading: 'Angebote im Quartier' },
	{ name: 'Teilen', path: '/teilen', heading: 'Teilen' },
	{ name: 'Start', path: '/', heading: 'Willkommen bei nahbei.' }
];

test('every route shows its own single h1 and a matching title', async ({ page }) => {
	// The first route is loaded, the others reached as by a link: the raw HTML of each has its
	// h1 and title too (first-screen.spec.ts).
	for (const route of routes) {
		await visit(page, route.path);
		await expect(page.locator('h1')).toHaveCount(1);
		await expect(page.locator('h1')).toHaveText(route.heading);
		await expect(page).toHaveTitle(`${route.heading} – nahbei`);
	}
});

test('the skip link is the first Tab stop and moves focus to the main content', async ({
	page
}) => {
	await open(page, '/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});

test('the page has banner, navigation and main landmarks', async ({ page }) => {
	await open(page, '/');
	await expect(page.getByRole('banner')).toHaveCount(1);
	await expect(page.getByRole('main')).toHaveCount(1);
	await expect(page.getByRole('navigation', { name: 'Hauptmenü' })).toBeVisible();
	await expect(page.getByRole('navigation', { name: 'Einstellungen und Hilfe' })).toBeVisible();
});

test('a keyboard-only walk through the main menu reaches every part', async ({ page }) => {
	await open(page, '/');
	for (const item of mainNav) {
		const link = page
			.getByRole('navigation', { name: 'Hauptmenü' })
			.getByRole('link', { name: item.name, exact: true });
		// The menu is above the page heading that has focus: go back with Shift+Tab, as a keyboard
		// user would.
		for (let presses = 0; presses < 40; presses++) {
			if (await link.evaluate((el) => el === document.activeElement)) break;
			await page.keyboard.press('Shift+Tab');
		}
		await expect(link).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(item.path);
		const heading = page.getByRole('heading', { level: 1 });
		await expect(heading).toHaveText(item.heading);
		// Focus moves to the new page's heading, which says the page name once.
		await expect(heading).toBeFocused();
		await expect(link).toHaveAttribute('aria-current', 'page');
		await expect(page).toHaveTitle(`${item.heading} – nahbei`);
	}
});

test('after navigation the page name is said once: by the focused heading only', async ({
	page
}) => {
	await open(page, '/');
	await page.getByRole('link', { name: 'Hilfe', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Hilfe' })).toBeFocused();
	// SvelteKit's own announcer would say the title a second time; it is kept silent.
	await expect(page.locator('#svelte-announcer')).toBeHidden();
	await expect(page.getByRole('status')).not.toContainText('Hilfe');
});

test('Einstellungen and Hilfe are reachable from every page', async ({ page }) => {
	for (const route of routes) {
		await visit(page, route.path);
		const more = page.getByRole('navigation', { name: 'Einstellungen und Hilfe' });
		await expect(more.getByRole('link', { name: 'Einstellungen' })).toHaveAttribute(
			'href',
			'/einstellungen'
		);
		await expect(more.getByRole('link', { name: 'Hilfe' })).toHaveAttribute('href', '/hilfe');
	}
});

test('settings are saved, announced, and survive a reload', async ({ page }) => {
	await open(page, '/einstellungen');
	await page
		.getByRole('group', { name: 'Schriftgröße' })
		.getByRole('radio', { name: 'Groß', exact: true })
		.check();
	await expect(page.getByRole('status')).toHaveText('Gespeichert.');
	await page.getByRole('radio', { name: 'Dunkel' }).check();
	await page.getByRole('radio', { name: 'English' }).check();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');

	await page.reload();
	await waitForApp(page);
	const html = page.locator('html');
	await expect(html).toHaveAttribute('data-theme', 'dark');
	await expect(html).toHaveAttribute('data-text-size', 'large');
	await expect(html).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
	await expect(page.getByRole('link', { name: 'My wishes' })).toBeVisible();
	// 24 px text: the large size scales the 20 px base by 1.2.
	const fontSize = await page
		.locator('main p')
		.first()
		.evaluate((el) => getComputedStyle(el).fontSize);
	expect(fontSize).toBe('24px');
});

test('the chosen look is painted before the app starts, without a flash', async ({ page }) => {
	await open(page, '/einstellungen');
	await page.getByRole('radio', { name: 'Starker Kontrast' }).check();
	await expect(page.getByRole('status')).toHaveText('Gespeichert.');
	// Hold back the app's scripts: what shows now comes from app.html alone.
	await page.route('**/_app/immutable/**/*.js', () => {});
	await page.goto('/hilfe', { waitUntil: 'domcontentloaded' });
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
	const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	expect(background).toBe('rgb(0, 0, 0)');
});

test('read aloud speaks the main content with a German voice', async ({ page }) => {
	await fakeSpeech(page, [{ name: 'Anna', lang: 'de-DE' }]);
	await open(page, '/hilfe');
	await page.getByRole('button', { name: 'Vorlesen', exact: true }).click();
	await expect(page.getByRole('button', { name: 'Vorlesen stoppen' })).toBeVisible();
	const spoken = await heard(page);
	expect(spoken[0]).toBe('Hilfe');
	expect(spoken).toContain('Hier lernen Sie nahbei kennen.');
	expect(spoken.join(' ')).not.toContain('Haupt-Menü');
	await page.getByRole('button', { name: 'Vorlesen stoppen' }).click();
	await expect(page.getByRole('button', { name: 'Vorlesen', exact: true })).toBeVisible();
});

test('without a voice the read-aloud button says so in easy words', async ({ page }) => {
	await fakeSpeech(page, []);
	await open(page, '/');
	const button = page.getByRole('button', { name: 'Vorlesen geht hier nicht' });
	await expect(button).toHaveAttribute('aria-expanded', 'false');
	await button.click();
	await expect(button).toHaveAttribute('aria-expanded', 'true');
	await expect(
		page.getByText('Auf diesem Gerät fehlt eine Stimme für Ihre Sprache.')
	).toBeVisible();
});

test('the web app manifest makes nahbei installable', async ({ page, request }) => {
	await open(page, '/');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	expect(href).toBe('/manifest.webmanifest');
	const manifest = await (await request.get('/manifest.webmanifest')).json();
	expect(manifest).toMatchObject({
		short_name: 'nahbei',
		lang: 'de',
		display: 'standalone',
		start_url: '/',
		theme_color: expect.stringMatching(/^#/)
	});
	const purposes = manifest.icons.map((icon: { purpose: string }) => icon.purpose);
	expect(purposes).toContain('maskable');
	for (const icon of manifest.icons as { src: string }[]) {
		expect((await request.get(icon.src)).status(), icon.src).toBe(200);
	}
});

test('without IndexedDB (a private window) the person is told in easy words', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
	});
	// The message comes once the app has started: on a busy machine starting may take longer
	// than one expectation waits.
	await open(page, '/');
	await expect(
		page.getByRole('heading', { name: 'Es gibt ein Problem mit dem Speicher' })
	).toBeVisible();
	await expect(
		page
			.getByRole('region', { name: 'Es gibt ein Problem mit dem Speicher' })
			.getByText('nahbei kann auf diesem Gerät nichts speichern.', { exact: false })
	).toBeVisible();
	await expect(page.getByRole('status')).toContainText(
		'nahbei kann auf diesem Gerät nichts speichern.'
	);
	// The app still works: the person can read and move around.
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Willkommen bei nahbei.');
	await page.getByRole('button', { name: 'Meldung schließen' }).click();
	await expect(
		page.getByRole('heading', { name: 'Es gibt ein Problem mit dem Speicher' })
	).toBeHidden();
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

test('a first visit to the start page stores nothing, and every text is there on every page', async ({
	page
}) => {
	const rawKey = /\b(?:pages|wishes|network|offers|quartier|backup|app|nav)\.[a-zA-Z]+\b/;
	const catalogueReads: string[] = [];
	page.on('request', (request) => {
		if (new URL(request.url()).pathname.startsWith('/data/')) catalogueReads.push(request.url());
	});
	await open(page, '/');
	// The contact point comes with the app (found when it was built): the page reads neither the
	// database nor the catalogue file.
	await expect(
		page.getByRole('region', { name: 'Eine Nummer für alle Hilfen' }).getByRole('link', {
			name: /anrufen/
		})
	).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Meine nächsten Schritte' })).toBeVisible();
	await expect(page.locator('body')).not.toContainText(rawKey);
	const databases = await page.evaluate(async () =>
		(await indexedDB.databases()).map((entry) => entry.name)
	);
	expect(databases).not.toContain('nahbei');
	expect(catalogueReads).toEqual([]);

	// The texts of the other pages come with the first step away from the start page.
	await page
		.getByRole('navigation', { name: 'Hauptmenü' })
		.getByRole('link', {
			name: 'Meine Menschen'
		})
		.click();
	await expect(page).toHaveURL(/\/menschen$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Meine Menschen' })).toBeFocused();
	await expect(page.locator('body')).not.toContainText(rawKey);
});

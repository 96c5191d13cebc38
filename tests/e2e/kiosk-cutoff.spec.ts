import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../../scripts/chromium.js';
import { open, waitForApp } from '../support/app';
import { leftovers, startVisit, turnOnKiosk } from '../support/kiosk';
import { keepAnOffer } from '../support/offers';

const wishText = 'Ich möchte Schach im Café spielen.';
const helperName = 'Onkel Bernd';

/** A visitor writes a wish, keeps an offer and names a helper; returns what they left. */
async function visitLeavingTraces(page: Page) {
	await startVisit(page);
	await page.getByRole('banner').getByRole('button', { name: 'Hilfemodus starten' }).click();
	await page.getByLabel('Wie heißt der Mensch, der Ihnen hilft?').fill(helperName);
	await page.keyboard.press('Enter');
	await expect(
		page.getByRole('heading', { name: `Hilfemodus: ${helperName} hilft` })
	).toBeVisible();
	await open(page, '/wuensche');
	await page.getByRole('button', { name: 'Neuer Wunsch' }).click();
	await page.getByRole('radio', { name: 'Schreiben' }).check();
	await page.getByLabel('Mein Wunsch in meinen Worten').fill(wishText);
	await page.getByRole('button', { name: 'Weiter', exact: true }).click();
	await expect(page.getByRole('heading', { level: 2, name: /Schritt 2 von 8/ })).toBeVisible();
	const wishAddress = page.url();
	const offerName = await keepAnOffer(page);
	expect((await leftovers(page)).databases).toContain('nahbei');
	return { wishAddress, offerName };
}

/** Everything the browser holds for the app, as one text, to search for the visitor's words. */
async function everythingStored(page: Page): Promise<string> {
	return page.evaluate(async () => {
		const parts: string[] = [];
		for (const storage of [localStorage, sessionStorage]) {
			for (const key of Object.keys(storage)) parts.push(key, storage.getItem(key) ?? '');
		}
		for (const name of await caches.keys()) {
			if (name.startsWith('workbox-precache')) continue;
			const cache = await caches.open(name);
			for (const request of await cache.keys()) {
				parts.push(request.url, (await (await cache.match(request))?.text()) ?? '');
			}
		}
		return parts.join('\n');
	});
}

/** The next visitor's view: the welcome screen, and after "Anfangen" nothing of the last visit. */
async function expectNoTraces(page: Page, last: { wishAddress: string; offerName: string }) {
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Willkommen am Treffpunkt.');
	const left = await leftovers(page);
	expect(left.databases).not.toContain('nahbei');
	expect(left.local).toEqual(['nahbei.kiosk']);
	expect(left.session).toEqual([]);
	const stored = await everythingStored(page);
	for (const trace of [wishText, helperName, last.offerName]) {
		expect(stored).not.toContain(trace);
		await expect(page.locator('body')).not.toContainText(trace);
	}

	await startVisit(page);
	await expect(page).toHaveURL('/');
	await expect(page.getByRole('banner')).not.toContainText(helperName);
	await open(page, '/wuensche');
	await expect(page.getByText(wishText)).toHaveCount(0);
	await open(page, '/angebote?kategorie=essen');
	await page.getByRole('link', { name: last.offerName }).first().click();
	await expect(page.getByRole('button', { name: 'Merken' })).toHaveAttribute(
		'aria-pressed',
		'false'
	);
	await expect(page.locator('body')).not.toContainText(helperName);
}

test('a visit cut off by closing the page leaves nothing for the next visitor', async ({
	context,
	page
}) => {
	await turnOnKiosk(page);
	const last = await visitLeavingTraces(page);
	await page.close();

	const next = await context.newPage();
	await next.goto('/');
	await expectNoTraces(next, last);
});

test("the closed visit's own address leads to the welcome screen and nothing of theirs", async ({
	context,
	page
}) => {
	await turnOnKiosk(page);
	const last = await visitLeavingTraces(page);
	await page.close();

	const next = await context.newPage();
	await next.goto(last.wishAddress);
	await waitForApp(next);
	await expectNoTraces(next, last);
});

test('a visit cut off by a killed browser leaves nothing after the restart', async ({
	baseURL
}, info) => {
	const profile = await mkdtemp(join(tmpdir(), 'nahbei-kiosk-'));
	const launch = () =>
		chromium.launchPersistentContext(profile, {
			executablePath: chromiumExecutable(),
			args: chromiumArgs,
			baseURL,
			locale: 'de-DE',
			serviceWorkers: 'allow'
		});
	let browser: BrowserContext | undefined;
	try {
		browser = await launch();
		const page = browser.pages()[0] ?? (await browser.newPage());
		await turnOnKiosk(page);
		const last = await visitLeavingTraces(page);
		// The browser ends in the middle of the visit: no "Fertig", no timeout, no unload work.
		await browser.close();

		browser = await launch();
		const next = browser.pages()[0] ?? (await browser.newPage());
		await next.goto('/');
		await expectNoTraces(next, last);
	} finally {
		await browser?.close();
		await rm(profile, { recursive: true, force: true });
		info.annotations.push({ type: 'profile', description: profile });
	}
});

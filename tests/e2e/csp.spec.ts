import { expect, test, type Page } from '@playwright/test';
import { open, routes } from '../support/app';
import { leftovers, startVisit, turnOnKiosk } from '../support/kiosk';
import { keepAnOffer } from '../support/offers';
import { addPersonByKeyboard, pictureFile } from '../support/people';
import { goToShareStep, seedShareData } from '../support/share';

/**
 * Collects every Content-Security-Policy violation of the page, on every document it loads:
 * the browser's report event (said on the console, so it outlives a navigation) and the
 * browser's own console errors about the policy.
 */
function watchPolicy(page: Page): string[] {
	const violations: string[] = [];
	void page.addInitScript(() => {
		document.addEventListener(
			'securitypolicyviolation',
			(event) => {
				console.error(
					`CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`
				);
			},
			true
		);
	});
	page.on('console', (message) => {
		const text = message.text();
		if (/CSP violation|Content Security Policy/i.test(text)) violations.push(text);
	});
	return violations;
}

/** Opens every route and reloads it (the second load comes from the service worker). */
async function visitEveryRoute(page: Page) {
	for (const { path, heading } of routes) {
		await open(page, path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
	}
	await page.reload();
	await expect(page.locator('main h1')).toBeVisible();
}

test('every page carries the policy in a meta tag, and npm start sends it with frame protection', async ({
	request
}) => {
	for (const { path } of routes) {
		const response = await request.get(path);
		const html = await response.text();
		const meta = html.match(/<meta http-equiv="content-security-policy" content="([^"]*)"/i)?.[1];
		expect(meta, path).toBeDefined();
		for (const rule of [
			"default-src 'self'",
			"connect-src 'self'",
			"object-src 'none'",
			"base-uri 'none'",
			"form-action 'self'"
		]) {
			expect(meta, `${path}: ${rule}`).toContain(rule);
		}
		const scripts = meta?.match(/script-src ([^;]*)/)?.[1] ?? '';
		expect(scripts).not.toContain('unsafe-inline');
		expect(scripts).not.toContain('unsafe-eval');
		expect(scripts).toMatch(/'sha256-/);

		const headers = response.headers();
		expect(headers['x-frame-options']).toBe('DENY');
		expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
		expect(headers['content-security-policy']).toContain("object-src 'none'");
	}
});

test('no page breaks the policy: empty, with data, photos, a QR code and the lock', async ({
	page
}) => {
	test.slow();
	const violations = watchPolicy(page);
	await visitEveryRoute(page);

	// With data: wishes, one taken along as a QR code, a person with a photo, a kept offer.
	await open(page, '/teilen');
	await seedShareData(page);
	await open(page, '/teilen?mitnehmen=1');
	await page.getByRole('checkbox', { name: /Alle Wünsche/ }).uncheck();
	await page.getByRole('checkbox', { name: 'Ich möchte kochen lernen.' }).check();
	await goToShareStep(page, 'Wie möchten Sie schicken\\?');
	await page.getByRole('button', { name: 'An Ihr Handy schicken' }).click();
	await expect(page.getByRole('img', { name: /QR-Code/ })).toBeVisible();
	await addPersonByKeyboard(page, { name: 'Anna', area: 'Familie', closeness: 'Sehr nah' });
	await page.getByRole('link', { name: 'Anna ändern' }).click();
	await page.getByLabel('Foto aussuchen').setInputFiles(await pictureFile(page, 400, 300));
	await expect(page.getByRole('img', { name: 'Foto von Anna' })).toBeVisible();
	await keepAnOffer(page);
	await visitEveryRoute(page);
	await open(page, '/menschen/karte');

	// The app lock's screen.
	await open(page, '/einstellungen');
	const lock = page.getByRole('region', { name: 'Appsperre' });
	await lock.getByLabel('Neue PIN').fill('1357');
	await lock.getByLabel('PIN noch einmal').fill('1357');
	await lock.getByRole('button', { name: 'Appsperre einschalten' }).click();
	await expect(page.getByRole('status')).toHaveText('Die App-Sperre ist an.');
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('nahbei ist gesperrt.');

	expect(violations).toEqual([]);
});

test('the kiosk breaks no policy either: welcome, visit, staff settings, end', async ({ page }) => {
	test.slow();
	const violations = watchPolicy(page);
	await turnOnKiosk(page);
	await startVisit(page);
	await visitEveryRoute(page);
	await open(page, '/einstellungen');
	await page.getByRole('button', { name: 'Fertig' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ihr Besuch ist zu Ende.');
	await page.getByRole('button', { name: 'Alles löschen und beenden' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Willkommen am Treffpunkt.');
	expect((await leftovers(page)).databases).not.toContain('nahbei');
	expect(violations).toEqual([]);
});

test('the watch sees a violation: an inline script is refused', async ({ page }) => {
	const violations = watchPolicy(page);
	await open(page, '/hilfe');
	await page.evaluate(() => {
		const script = document.createElement('script');
		script.textContent = 'window.ranInline = true;';
		document.body.append(script);
	});
	await expect.poll(() => violations.length).toBeGreaterThan(0);
	expect(await page.evaluate(() => 'ranInline' in window)).toBe(false);
});

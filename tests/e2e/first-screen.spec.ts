import { expect, test, type Page } from '@playwright/test';
import {
	expectNoAxeViolations,
	expectNoAxeViolationsInEveryTheme,
	fakeSpeech,
	open,
	routes,
	visit,
	waitForApp
} from '../support/app';
import { tabTo } from '../support/keyboard';
import { chooseLanguage, languages } from '../support/languages';

// The routes that have a prerendered page of their own; one offer (/angebote/<id>) is filled in
// by the app from the catalogue, so its raw HTML is the bare shell.
const prerendered = routes.filter((route) => route.path !== '/angebote/beispiel');

/** The words of an HTML text without its tags, the way the browser reads them. */
function wordsOf(html: string): string {
	return html
		.replace(/<[^>]+>/g, '')
		.replace(/\u2060/g, '')
		.replace(/&amp;/g, '&')
		.trim();
}

async function headingTop(page: Page): Promise<number> {
	return page.locator('main h1').evaluate((heading) => heading.getBoundingClientRect().top);
}

test('the raw HTML of every route has its header, menu and h1, before any script', async ({
	request
}) => {
	for (const route of prerendered) {
		const html = await (await request.get(route.path)).text();
		const heading = html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/);
		expect(heading, route.path).not.toBeNull();
		expect(wordsOf(heading?.[1] ?? ''), route.path).toBe(route.heading);
		expect(html, route.path).toContain('<header');
		expect(html, route.path).toContain('<nav class="main-nav');
		// The chosen look is set in the head, before the first paint, with no download to wait for.
		const head = html.slice(0, html.indexOf('</head>'));
		expect(head, route.path).toContain("localStorage.getItem('nahbei.appearance')");
		expect(head, route.path).not.toContain('<script src=');
		// A name holds whole words, without the compound mark's invisible joint.
		expect(html, route.path).not.toMatch(/aria-label="[^"]*\u2060/);
		// One document title, the page's own, before any script runs.
		expect(html.match(/<title>/g), route.path).toHaveLength(1);
		expect(html, route.path).toContain(`<title>${route.heading} – nahbei</title>`);
	}
});

test('the app makes the prerendered page work without drawing it again', async ({ page }) => {
	// The parts a person sees first, as the server drew them: they are marked before any script
	// of the app runs, and the same elements must still be there once the app works. Drawing a
	// part again would make it flash, and lose a tap or the place a screen reader was reading.
	// With a German voice "Vorlesen" stays the button the server drew.
	await fakeSpeech(page, [{ name: 'Anna', lang: 'de-DE' }]);
	await page.addInitScript(() => {
		document.addEventListener('DOMContentLoaded', () => {
			const parts = document.querySelectorAll(
				'header a, header button, nav a, main h1, main form, main summary, footer a'
			);
			(window as unknown as { serverParts: Element[] }).serverParts = [...parts];
		});
	});
	for (const route of prerendered) {
		await open(page, route.path);
		const parts = await page.evaluate(() => {
			const marked = (window as unknown as { serverParts: Element[] }).serverParts;
			const gone = marked.filter((part) => !part.isConnected);
			return { count: marked.length, gone: gone.map((part) => part.outerHTML.slice(0, 120)) };
		});
		expect(parts.count, route.path).toBeGreaterThan(10);
		expect(parts.gone, `${route.path}: parts drawn again`).toEqual([]);
	}
});

const screens = [
	{ name: 'a phone (390 × 844)', viewport: { width: 390, height: 844 }, limit: 200 },
	{ name: 'a small phone (320 × 640)', viewport: { width: 320, height: 640 }, limit: 160 },
	// 1280 × 1024 at 400 % zoom: the heading within the first two screen heights.
	{ name: '400 % zoom (320 × 256)', viewport: { width: 320, height: 256 }, limit: 2 * 256 }
];

test("on a phone, a small phone and at 400 % zoom, every page's heading is near the top", async ({
	page
}) => {
	for (const route of routes) {
		await page.setViewportSize(screens[0]!.viewport);
		await visit(page, route.path);
		// The same page at each size: the layout follows the screen, as when a phone turns.
		for (const screen of screens) {
			await page.setViewportSize(screen.viewport);
			expect(await headingTop(page), `${route.path} on ${screen.name}`).toBeLessThanOrEqual(
				screen.limit
			);
		}
	}
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('the five places stay in a bar at the bottom, and the current one is marked', async ({
		page
	}) => {
		await open(page, '/menschen');
		const menu = page.getByRole('navigation', { name: 'Hauptmenü' });
		const box = await menu.boundingBox();
		expect(box && Math.round(box.y + box.height)).toBe(844);
		await expect(menu.getByRole('link')).toHaveCount(5);
		await expect(menu.getByRole('link', { name: 'Meine Menschen' })).toHaveAttribute(
			'aria-current',
			'page'
		);
		for (const link of await menu.getByRole('link').all()) {
			const target = await link.boundingBox();
			expect(target?.width).toBeGreaterThanOrEqual(48);
			expect(target?.height).toBeGreaterThanOrEqual(48);
		}
	});

	test('Einstellungen, Hilfe and Hilfe-Modus are behind "Mehr" on every page', async ({ page }) => {
		// From one page to the next as by a link: "Mehr", left open on the last page, starts closed.
		for (const route of routes) {
			await visit(page, route.path);
			const more = page.getByRole('banner').getByRole('button', { name: 'Mehr' });
			await expect(more).toHaveAttribute('aria-expanded', 'false');
			await expect(page.getByRole('link', { name: 'Einstellungen' })).toBeHidden();
			await more.click();
			await expect(more).toHaveAttribute('aria-expanded', 'true');
			const links = page.getByRole('navigation', { name: 'Einstellungen und Hilfe' });
			await expect(links.getByRole('link', { name: 'Einstellungen' })).toBeVisible();
			await expect(links.getByRole('link', { name: 'Hilfe' })).toBeVisible();
			await expect(page.getByRole('button', { name: 'Hilfemodus starten' })).toBeVisible();
		}
	});

	test('Escape closes "Mehr" and gives focus back to it; a new page starts with it closed', async ({
		page
	}) => {
		await open(page, '/');
		const more = page.getByRole('button', { name: 'Mehr' });
		await more.click();
		await page.getByRole('link', { name: 'Hilfe', exact: true }).focus();
		await page.keyboard.press('Escape');
		await expect(more).toHaveAttribute('aria-expanded', 'false');
		await expect(more).toBeFocused();
		await more.click();
		await page.getByRole('link', { name: 'Einstellungen' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Einstellungen' })).toBeFocused();
		await expect(more).toHaveAttribute('aria-expanded', 'false');
	});

	test('nothing covers the focused element while tabbing through each page', async ({ page }) => {
		test.slow();
		for (const route of prerendered) {
			await open(page, route.path);
			const seen = new Set<string>();
			for (let presses = 0; presses < 80; presses++) {
				await page.keyboard.press('Tab');
				const found = await page.evaluate(() => {
					const focused = document.activeElement as HTMLElement | null;
					if (!focused || focused === document.body) return null;
					const bar = document.querySelector('nav.main-nav') as HTMLElement;
					const box = focused.getBoundingClientRect();
					const barTop = bar.getBoundingClientRect().top;
					const name = `${focused.tagName} ${(focused.textContent ?? '').trim().slice(0, 40)} ${Math.round(box.top + scrollY)}`;
					// The bar's own links are on top of the page, never under the bar.
					const inBar = bar.contains(focused);
					return { name, covered: !inBar && box.bottom > barTop + 0.5, bottom: box.bottom, barTop };
				});
				if (!found) continue;
				expect(
					found.covered,
					`${route.path}: ${found.name} (${found.bottom} > ${found.barTop})`
				).toBe(false);
				// Once focus comes round to an element it had before, the page is done.
				if (seen.has(found.name)) break;
				seen.add(found.name);
			}
		}
	});

	test('the phone\'s bars pass axe in every theme, with "Mehr" open', async ({ page }) => {
		// Two states, each through axe in three themes.
		test.slow();
		await open(page, '/wuensche');
		await expectNoAxeViolationsInEveryTheme(page, 'phone shell');
		await page.getByRole('button', { name: 'Mehr' }).click();
		await expectNoAxeViolationsInEveryTheme(page, 'phone shell, Mehr open');
	});

	test('the focus ring of an entry in the bottom bar shows whole, its bottom line too', async ({
		page
	}) => {
		await open(page, '/wuensche');
		const menu = page.getByRole('navigation', { name: 'Hauptmenü' });
		for (const name of ['Start', 'Meine Wünsche', 'Teilen']) {
			await tabTo(page, menu.getByRole('link', { name, exact: true }), true);
			const ring = await page.evaluate(() => {
				const focused = document.activeElement as HTMLElement;
				const style = getComputedStyle(focused);
				const reach = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
				const box = focused.getBoundingClientRect();
				return {
					style: style.outlineStyle,
					top: box.top - reach,
					bottom: box.bottom + reach,
					left: box.left - reach,
					right: box.right + reach
				};
			});
			expect(ring.style, name).not.toBe('none');
			expect(ring.top, name).toBeGreaterThanOrEqual(0);
			expect(ring.left, name).toBeGreaterThanOrEqual(0);
			expect(ring.bottom, name).toBeLessThanOrEqual(844);
			expect(ring.right, name).toBeLessThanOrEqual(390);
		}
	});

	test('without a voice, the explanation of "Vorlesen" opens within the screen, also right to left', async ({
		page
	}) => {
		await fakeSpeech(page, []);
		const arabic = languages.find((language) => language.id === 'ar');
		if (!arabic) throw new Error('Arabic is one of the languages');
		const explanationBox = async (name: string) => {
			const button = page.getByRole('banner').getByRole('button', { name });
			await button.click();
			await expect(button).toHaveAttribute('aria-expanded', 'true');
			const explanation = page.locator(`#${await button.getAttribute('aria-controls')}`);
			await expect(explanation).toBeVisible();
			return explanation.boundingBox();
		};
		await open(page, '/wuensche');
		for (const width of [390, 320]) {
			await page.setViewportSize({ width, height: 844 });
			await page.reload();
			await waitForApp(page);
			const box = await explanationBox('Vorlesen geht hier nicht');
			expect(box && box.x, `German at ${width} px`).toBeGreaterThanOrEqual(0);
			expect(box && box.x + box.width, `German at ${width} px`).toBeLessThanOrEqual(width);
		}
		await page.setViewportSize({ width: 390, height: 844 });
		await chooseLanguage(page, arabic);
		await open(page, '/wuensche');
		const box = await explanationBox('القراءة بصوت عالٍ لا تعمل هنا');
		expect(box && box.x, 'Arabic').toBeGreaterThanOrEqual(0);
		expect(box && box.x + box.width, 'Arabic').toBeLessThanOrEqual(390);
	});

	test('in every language the top bar is one row: the name, "Vorlesen" and "Mehr" side by side', async ({
		page
	}) => {
		// Six languages, each at two widths.
		test.slow();
		for (const language of languages) {
			await chooseLanguage(page, language);
			for (const width of [390, 320]) {
				await page.setViewportSize({ width, height: 844 });
				await open(page, '/wuensche');
				const banner = page.getByRole('banner');
				const name = await banner.getByRole('link').first().boundingBox();
				const buttons = await banner
					.getByRole('button')
					.evaluateAll((elements) =>
						elements
							.filter((element) => (element as HTMLElement).offsetParent !== null)
							.map((element) => element.getBoundingClientRect().toJSON() as DOMRect)
					);
				expect(buttons, `${language.id} at ${width} px`).toHaveLength(2);
				for (const button of buttons) {
					// Beside the name: the button starts above the name's end and ends below its start.
					expect(button.top, `${language.id} at ${width} px`).toBeLessThan(
						(name?.y ?? 0) + (name?.height ?? 0)
					);
					expect(button.bottom, `${language.id} at ${width} px`).toBeGreaterThan(name?.y ?? 0);
					expect(button.width, `${language.id} at ${width} px`).toBeGreaterThanOrEqual(48);
					expect(button.height, `${language.id} at ${width} px`).toBeGreaterThanOrEqual(48);
				}
			}
			await page.setViewportSize({ width: 390, height: 844 });
		}
	});

	test('in Arabic the bars run right to left', async ({ page }) => {
		const arabic = languages.find((language) => language.id === 'ar');
		if (!arabic) throw new Error('Arabic is one of the languages');
		await chooseLanguage(page, arabic);
		await open(page, '/wuensche');
		const links = page.getByRole('navigation', { name: 'القائمة الرئيسية' }).getByRole('link');
		const first = await links.first().boundingBox();
		const last = await links.last().boundingBox();
		// The first place (Start) is on the right.
		expect(first && last && first.x > last.x).toBe(true);
		await expectNoAxeViolations(page, 'phone shell in Arabic');
	});
});

test.describe('where the screen is short or the text large', () => {
	test('at 400 % zoom the menu stays in the page, not fixed over it', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 256 });
		await open(page, '/wuensche');
		const position = await page
			.getByRole('navigation', { name: 'Hauptmenü' })
			.evaluate((menu) => getComputedStyle(menu).position);
		expect(position).toBe('static');
	});

	test('with very large text the menu stays in the page, not fixed over it', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await open(page, '/einstellungen');
		await page.getByRole('radio', { name: 'Sehr groß' }).check();
		await expect(page.locator('html')).toHaveAttribute('data-text-size', 'very-large');
		const position = await page
			.getByRole('navigation', { name: 'Hauptmenü' })
			.evaluate((menu) => getComputedStyle(menu).position);
		expect(position).toBe('static');
	});
});

test.describe('before the app starts', () => {
	// The app's scripts are held back below; a service worker would hand them out all the same.
	test.use({ serviceWorkers: 'block' });

	test('a person who chose English sees no German, and then the page in English', async ({
		page
	}) => {
		const english = languages.find((language) => language.id === 'en');
		if (!english) throw new Error('English is one of the languages');
		await chooseLanguage(page, english);
		await page.route('**/_app/immutable/**/*.js', () => {});
		await page.goto('/wuensche', { waitUntil: 'domcontentloaded' });
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.locator('html')).toHaveAttribute('data-text-pending');
		// The prerendered Leichte Sprache is in the page, but none of it shows.
		await expect(page.locator('main h1')).toHaveText('Meine Wünsche');
		await expect(page.locator('main h1')).toBeHidden();
		await expect(page.getByText('Meine Menschen').first()).toBeHidden();

		await page.unroute('**/_app/immutable/**/*.js');
		await page.goto('/wuensche');
		await expect(page.getByRole('heading', { level: 1, name: 'My wishes' })).toBeVisible();
		await expect(page.locator('html')).not.toHaveAttribute('data-text-pending');
	});

	test('a person who keeps Leichte Sprache sees the page at once', async ({ page }) => {
		await open(page, '/');
		await page.route('**/_app/immutable/**/*.js', () => {});
		await page.goto('/menschen', { waitUntil: 'domcontentloaded' });
		await expect(page.getByRole('heading', { level: 1, name: 'Meine Menschen' })).toBeVisible();
		// Names are whole words before any script, as a screen reader says them later too.
		const menu = page.getByRole('navigation', { name: 'Hauptmenü', exact: true });
		await expect(menu.getByRole('link', { name: 'Teilen' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'nahbei – zur Startseite' })).toBeVisible();
	});
});

test.describe('when the letters arrive late', () => {
	// A cached font would come at once: the service worker stays out, and the font files wait.
	test.use({ serviceWorkers: 'block', viewport: { width: 390, height: 844 } });

	for (const path of ['/', '/angebote']) {
		test(`the words on ${path} stay where they are when nahbei's letters come`, async ({
			page
		}) => {
			let release = () => {};
			const fontsMayCome = new Promise<void>((resolve) => (release = resolve));
			await page.route('**/*.woff2', async (route) => {
				await fontsMayCome;
				await route.continue();
			});
			// The page's load waits for the fonts it names in its head.
			await page.goto(path, { waitUntil: 'domcontentloaded' });
			await waitForApp(page);
			expect(await page.evaluate(() => document.fonts.status)).toBe('loading');
			// From now on, every move of what is on screen counts.
			await page.evaluate(() => {
				const moved = { score: 0 };
				(window as unknown as { moved: typeof moved }).moved = moved;
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries() as unknown as { value: number }[])
						moved.score += entry.value;
				}).observe({ type: 'layout-shift' });
			});
			// The end of the page's first paragraph: it moves when a line more or less is needed.
			const firstTextEnd = () =>
				page
					.locator('main p')
					.first()
					.evaluate((first) => first.getBoundingClientRect().bottom);
			const before = await firstTextEnd();
			release();
			await page.evaluate(() => document.fonts.ready);
			expect(
				await page.evaluate(() => document.fonts.check('700 1rem "Atkinson Hyperlegible Next"'))
			).toBe(true);
			// Two frames: the new letters are laid out and the shift is reported.
			await page.evaluate(
				() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
			);
			const moved = await page.evaluate(
				() => (window as unknown as { moved: { score: number } }).moved.score
			);
			expect(moved).toBeLessThanOrEqual(0.01);
			expect(Math.abs((await firstTextEnd()) - before)).toBeLessThanOrEqual(4);
		});
	}
});

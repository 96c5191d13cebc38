import { expect, test, type Page } from '@playwright/test';
import { open, routes, visit } from '../support/app';

async function horizontalOverflow(page: Page): Promise<number> {
	return page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
}

test.describe('at 320 px width (the same as 400 % zoom on a 1280 px screen)', () => {
	test.use({ viewport: { width: 320, height: 640 } });

	for (const size of ['normal', 'very-large'] as const) {
		test(`no route scrolls sideways with ${size} text`, async ({ page }) => {
			await open(page, '/einstellungen');
			if (size === 'very-large') {
				await page.getByRole('radio', { name: 'Sehr groß' }).check();
				await expect(page.locator('html')).toHaveAttribute('data-text-size', 'very-large');
			}
			for (const route of routes) {
				await visit(page, route.path);
				expect(await horizontalOverflow(page), route.path).toBeLessThanOrEqual(0);
			}
		});
	}
});

test.describe('at 320 px width with very large text', () => {
	test.use({ viewport: { width: 320, height: 640 } });

	test('no heading, choice or button breaks a word in the middle', async ({ page }) => {
		// Every route, with the text laid out at its largest.
		test.slow();
		await open(page, '/einstellungen');
		await page.getByRole('radio', { name: 'Sehr groß' }).check();
		await expect(page.locator('html')).toHaveAttribute('data-text-size', 'very-large');
		for (const route of routes) {
			await visit(page, route.path);
			// A word broken across two lines has parts at two heights; a compound may break at its
			// mark, so its parts count as words of their own.
			const broken = await page
				.locator('main h1, main h2, main label.choice, main .button, header .button')
				.evaluateAll((elements) =>
					elements.flatMap((element) => {
						const found: string[] = [];
						const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
						for (let node = walker.nextNode(); node; node = walker.nextNode()) {
							for (const word of (node.textContent ?? '').matchAll(/[^\s\-·\u2060]+/g)) {
								const range = document.createRange();
								range.setStart(node, word.index);
								range.setEnd(node, word.index + word[0].length);
								const lines = new Set(
									[...range.getClientRects()]
										.filter((rect) => rect.width > 0)
										.map((rect) => Math.round(rect.top))
								);
								if (lines.size > 1) found.push(word[0]);
							}
						}
						return found;
					})
				);
			expect(broken, route.path).toEqual([]);
		}
	});
});

test('radio buttons and check boxes stand out from their ground in every theme, the chosen ones too', async ({
	page
}) => {
	await open(page, '/einstellungen');
	const protect = page.getByRole('checkbox', { name: 'Mit einem Passwort schützen' });
	for (const [theme, scheme, checkBox] of [
		['light', 'light', false],
		['dark', 'light', false],
		['contrast', 'light', false],
		['auto', 'dark', false],
		['light', 'light', true],
		['dark', 'light', true],
		['contrast', 'light', true],
		['auto', 'dark', true]
	] as const) {
		await protect.setChecked(checkBox);
		await page.emulateMedia({ colorScheme: scheme });
		await page
			.locator('html')
			.evaluate((html, theme) => html.setAttribute('data-theme', theme), theme);
		const inputs = await page
			.locator('input[type="radio"], input[type="checkbox"]')
			.evaluateAll((elements) => {
				const rgb = (colour: string) => (colour.match(/[\d.]+/g) ?? []).map(Number);
				const luminance = (colour: string) => {
					const [r, g, b] = rgb(colour).map((value) => {
						const channel = value / 255;
						return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
					});
					return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
				};
				const contrast = (one: string, other: string) => {
					const [light, dark] = [luminance(one), luminance(other)].sort((a, b) => b - a);
					return (light! + 0.05) / (dark! + 0.05);
				};
				// The ground is the nearest box with a colour of its own (the choice's box).
				const groundOf = (element: Element) => {
					for (let box = element.parentElement; box; box = box.parentElement) {
						const colour = getComputedStyle(box).backgroundColor;
						if (rgb(colour)[3] !== 0) return colour;
					}
					return getComputedStyle(document.documentElement).backgroundColor;
				};
				return elements
					.filter((element) => (element as HTMLElement).offsetParent !== null)
					.map((element) => {
						const input = element as HTMLInputElement;
						const style = getComputedStyle(input);
						const ground = groundOf(input);
						return {
							name: `${input.type} ${input.labels?.[0]?.textContent?.trim()}`,
							checked: input.checked,
							type: input.type,
							appearance: style.appearance,
							edge: contrast(style.borderTopColor, ground),
							fill: contrast(style.backgroundColor, ground),
							dot: style.backgroundImage,
							tick: getComputedStyle(input, '::before').visibility
						};
					});
			});
		expect(inputs.filter((input) => input.checked).length, theme).toBeGreaterThan(1);
		for (const input of inputs) {
			const name = `${input.name} (${theme})`;
			// Drawn by the page: the browser's own would not show the border measured here.
			expect(input.appearance, name).toBe('none');
			expect(input.edge, name).toBeGreaterThanOrEqual(3);
			// The chosen one has a dot or a tick, not only another colour.
			if (input.type === 'radio') {
				expect(input.dot === 'none', name).toBe(!input.checked);
			} else {
				expect(input.tick, name).toBe(input.checked ? 'visible' : 'hidden');
				if (input.checked) expect(input.fill, name).toBeGreaterThanOrEqual(3);
			}
		}
	}
});

test('text is 20 px, line height at least 1.5, start aligned, not hyphenated, not italic or capitals', async ({
	page
}) => {
	for (const route of routes) {
		await visit(page, route.path);
		const texts = page.locator('main p, main li, main legend, main label');
		// Some pages fill in their text after the heading (the example offer comes from the
		// catalogue), and a loading message may go between two looks: read the styles again
		// until there is text to read.
		type Style = {
			text: string;
			fontSize: number;
			lineHeight: number;
			align: string;
			hyphens: string;
			fontStyle: string;
			transform: string;
		};
		let styles: Style[] = [];
		await expect(async () => {
			styles = await texts.evaluateAll((els) =>
				// A loading message may be gone by now: only what is still on the page counts.
				els
					.filter((el) => el.isConnected)
					.map((el) => {
						const style = getComputedStyle(el);
						return {
							text: (el.textContent ?? '').trim().slice(0, 30),
							fontSize: parseFloat(style.fontSize),
							lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
							align: style.textAlign,
							hyphens: style.hyphens,
							fontStyle: style.fontStyle,
							transform: style.textTransform
						};
					})
			);
			expect(styles.length, route.path).toBeGreaterThan(0);
		}).toPass();
		for (const style of styles) {
			expect(style.fontSize, `${route.path}: ${style.text}`).toBeGreaterThanOrEqual(20);
			expect(style.lineHeight, `${route.path}: ${style.text}`).toBeGreaterThanOrEqual(1.5);
			expect(['start', 'left'], `${route.path}: ${style.text}`).toContain(style.align);
			expect(style.hyphens).not.toBe('auto');
			expect(style.fontStyle).toBe('normal');
			expect(style.transform).not.toBe('uppercase');
		}
	}
});

test('every button and menu link is at least 48 × 48 px', async ({ page }) => {
	for (const path of ['/', '/einstellungen']) {
		await open(page, path);
		const targets = await page
			.locator('header a, header button, main button, main .button, label.choice')
			.evaluateAll((els) =>
				els
					.filter((el) => (el as HTMLElement).offsetParent !== null)
					.map((el) => {
						const box = el.getBoundingClientRect();
						return { name: (el.textContent ?? '').trim(), width: box.width, height: box.height };
					})
			);
		expect(targets.length).toBeGreaterThan(5);
		for (const target of targets) {
			expect(target.height, target.name).toBeGreaterThanOrEqual(48);
			expect(target.width, target.name).toBeGreaterThanOrEqual(48);
		}
	}
});

test('the focus ring is always visible', async ({ page }) => {
	await open(page, '/');
	for (let i = 0; i < 6; i++) {
		await page.keyboard.press('Tab');
		const ring = await page.evaluate(() => {
			const style = getComputedStyle(document.activeElement as Element);
			return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
		});
		expect(ring.style).not.toBe('none');
		expect(ring.width).toBeGreaterThanOrEqual(2);
	}
});

test('with forced colours, buttons and menu entries keep a visible border', async ({ page }) => {
	await page.emulateMedia({ forcedColors: 'active' });
	await open(page, '/einstellungen');
	const borders = await page.locator('.button, label.choice').evaluateAll((els) =>
		els.map((el) => {
			const style = getComputedStyle(el);
			return { style: style.borderTopStyle, width: parseFloat(style.borderTopWidth) };
		})
	);
	expect(borders.length).toBeGreaterThan(0);
	for (const border of borders) {
		expect(border.style).toBe('solid');
		expect(border.width).toBeGreaterThan(0);
	}
});

test('with reduced motion nothing moves', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await open(page, '/');
	const moving = await page.locator('body *').evaluateAll(
		(els) =>
			els.filter((el) => {
				const style = getComputedStyle(el);
				return (
					parseFloat(style.transitionDuration) > 0.01 || parseFloat(style.animationDuration) > 0.01
				);
			}).length
	);
	expect(moving).toBe(0);
});

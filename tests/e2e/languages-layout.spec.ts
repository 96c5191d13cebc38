import { expect, test } from '@playwright/test';
import { routes, visit } from '../support/app';
import { chooseLanguage, languages } from '../support/languages';

// 320 px is what a 1280 px wide screen shows at 400 % zoom.
test.use({ viewport: { width: 320, height: 640 } });

for (const language of languages) {
	test(`every page reads well in ${language.id} at 320 px`, async ({ page }) => {
		await chooseLanguage(page, language);
		// The language is chosen on the start page; the app goes on from there as by a link.
		for (const route of routes) {
			await visit(page, route.path);
			await expect(page.locator('main h1')).toBeVisible();
			await expect(page.locator('html')).toHaveAttribute('dir', language.dir);
			// One look at the page: every text block's style, the heading's side, the page width.
			const found = await page.evaluate((dir) => {
				const problems: string[] = [];
				const blocks = document.querySelectorAll<HTMLElement>(
					'main p, main li, main legend, main label, main dd, main dt, main td, main th, footer a'
				);
				for (const element of blocks) {
					if (element.offsetParent === null) continue;
					const style = getComputedStyle(element);
					const text = (element.textContent ?? '').trim().slice(0, 30);
					const size = parseFloat(style.fontSize);
					if (size < 20) problems.push(`font ${size}px: ${text}`);
					if (parseFloat(style.lineHeight) / size < 1.5) problems.push(`line height: ${text}`);
					if (!['start', dir === 'rtl' ? 'right' : 'left'].includes(style.textAlign))
						problems.push(`align ${style.textAlign}: ${text}`);
					// Text marked with a direction of its own (a language's own name) may differ.
					const ownDirection = element.closest('[dir]') !== document.documentElement;
					if (style.direction !== dir && !ownDirection)
						problems.push(`direction ${style.direction}: ${text}`);
					if (style.hyphens === 'auto') problems.push(`hyphens: ${text}`);
					if (style.fontStyle !== 'normal') problems.push(`italic: ${text}`);
					if (style.textTransform === 'uppercase') problems.push(`capitals: ${text}`);
				}
				// The heading's words start at the inline-start edge: left, or right in Arabic.
				const heading = document.querySelector('main h1') as HTMLElement;
				const range = document.createRange();
				range.selectNodeContents(heading);
				const words = range.getBoundingClientRect();
				const box = heading.getBoundingClientRect();
				const gap = dir === 'rtl' ? box.right - words.right : words.left - box.left;
				if (Math.abs(gap) > 2) problems.push(`heading starts ${gap}px from its side`);
				const overflow =
					document.documentElement.scrollWidth - document.documentElement.clientWidth;
				if (overflow > 0) problems.push(`scrolls sideways by ${overflow}px`);
				return { problems, blocks: blocks.length };
			}, language.dir);
			expect(found.blocks, route.path).toBeGreaterThan(0);
			expect(found.problems, `${route.path} in ${language.id}`).toEqual([]);
		}
	});
}

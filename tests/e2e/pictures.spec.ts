import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, open } from '../support/app';

test('Hilfe shows staff every picture with its word and where it shows', async ({ page }) => {
	await open(page, '/hilfe');
	const table = page.getByRole('table', { name: 'Die Bilder von nahbei' });
	// 4 ways, 8 life areas, 24 wish pictures, 3 steps of question 1, 20 answer pictures, 3 faces.
	await expect(table.getByRole('row')).toHaveCount(1 + 4 + 8 + 24 + 3 + 20 + 3);
	await expect(table.getByRole('row', { name: /^Gesundheit\s+Ein Bild aussuchen$/ })).toBeVisible();
	const alarm = table.getByRole('row', { name: /Wecker/ });
	await expect(alarm).toContainText('Was kann ich selbst tun?');
	await expect(table.getByRole('rowheader', { name: 'Geht so' })).toBeVisible();
	await expectNoAxeViolations(page, 'hilfe: the pictures');
});

test.describe('on a small phone (320 × 640)', () => {
	test.use({ viewport: { width: 320, height: 640 } });

	test('the pictures stay a table, and no word in it breaks in the middle', async ({ page }) => {
		await open(page, '/hilfe');
		const table = page.getByRole('table', { name: 'Die Bilder von nahbei' });
		await expect(table.getByRole('row')).toHaveCount(1 + 4 + 8 + 24 + 3 + 20 + 3);
		await expect(table.getByRole('columnheader', { name: 'Hier steht das Bild' })).toHaveCount(1);
		await expect(
			table.getByRole('row', { name: /^Gesundheit\s+Ein Bild aussuchen$/ })
		).toBeVisible();
		// A word broken across two lines has parts at two heights; a compound may break at its hyphen.
		const broken = await table.evaluate((element) => {
			const found: string[] = [];
			const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				for (const word of (node.textContent ?? '').matchAll(/[^\s\-\u2060]+/g)) {
					const range = document.createRange();
					range.setStart(node, word.index);
					range.setEnd(node, word.index + word[0].length);
					const lines = new Set(
						[...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => rect.top)
					);
					if (lines.size > 1) found.push(word[0]);
				}
			}
			return found;
		});
		expect(broken).toEqual([]);
	});
});

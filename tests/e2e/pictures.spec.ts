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

// The Quartier team's own words for categories: added, changed and deleted on /quartier.
import { expect, test } from '@playwright/test';
import { open } from '../support/app';

test('a word is added, changed to another category, and deleted after asking', async ({ page }) => {
	await open(page, '/quartier');
	const words = page.getByRole('region', { name: 'Wörter für Themen' });
	const word = words.getByRole('textbox', { name: 'Wort' });
	const category = words.getByRole('combobox', { name: 'Dieses Thema passt zum Wort' });
	await word.fill('Suppenküche');
	await category.selectOption({ label: 'Essen und Trinken' });
	await words.getByRole('button', { name: 'Wort speichern' }).click();
	await expect(page.getByRole('status')).toHaveText(
		'Gespeichert: suppenküche gehört zu Essen und Trinken.'
	);
	await expect(word).toBeFocused();

	await words.getByRole('button', { name: 'Wort suppenküche ändern' }).click();
	await expect(word).toBeFocused();
	await expect(word).toHaveValue('suppenküche');
	await category.selectOption({ label: 'Hilfe von Nachbarn' });
	await words.getByRole('button', { name: 'Wort speichern' }).click();
	await expect(
		words.getByText('Das Wort suppenküche gehört zum Thema Hilfe von Nachbarn.')
	).toBeVisible();
	await expect(words.getByRole('listitem')).toHaveCount(1);

	// The words last: they are stored on the device.
	await page.reload();
	await expect(
		words.getByText('Das Wort suppenküche gehört zum Thema Hilfe von Nachbarn.')
	).toBeVisible();
	await words.getByRole('button', { name: 'Wort suppenküche löschen' }).click();
	await words.getByRole('button', { name: 'Ja, löschen' }).click();
	await expect(words.getByRole('heading', { level: 2, name: 'Wörter für Themen' })).toBeFocused();
	await expect(words.getByText('Hier stehen später Ihre eigenen Wörter.')).toBeVisible();
});

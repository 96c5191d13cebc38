import { expect, test } from '@playwright/test';
import { fakeSpeech, heard, open } from '../support/app';

test('the start page offers every language in its own name and language', async ({ page }) => {
	await open(page, '/');
	const picker = page.getByRole('group', { name: 'Sprache wählen' });
	for (const [name, lang] of [
		['Leichte Sprache', 'de'],
		['Deutsch', 'de'],
		['English', 'en'],
		['Türkçe', 'tr'],
		['العربية', 'ar'],
		['Українська', 'uk']
	] as const) {
		const radio = picker.getByRole('radio', { name, exact: true });
		await expect(radio).toBeVisible();
		await expect(radio.locator('xpath=ancestor::label')).toHaveAttribute('lang', lang);
	}
});

test('choosing Arabic turns the whole page right to left and stays after a reload', async ({
	page
}) => {
	await open(page, '/');
	await page.getByRole('radio', { name: 'العربية' }).check();
	const html = page.locator('html');
	await expect(html).toHaveAttribute('lang', 'ar');
	await expect(html).toHaveAttribute('dir', 'rtl');
	// The first menu entry (Start) stands at the right, the next one left of it.
	const links = page.getByRole('navigation').first().getByRole('link');
	const first = await links.nth(0).boundingBox();
	const second = await links.nth(1).boundingBox();
	expect(first && second && first.x > second.x).toBe(true);
	await page.reload();
	await expect(html).toHaveAttribute('dir', 'rtl');
	await expect(page.getByRole('radio', { name: 'العربية' })).toBeChecked();
});

test('in Arabic, pictures that point a way are mirrored', async ({ page }) => {
	await open(page, '/');
	await page.getByRole('radio', { name: 'العربية' }).check();
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	const transform = await page.evaluate(() => {
		const probe = document.createElement('span');
		probe.className = 'flips-in-rtl';
		document.body.append(probe);
		const value = getComputedStyle(probe).transform;
		probe.remove();
		return value;
	});
	expect(transform).toBe('matrix(-1, 0, 0, 1, 0, 0)');
});

test('the sample of a language is read with a voice of that language', async ({ page }) => {
	await fakeSpeech(page, [
		{ name: 'Anna', lang: 'de-DE' },
		{ name: 'Laila', lang: 'ar-SA' }
	]);
	await open(page, '/');
	const picker = page.getByRole('group', { name: 'Sprache wählen' });
	// Only languages with a voice get a sample button.
	await expect(picker.getByRole('button')).toHaveCount(3);
	await picker.getByRole('button', { name: 'Anhören العربية' }).click();
	expect(await heard(page)).toContain('مرحبا.');
	await expect(picker.getByRole('button', { name: /Türkçe/ })).toHaveCount(0);
});

test('compound words show a hyphen and are one word for screen readers and read-aloud', async ({
	page
}) => {
	await fakeSpeech(page, [{ name: 'Anna', lang: 'de-DE' }]);
	await open(page, '/einstellungen');
	const group = page.getByRole('group', { name: 'Schriftgröße' });
	await expect(group).toBeVisible();
	await expect(group.locator('legend')).toHaveText('Schrift-Größe');
	await expect(page.getByRole('navigation', { name: 'Hauptmenü', exact: true })).toBeVisible();
	await page.getByRole('button', { name: 'Vorlesen', exact: true }).click();
	const text = (await heard(page)).join(' ');
	expect(text).toContain('Schriftgröße');
	expect(text).not.toContain('Schrift-Größe');
});

test('with the Mediopunkt setting compound words show a middle dot', async ({ page }) => {
	await open(page, '/einstellungen');
	await page.getByRole('radio', { name: 'Mit Mediopunkt' }).check();
	const legend = page.getByRole('group', { name: 'Schriftgröße' }).locator('legend');
	await expect(legend).toHaveText('Schrift·größe');
	await page.reload();
	await expect(legend).toHaveText('Schrift·größe');
	await page.getByRole('radio', { name: 'Mit Bindestrich' }).check();
	await expect(legend).toHaveText('Schrift-Größe');
});

test('a hard word opens its explanation by keyboard and reads it aloud', async ({ page }) => {
	await fakeSpeech(page, [{ name: 'Anna', lang: 'de-DE' }]);
	await open(page, '/');
	const word = page.getByRole('button', { name: 'Quartier', exact: true });
	await expect(word).toHaveAttribute('aria-expanded', 'false');
	await expect(word).toHaveAccessibleDescription('Was heißt Quartier?');
	await word.focus();
	await page.keyboard.press('Enter');
	await expect(word).toHaveAttribute('aria-expanded', 'true');
	const explanation = page.getByText('Das Quartier ist die Gegend um Ihre Wohnung.');
	await expect(explanation).toBeVisible();
	await page.getByRole('button', { name: 'Hören Sie Quartier an' }).click();
	expect((await heard(page)).join(' ')).toContain('Dort gibt es Läden und Treffpunkte.');
	await page.keyboard.press('Shift+Tab');
	await expect(word).toBeFocused();
	await page.keyboard.press('Space');
	await expect(explanation).toBeHidden();
});

// The hard word in the intro of each page, as a screen reader names it (one word), and the
// start of its explanation.
const introWords = [
	{
		path: '/teilen',
		name: 'Lotsen',
		asked: 'Lotse',
		explained: 'Ein Lotse hilft Ihnen im Alltag.'
	},
	{
		path: '/menschen',
		name: 'Netzwerk',
		asked: 'Netzwerk',
		explained: 'Ihr Netzwerk sind Ihre Menschen.'
	},
	{
		path: '/quartier',
		name: 'QuartierTeam',
		asked: 'Quartier',
		explained: 'Das Quartier ist die Gegend um Ihre Wohnung.'
	},
	{
		path: '/einstellungen',
		name: 'Sicherung',
		asked: 'Sicherung',
		explained: 'Das ist eine Kopie von allen Ihren Daten.'
	}
];

for (const word of introWords) {
	test(`the intro of ${word.path} explains "${word.asked}" on request`, async ({ page }) => {
		await open(page, word.path);
		const button = page.getByRole('button', { name: word.name, exact: true });
		await expect(button).toHaveAttribute('aria-expanded', 'false');
		await expect(button).toHaveAccessibleDescription(`Was heißt ${word.asked}?`);
		const explanation = page.getByText(word.explained);
		await expect(explanation).toBeHidden();
		await button.focus();
		await page.keyboard.press('Enter');
		await expect(button).toHaveAttribute('aria-expanded', 'true');
		await expect(explanation).toBeVisible();
		await expect(page.getByRole('button', { name: `Hören Sie ${word.asked} an` })).toBeVisible();
	});
}

test('the passphrase of a backup explains the word Passwort', async ({ page }) => {
	await open(page, '/einstellungen');
	await page.getByRole('checkbox', { name: 'Mit einem Passwort schützen' }).check();
	const note = page.getByRole('group', { name: 'Das Passwort für diese Sicherung:' });
	// The word in the note is written "Pass-Wort"; a screen reader gets one word.
	const button = note.getByRole('button', { name: 'PassWort', exact: true });
	await expect(button).toHaveAccessibleDescription('Was heißt Passwort?');
	await button.click();
	await expect(note.getByText('Das sind geheime Wörter.')).toBeVisible();
});

test('the tour and the Wörterbuch are one step away from every page', async ({ page }) => {
	await open(page, '/wuensche');
	const help = page.getByRole('navigation', { name: 'Hilfe zu nahbei' });
	await help.getByRole('link', { name: 'So funktioniert nahbei' }).click();
	await expect(page).toHaveURL('/hilfe#so-funktioniert-nahbei');
	await expect(page.getByRole('heading', { name: 'So funktioniert nahbei' })).toBeFocused();
	await expect(page.getByRole('button', { name: 'Hören Sie Meine Wünsche an' })).toBeVisible();

	await open(page, '/angebote');
	await help.getByRole('link', { name: 'Wörterbuch' }).click();
	await expect(page).toHaveURL('/hilfe#woerterbuch');
	await expect(page.getByRole('heading', { name: 'Wörterbuch', level: 2 })).toBeFocused();
	for (const word of ['Quartier', 'Lotse', 'Eingliederungshilfe', 'Persönliches Budget']) {
		await expect(page.getByRole('heading', { name: word, level: 3 })).toBeVisible();
	}
});

test('a phone number keeps its order in Arabic text', async ({ page }) => {
	await open(page, '/');
	await page.getByRole('radio', { name: 'العربية' }).check();
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await open(page, '/hilfe');
	const call = page.locator('a[href^="tel:"]').first();
	await expect(call).toBeVisible();
	expect(await call.textContent()).toMatch(/\u2066[\d +()/-]+\u2069/);
});

import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { open } from '../support/app';
import { tabTo } from '../support/keyboard';
import { bigEasyNwkFile } from '../support/big-network';

// easyNWK's demo-like map: 12 contacts, 10 ties, one version "Erstgespräch".
const demo = 'tests/fixtures/network/easynwk-demo-like.json';

/** Loads an easyNWK file from the empty Meine Menschen, the way a person finds it. */
async function importFromEmptyPage(page: Page, file: string): Promise<void> {
	await open(page, '/menschen');
	await expect(page.getByRole('heading', { name: 'Ihre Liste ist noch leer' })).toBeVisible();
	await tabTo(page, page.getByRole('link', { name: 'Karte aus einer Datei laden' }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: 'Dateien' })).toBeVisible();
	await page.getByLabel('Datei wählen').setInputFiles(file);
	await expect(
		page.getByRole('heading', {
			level: 3,
			name: 'In der Datei sind 12 Menschen. Wollen Sie die Datei laden?'
		})
	).toBeFocused();
	await page.getByRole('button', { name: 'Ja, Datei laden' }).click();
	await expect(page.getByRole('status')).toHaveText(
		'Die Datei ist geladen. Jetzt sind 12 Menschen in Ihrer Liste.'
	);
}

/** Every figure of "Was sagt mir das?" in both registers, as a person reads them. */
async function readFigures(page: Page) {
	await page.getByRole('link', { name: 'Was sagt mir das?' }).click();
	const sentences = page.getByRole('list', { name: 'Ihr Netz in Worten' });
	await expect(sentences.getByRole('listitem').first()).toBeVisible();
	await page.getByText('Zahlen für Fach-Leute').click();
	const table = page.getByRole('table', { name: 'Kennzahlen wie in easyNWK' });
	await expect(table).toBeVisible();
	return {
		sentences: await sentences.getByRole('listitem').allInnerTexts(),
		rows: await table.getByRole('row').allInnerTexts(),
		cliques: await page.getByText(/^So viele Cliquen gibt es:/).innerText()
	};
}

/** The value of one figure for the whole network, found by its row and column names. */
function cell(page: Page, row: string) {
	return page
		.getByRole('table', { name: 'Kennzahlen wie in easyNWK' })
		.getByRole('row', { name: new RegExp(`^${row.replace(/[()+.]/g, '\\$&')}`) })
		.getByRole('cell')
		.first();
}

test('an easyNWK map loads from the empty page; every figure reads the same after export and import into a fresh browser', async ({
	page,
	browser
}, info) => {
	await importFromEmptyPage(page, demo);
	const before = await readFigures(page);
	// easyNWK's own values for this map (checked by hand in easyNWK Web 2.7.1).
	await expect(cell(page, 'Netzwerkgröße (+aktivierbare)')).toHaveText('8 (9)');
	await expect(cell(page, 'Dichte')).toHaveText('0,25');
	await expect(cell(page, 'Durchschn. Degree (SD)')).toHaveText('2 (0,816)');
	await expect(cell(page, 'Durchschn. Nähe (SD)')).toHaveText('5,25 (2,165)');
	await expect(cell(page, 'Star(s)')).toContainText('Maria');
	await expect(cell(page, 'Personen ohne Kante zum Ego')).toContainText('Josefine');
	expect(before.cliques).toBe('So viele Cliquen gibt es: 2');
	expect(before.sentences.length).toBeGreaterThan(2);

	await page.getByRole('link', { name: 'Dateien', exact: true }).click();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Karte für easyNWK speichern' }).click();
	const file = info.outputPath('easynwk.json');
	await (await download).saveAs(file);

	const fresh = await browser.newContext();
	const other = await fresh.newPage();
	await importFromEmptyPage(other, file);
	expect(await readFigures(other)).toEqual(before);
	await fresh.close();
});

test('ties are heard by name on the map and in its list', async ({ page }) => {
	await importFromEmptyPage(page, demo);
	await page.getByRole('link', { name: 'Karte', exact: true }).click();
	const map = page.getByRole('group', { name: 'Karte von Ihren Menschen' });
	await expect(
		map.getByRole('link', { name: /^Maria\..* Maria kennt Ewald, Opa Heinz, Josefine und Lara\.$/ })
	).toBeVisible();
	await expect(
		page
			.getByRole('region', { name: 'Alle Menschen in Worten' })
			.getByRole('listitem')
			.filter({ hasText: /Kemal kennt (Lara und Turnverein|Turnverein und Lara)\./ })
	).toHaveCount(1);
});

test('a comparison with the imported version names a tie added since', async ({ page }) => {
	await importFromEmptyPage(page, demo);
	await page.getByRole('link', { name: 'Meine Liste', exact: true }).click();
	await page.getByRole('link', { name: 'Josefine ändern' }).click();
	await page
		.getByRole('group', { name: 'Josefine kennt:' })
		.getByRole('checkbox', { name: 'Lara' })
		.check();
	await page.getByRole('button', { name: 'Speichern' }).click();
	await expect(page).toHaveURL('/menschen');

	await page.getByRole('link', { name: 'Mein Verlauf' }).click();
	await expect(page.getByRole('combobox', { name: 'Später' })).toHaveValue('today');
	await page.getByRole('button', { name: 'Vergleichen' }).click();
	await expect(
		page.getByRole('region', { name: 'Das hat sich geändert' }).getByRole('listitem')
	).toContainText([/^(Josefine und Lara|Lara und Josefine) kennen sich jetzt\.$/]);
});

test('a map far beyond what nahbei shows well is refused before anything is written', async ({
	page
}) => {
	await open(page, '/menschen/dateien');
	await page.getByLabel('Datei wählen').setInputFiles(bigEasyNwkFile(1_501));
	await expect(page.getByRole('group', { name: 'Problem mit der Datei' })).toContainText(
		'Die Karte ist zu groß für nahbei. Bitte fragen Sie Ihre Lotsin.'
	);
	await expect(page.getByRole('button', { name: /laden$/ })).toHaveCount(0);
	await open(page, '/menschen');
	await expect(page.getByRole('heading', { name: 'Ihre Liste ist noch leer' })).toBeVisible();
});

test('a big map asks first, and then shows its people 30 at a time', async ({ page }) => {
	await open(page, '/menschen');
	await page.getByRole('link', { name: 'Karte aus einer Datei laden' }).click();
	await page.getByLabel('Datei wählen').setInputFiles(bigEasyNwkFile(600));
	await page.getByRole('button', { name: 'Ja, trotzdem laden' }).click();
	await expect(page.getByRole('status')).toHaveText(
		'Die Datei ist geladen. Jetzt sind 600 Menschen in Ihrer Liste.'
	);
	await page.getByRole('link', { name: 'Meine Liste', exact: true }).click();
	const family = page.getByRole('region', { name: /^Familie/ });
	await expect(family.getByRole('heading', { level: 3 })).toHaveCount(30);
	await expect(family.getByText(/^Sie sehen 30 von \d+ Menschen\.$/)).toBeVisible();
	await family.getByRole('button', { name: /^30 weitere Menschen zeigen$/ }).click();
	await expect(family.getByRole('heading', { level: 3 })).toHaveCount(60);
	await expect(family.getByRole('heading', { level: 3 }).nth(30)).toBeFocused();

	// On a person's page, the people they may know come in parts too.
	await family
		.getByRole('link', { name: / ändern$/ })
		.first()
		.click();
	const knows = page.getByRole('group', { name: / kennt:$/ });
	await expect(knows.getByRole('checkbox')).toHaveCount(30);
	await expect(knows.getByText('Sie sehen 30 von 599 Menschen.')).toBeVisible();
	await knows.getByRole('button', { name: '30 weitere Menschen zeigen' }).click();
	await expect(knows.getByRole('checkbox')).toHaveCount(60);
	await expect(knows.getByRole('checkbox').nth(30)).toBeFocused();
});

test('support both ways is changed in easy words, said on the person’s page and exported', async ({
	page
}, info) => {
	await importFromEmptyPage(page, demo);
	await page.getByRole('link', { name: 'Meine Liste', exact: true }).click();
	await page.getByRole('link', { name: 'Lara ändern' }).click();
	const advice = page.getByRole('group', { name: 'Wer gibt Rat?' });
	await advice.getByRole('radio', { name: 'Lara hilft Ihnen.' }).focus();
	await page.keyboard.press('Space');
	await expect(advice.getByRole('radio', { name: 'Lara hilft Ihnen.' })).toBeChecked();
	await page.keyboard.press('ArrowDown');
	await expect(advice.getByRole('radio', { name: 'Sie helfen sich gegenseitig.' })).toBeChecked();
	await page.getByRole('button', { name: 'Speichern' }).click();
	await expect(page).toHaveURL('/menschen');

	await page.getByRole('link', { name: 'Lara ändern' }).click();
	await expect(page.getByText('Lara gibt Ihnen Rat.')).toBeVisible();
	await expect(page.getByText('Sie geben Lara Rat.')).toBeVisible();

	await open(page, '/menschen/dateien');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Karte für easyNWK speichern' }).click();
	const file = info.outputPath('easynwk.json');
	await (await download).saveAs(file);
	const saved = JSON.parse((await readFile(file, 'utf8')).replace(/^\uFEFF/, ''));
	const alteri = saved.alteri ?? saved.versions.at(-1).nwk.alteri;
	expect(alteri.find((alter: { name: string }) => alter.name === 'Lara').supportInformational).toBe(
		3
	);
});

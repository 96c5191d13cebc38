import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { open } from '../support/app';

const demoFile = 'static/data/angebote.json';

interface DemoService {
	name?: string;
	schedules?: { opens_at?: string }[];
	assured_date?: string;
	last_modified?: string;
}

/** The demo catalogue with one schedule broken (repaired on import) and one name missing (left out). */
function brokenCatalogue(): Buffer {
	const demo = JSON.parse(readFileSync(demoFile, 'utf8')) as { contents: DemoService[] };
	const [good, repairable, nameless] = demo.contents.slice(6, 9).map((s) => structuredClone(s));
	if (!good || !repairable?.schedules?.[0] || !nameless) throw new Error('demo too small');
	repairable.schedules[0].opens_at = '25:00';
	delete nameless.name;
	return Buffer.from(JSON.stringify([good, repairable, nameless]));
}

async function openQuartier(page: Page, path = '/quartier') {
	await open(page, path);
	await expect(page.getByRole('heading', { level: 2, name: 'Überblick' })).toBeVisible();
}

function fileInput(page: Page) {
	return page.getByLabel('Dateien wählen');
}

function allOffers(page: Page) {
	return page.getByRole('region', { name: 'Alle Angebote' });
}

test('importing the demo file shows a report, then replaces the catalogue', async ({ page }) => {
	await openQuartier(page);
	await fileInput(page).setInputFiles(demoFile);
	const report = page.getByRole('heading', { name: 'Prüfbericht' });
	await expect(report).toBeFocused();
	await expect(page.getByText(/^Gelesen: \d+ Einträge\.$/)).toBeVisible();
	await expect(
		page.getByRole('heading', { name: 'So viele haben wir repariert: 0' })
	).toBeVisible();
	await expect(
		page.getByRole('heading', { name: 'So viele haben wir weggelassen: 0' })
	).toBeVisible();
	await page.getByRole('button', { name: 'Katalog ersetzen' }).click();
	const done = page.getByText(/^Der Katalog ist neu\. Er hat jetzt \d+ Angebote\.$/);
	await expect(done).toBeVisible();
	await expect(done.locator('xpath=..')).toBeFocused();
	await expect(page.getByRole('heading', { name: 'Prüfbericht' })).toHaveCount(0);
});

test('the report names each repaired and each left-out entry with its reason', async ({ page }) => {
	await openQuartier(page);
	const before = await allOffers(page).getByRole('listitem').count();
	await fileInput(page).setInputFiles({
		name: 'kaputt.json',
		mimeType: 'application/json',
		buffer: brokenCatalogue()
	});
	await expect(page.getByRole('heading', { name: 'Prüfbericht' })).toBeFocused();
	await expect(page.getByText('Gelesen: 3 Einträge.')).toBeVisible();
	await expect(page.getByText('Wir können 2 Angebote übernehmen.')).toBeVisible();
	const repaired = page.getByRole('heading', { name: 'So viele haben wir repariert: 1' });
	await expect(repaired).toBeVisible();
	await expect(repaired.locator('xpath=following-sibling::ul[1]/li')).toHaveText(/^.+: .+/);
	const rejected = page.getByRole('heading', { name: 'So viele haben wir weggelassen: 1' });
	await expect(rejected).toBeVisible();
	await expect(rejected.locator('xpath=following-sibling::ul[1]/li')).toHaveText(/^.+: .+/);
	await page.getByRole('button', { name: 'Abbrechen' }).click();
	await expect(fileInput(page)).toBeFocused();
	await expect(allOffers(page).getByRole('listitem')).toHaveCount(before);
});

test('a file that is not HSDS says why and leaves the catalogue as it was', async ({ page }) => {
	await openQuartier(page);
	const before = await allOffers(page).getByRole('listitem').count();
	await fileInput(page).setInputFiles({
		name: 'notizen.json',
		mimeType: 'application/json',
		buffer: Buffer.from('Das ist keine Liste.')
	});
	const notice = page.locator('.notice.danger');
	await expect(notice).toBeFocused();
	await expect(
		notice.getByRole('heading', { name: 'Mit der Datei gibt es ein Problem' })
	).toBeVisible();
	await expect(notice).toContainText('kein gültiges JSON');
	await expect(notice).toContainText('Der Katalog bleibt so, wie er war.');
	await expect(page.getByRole('button', { name: 'Katalog ersetzen' })).toHaveCount(0);
	await expect(allOffers(page).getByRole('listitem')).toHaveCount(before);
});

test('a changed phone number shows on the offer’s page', async ({ page }) => {
	await openQuartier(page);
	await allOffers(page).getByRole('link', { name: 'Mittags-Tisch', exact: true }).click();
	await expect(page).toHaveURL(/\/quartier\?angebot=/);
	const id = new URL(page.url()).searchParams.get('angebot');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Angebot bearbeiten');
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
	const phone = page.getByLabel('Telefon', { exact: true });
	await expect(phone).toHaveValue(/\d/);
	await phone.fill('040 5555 1234');
	await page.getByRole('button', { name: 'Speichern', exact: true }).click();
	await expect(page).toHaveURL(/\/quartier$/);
	await expect(page.getByRole('status')).toHaveText('Mittags-Tisch ist gespeichert.');
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

	await open(page, `/angebote/${id}`);
	await expect(page.getByRole('link', { name: /040 5555 1234/ })).toHaveAttribute(
		'href',
		'tel:04055551234'
	);
});

test('a failed save moves focus to the error summary, whose links lead to the fields', async ({
	page
}) => {
	await open(page, '/quartier?angebot=neu');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Neues Angebot anlegen');
	await page.getByRole('button', { name: 'Speichern', exact: true }).click();
	const summary = page.locator('.notice.danger');
	await expect(summary).toBeFocused();
	await expect(
		summary.getByRole('heading', { name: 'Bitte prüfen Sie Ihre Eingaben' })
	).toBeVisible();
	await summary.getByRole('link', { name: 'Bitte wählen Sie ein Thema.' }).click();
	await expect(page.getByLabel('Thema', { exact: true })).toBeFocused();
	await summary.getByRole('link', { name: 'Bitte schreiben Sie den Namen vom Angebot.' }).click();
	const name = page.getByLabel('Name vom Angebot');
	await expect(name).toBeFocused();
	await expect(name).toHaveAttribute('aria-invalid', 'true');
	await expect(name).toHaveAccessibleDescription('Bitte schreiben Sie den Namen vom Angebot.');
});

test('the description shows Leichte Sprache hints while typing', async ({ page }) => {
	await open(page, '/quartier?angebot=neu');
	const description = page.getByLabel('Beschreibung in Leichter Sprache');
	await expect(page.getByText('Die Prüfung für Leichte Sprache findet nichts.')).toBeVisible();
	await description.fill('Das Essen im Gemeinschaftszentrum kostet z. B. 3 Euro.');
	const hints = page.getByRole('list', { name: 'Hinweise für Leichte Sprache' });
	await expect(hints.getByRole('listitem')).toHaveText([
		/^Das ist ein Fehler\. Hier steht eine Abkürzung\. .*: z\. B\.$/,
		/^Das ist ein Fehler\. Dieses Wort ist lang\. .*: Gemeinschaftszentrum$/
	]);
	await expect(description).toHaveAccessibleDescription(/2 Fehler, 0 Hinweise/);
});

test('a new offer with times and a price can be created, then retired', async ({ page }) => {
	await openQuartier(page);
	await page.getByRole('link', { name: 'Neues Angebot anlegen' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
	await page.getByLabel('Name vom Angebot').fill('Repair-Treff am Teich');
	await page.getByLabel('Beschreibung in Leichter Sprache').fill('Hier reparieren wir zusammen.');
	await page.getByLabel('Träger').fill('Werkstatt-Verein');
	await page.getByLabel('Thema', { exact: true }).selectOption({ label: 'Reparieren' });
	const slot = page.getByRole('group', { name: 'Zeit 1' });
	await slot.getByRole('checkbox', { name: 'Freitag' }).check();
	await slot.getByLabel('Beginnt um').fill('15:00');
	await slot.getByLabel('Endet um').fill('18:00');
	await page.getByRole('button', { name: 'Preis hinzufügen' }).click();
	await expect(page.getByLabel('Für wen oder wofür')).toBeFocused();
	await page.getByLabel('Für wen oder wofür').fill('für alle');
	await page.getByLabel('Betrag in Euro').fill('2,50');
	await page.getByRole('checkbox', { name: 'Ohne Anmeldung' }).check();
	await page.getByRole('button', { name: 'Speichern', exact: true }).click();
	await expect(page.getByRole('status')).toHaveText('Repair-Treff am Teich ist gespeichert.');

	await allOffers(page).getByRole('link', { name: 'Repair-Treff am Teich' }).click();
	// Read the address only once the editor has opened it.
	await expect(page).toHaveURL(/angebot=[0-9a-f-]{36}/);
	const id = new URL(page.url()).searchParams.get('angebot');
	expect(id).toMatch(/^[0-9a-f-]{36}$/);
	await open(page, `/angebote/${id}`);
	await expect(page.getByText('Jeden Freitag', { exact: false })).toBeVisible();
	await expect(page.getByText('für alle: Das kostet 2,50 Euro.')).toBeVisible();

	await open(page, `/quartier?angebot=${id}`);
	const retire = page.getByRole('button', { name: 'Angebot zurückziehen' });
	await retire.click();
	await expect(page.locator(':focus')).toHaveText(
		'Möchten Sie Repair-Treff am Teich wirklich zurück-ziehen?'
	);
	await page.getByRole('button', { name: 'Nein, behalten' }).click();
	await expect(retire).toBeFocused();
	await retire.click();
	await page.getByRole('button', { name: 'Ja, zurückziehen' }).click();
	await expect(page.getByRole('status')).toHaveText('Repair-Treff am Teich ist zurück-gezogen.');
	await expect(allOffers(page).getByRole('link', { name: 'Repair-Treff am Teich' })).toHaveCount(0);
});

test('the exported HSDS file imports again without losses', async ({ page }) => {
	await openQuartier(page);
	const count = await allOffers(page).getByRole('listitem').count();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'HSDS-Datei speichern' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^nahbei-angebote-\d{4}-\d{2}-\d{2}\.json$/);
	const text = readFileSync(await download.path(), 'utf8');
	await fileInput(page).setInputFiles({
		name: download.suggestedFilename(),
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});
	await expect(page.getByRole('heading', { name: 'Prüfbericht' })).toBeFocused();
	await expect(page.getByText(`Gelesen: ${count} Einträge.`)).toBeVisible();
	await expect(page.getByText(`Wir können ${count} Angebote übernehmen.`)).toBeVisible();
	await expect(
		page.getByRole('heading', { name: 'So viele haben wir repariert: 0' })
	).toBeVisible();
	await expect(
		page.getByRole('heading', { name: 'So viele haben wir weggelassen: 0' })
	).toBeVisible();
});

test('offers not checked for 12 months are listed after an import', async ({ page }) => {
	await openQuartier(page);
	const demo = JSON.parse(readFileSync(demoFile, 'utf8')) as { contents: DemoService[] };
	const [old, never, fresh] = demo.contents.slice(6, 9);
	if (!old || !never || !fresh) throw new Error('demo too small');
	old.assured_date = '2024-05-01';
	delete never.assured_date;
	delete never.last_modified;
	await fileInput(page).setInputFiles({
		name: 'alt.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify([old, never, fresh]))
	});
	await page.getByRole('button', { name: 'Katalog ersetzen' }).click();
	const due = page.getByRole('region', { name: 'Seit 12 Monaten nicht geprüft' });
	await expect(due.getByText('Bitte prüfen Sie 2 Angebote.')).toBeVisible();
	const items = due.getByRole('listitem');
	await expect(items).toHaveCount(2);
	await expect(items.nth(0).getByRole('link')).toHaveText(never.name ?? '');
	await expect(items.nth(0)).toContainText('Noch nie geprüft');
	await expect(items.nth(1).getByRole('link')).toHaveText(old.name ?? '');
	await expect(items.nth(1)).toContainText('Geprüft am 1. Mai 2024');
});

test('a "Stimmt etwas nicht?" report shows in the overview with its reasons and note', async ({
	page
}) => {
	await openQuartier(page);
	const reports = page.getByRole('region', { name: 'Meldungen: Stimmt etwas nicht?' });
	await expect(reports.getByText('Die Liste mit Meldungen ist leer.')).toBeVisible();
	await allOffers(page).getByRole('link', { name: 'Mittags-Tisch', exact: true }).click();
	await expect(page).toHaveURL(/angebot=[0-9a-f-]{36}/);
	const id = new URL(page.url()).searchParams.get('angebot');
	await open(page, `/angebote/${id}`);
	await page.getByRole('button', { name: 'Stimmt etwas nicht?' }).click();
	await page.getByRole('checkbox', { name: 'Die Zeiten' }).check();
	await page.getByRole('checkbox', { name: 'Der Preis' }).check();
	await page.getByLabel('Was möchten Sie noch sagen?').fill('Freitags ist früher Schluss.');
	await page.getByRole('button', { name: 'Meldung fertig machen' }).click();
	await expect(
		page.getByRole('heading', { name: 'Meldung an das Quartier-Team schicken' })
	).toBeFocused();

	await openQuartier(page);
	const report = reports.getByRole('listitem');
	await expect(report).toHaveCount(1);
	await expect(report.getByRole('link', { name: 'Mittags-Tisch' })).toHaveAttribute(
		'href',
		`/quartier?angebot=${id}`
	);
	await expect(report).toContainText('Das ist falsch: Die Zeiten und Der Preis');
	await expect(report).toContainText('Der Hinweis ist: Freitags ist früher Schluss.');
	await expect(report).toContainText(/Gemeldet am \d{1,2}\. \p{L}+ \d{4}/u);
});

import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, open, waitForApp } from '../support/app';
import { readTable } from '../support/database';
import { keepAnOffer } from '../support/offers';
import { addPersonByKeyboard } from '../support/people';

/** Starts a new wish and writes its text; the text is saved a moment later by itself. */
async function writeWish(page: Page, text: string) {
	await open(page, '/wuensche');
	await page.getByRole('button', { name: 'Neuer Wunsch' }).click();
	await expect(page).toHaveURL(/schritt=1/);
	await page.getByRole('radio', { name: 'Schreiben' }).check();
	await page.getByLabel('Mein Wunsch in meinen Worten').fill(text);
}

test('a protected backup brings back a wish, a person and a favourite after deleting everything', async ({
	page
}, info) => {
	// Three passphrase derivations of 600,000 rounds each, a reload and four axe runs.
	test.slow();
	await addPersonByKeyboard(page, {
		name: 'Ayşe Öztürk',
		area: 'Freunde und Nachbarn',
		closeness: 'Sehr nah'
	});
	await writeWish(page, 'Wieder schwimmen gehen 🏊');
	await page.getByRole('button', { name: 'Weiter', exact: true }).click();
	await expect(page).toHaveURL(/schritt=2/);
	const offer = await keepAnOffer(page);

	// Back up with a passphrase, shown in large type.
	await open(page, '/einstellungen');
	await page.getByRole('checkbox', { name: 'Mit einem Passwort schützen' }).check();
	const shown = page.getByRole('group', { name: 'Das Passwort für diese Sicherung:' });
	await expect(shown).toBeVisible();
	const passphrase = (await shown.locator('.passphrase').textContent()) ?? '';
	expect(passphrase.split('-')).toHaveLength(5);
	await expectNoAxeViolations(page, 'passphrase shown');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Alles sichern' }).click();
	const file = info.outputPath('geschuetzt.txt');
	await (await download).saveAs(file);
	expect((await download).suggestedFilename()).toMatch(/^nahbei-sicherung-.*-geschuetzt\.txt$/);

	// Delete everything: nothing is left on screen.
	await page.getByRole('button', { name: 'Alles löschen' }).click();
	await page.getByRole('button', { name: 'Ja, alles löschen' }).click();
	await expect(page).toHaveURL('/');
	await waitForApp(page);
	await open(page, '/menschen');
	await expect(page.getByRole('heading', { name: 'Ihre Liste ist noch leer' })).toBeVisible();
	await open(page, '/wuensche');
	await expect(page.getByText('Wieder schwimmen gehen 🏊')).toHaveCount(0);

	// A wrong passphrase: a clear message, and nothing changes.
	await open(page, '/einstellungen');
	await page.getByLabel('Sicherung laden').setInputFiles(file);
	const field = page.getByLabel('Pass-Wort der Sicherung');
	await expect(field).toBeFocused();
	await field.fill('Apfel Haus Baum Falsch');
	await page.getByRole('button', { name: 'Sicherung öffnen' }).click();
	await expect(page.locator('.notice.danger')).toBeFocused();
	await expect(
		page.getByText('Das Pass-Wort ist falsch. Bitte prüfen Sie alle Wörter.')
	).toBeVisible();
	await expect(page.getByText('Alles ist wie vorher. Ihre Daten sind sicher.')).toBeVisible();
	await expectNoAxeViolations(page, 'wrong passphrase');
	expect(await readTable(page, 'people')).toEqual([]);

	// The right passphrase, typed with spaces and small letters.
	await field.fill(passphrase.toLowerCase().replace(/-/g, ' '));
	await page.getByRole('button', { name: 'Sicherung öffnen' }).click();
	await expect(page.getByRole('heading', { name: 'Das ist in der Sicherung:' })).toBeFocused();
	await expect(page.getByText('1 Eintrag ist bei: Menschen')).toBeVisible();
	await expect(page.getByText('1 Eintrag ist bei: Wünsche')).toBeVisible();
	await expect(page.getByText('1 Eintrag ist bei: Gemerkte Angebote')).toBeVisible();
	const reloaded = page.waitForEvent('load');
	await page.getByRole('button', { name: 'Jetzt laden' }).click();
	await expect(page.getByRole('status')).toHaveText('Die Sicherung ist geladen.');
	await reloaded;

	// Everything is back, on every page.
	await open(page, '/menschen');
	await expect(page.getByRole('heading', { level: 3, name: 'Ayşe Öztürk' })).toBeVisible();
	await open(page, '/wuensche');
	await expect(page.getByText('Wieder schwimmen gehen 🏊')).toBeVisible();
	await page.goto('/angebote?kategorie=essen');
	await page.getByRole('link', { name: offer }).click();
	await expect(page.getByRole('button', { name: 'Merken' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
});

test('a failed upgrade shows its own screen, leaves the old data, and works once fixed', async ({
	page
}) => {
	// A phone that still holds version 1 of the database, with its settings.
	await page.goto('/manifest.webmanifest');
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.open('nahbei', 10);
				request.onupgradeneeded = () =>
					request.result.createObjectStore('settings', { keyPath: 'id' });
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const db = request.result;
					const tx = db.transaction('settings', 'readwrite');
					tx.objectStore('settings').put({
						id: 'app',
						language: 'de-x-ls',
						textSize: 'large',
						theme: 'contrast',
						speechRate: 1,
						voiceURI: null,
						createdAt: '2026-11-01T10:00:00.000Z',
						updatedAt: '2026-11-01T10:00:00.000Z'
					});
					tx.oncomplete = () => {
						db.close();
						resolve();
					};
				};
			})
	);
	// The upgrade breaks while it makes the new tables, as a broken browser or full disk may.
	await page.addInitScript(() => {
		if (!localStorage.getItem('test-break-upgrade')) return;
		IDBDatabase.prototype.createObjectStore = () => {
			throw new DOMException('Das geht gerade nicht.', 'UnknownError');
		};
	});
	await page.evaluate(() => localStorage.setItem('test-break-upgrade', 'yes'));

	await page.goto('/');
	await expect(
		page.getByRole('heading', { level: 1, name: 'Beim Update gab es einen Fehler.' })
	).toBeVisible();
	await expect(page.getByText('Ihre Daten sind sicher.', { exact: true })).toBeVisible();
	await expectNoAxeViolations(page, 'upgrade failed');
	const version = await page.evaluate(async () => {
		const found = (await indexedDB.databases()).find((info) => info.name === 'nahbei');
		return found?.version;
	});
	expect(version).toBe(10);
	expect(await readTable(page, 'settings')).toMatchObject([{ id: 'app', theme: 'contrast' }]);

	// Without the fault, "Noch einmal versuchen" upgrades, and the settings are all there.
	await page.evaluate(() => localStorage.removeItem('test-break-upgrade'));
	await page.getByRole('button', { name: 'Noch einmal versuchen' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Willkommen bei nahbei.' })
	).toBeVisible();
	await open(page, '/einstellungen');
	await expect(page.getByRole('radio', { name: 'Starker Kontrast' })).toBeChecked();
});

test('without IndexedDB, as in some private windows, the person is told clearly', async ({
	page
}) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
	});
	await page.goto('/');
	await waitForApp(page);
	const message = page.getByRole('region', { name: 'Es gibt ein Problem mit dem Speicher' });
	await expect(message).toContainText(
		'nahbei kann auf diesem Gerät nichts speichern. Vielleicht ist ein privates Fenster offen.'
	);
	await expectNoAxeViolations(page, 'no IndexedDB');
});

test('two tabs: what is added in one shows in the other, back and forth', async ({ context }) => {
	const first = await context.newPage();
	const second = await context.newPage();
	await open(second, '/menschen');
	await addPersonByKeyboard(first, { name: 'Anna', area: 'Familie', closeness: 'Nah' });
	await expect(second.getByRole('heading', { level: 3, name: 'Anna' })).toBeVisible();

	await addPersonByKeyboard(second, { name: 'Ben', area: 'Familie', closeness: 'Sehr nah' });
	await expect(first.getByRole('heading', { level: 3, name: 'Ben' })).toBeVisible();

	await open(first, '/wuensche');
	await writeWish(second, 'Im Chor singen 🎶');
	await expect(first.getByText('Im Chor singen 🎶')).toBeVisible();
	await keepAnOffer(first);
	// Anna's card changed in the first tab shows in the second, still open on Meine Menschen.
	await open(second, '/menschen');
	await first.goto('/menschen');
	await first.getByRole('heading', { level: 3, name: 'Anna' }).waitFor();
	await first
		.getByRole('group', { name: 'Anna verschieben' })
		.getByRole('button', { name: 'Näher' })
		.click();
	await expect(
		second.getByRole('region', { name: /^Familie/ }).getByRole('heading', { level: 3 })
	).toHaveText(['Anna', 'Ben']);

	// A setting chosen in one tab applies in the other too.
	await open(first, '/einstellungen');
	await first.getByRole('radio', { name: 'Starker Kontrast' }).check();
	await expect(second.locator('html')).toHaveAttribute('data-theme', 'contrast');
});

test('a newer nahbei in another tab: this tab saves what was typed, then asks for a reload', async ({
	context
}) => {
	const page = await context.newPage();
	const newer = await context.newPage();
	await newer.goto('/manifest.webmanifest');
	await writeWish(page, 'Jeden Dienstag zum Schach-Treff ♟️');
	// At once, before the typed words are saved by themselves, a newer version opens the
	// database in another tab and upgrades it.
	const texts = await newer.evaluate(
		() =>
			new Promise<string[]>((resolve, reject) => {
				const request = indexedDB.open('nahbei', 1000);
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const db = request.result;
					const all = db.transaction('wishes').objectStore('wishes').getAll();
					all.onsuccess = () => {
						db.close();
						resolve(all.result.map((wish: { text: string }) => wish.text));
					};
				};
			})
	);
	expect(texts).toEqual(['Jeden Dienstag zum Schach-Treff ♟️']);
	await expect(
		page.getByRole('region', { name: 'Es gibt ein Problem mit dem Speicher' })
	).toContainText('Es gibt eine neue Version von nahbei. Bitte laden Sie die Seite neu.');
	await expect(page.getByRole('button', { name: 'Seite neu laden' })).toBeVisible();
	await expectNoAxeViolations(page, 'newer version in another tab');
});

test('a full disk while saving: nothing is half-saved, the person is told and offered a backup', async ({
	page
}) => {
	// Every write fails as on a full disk while the flag is set.
	await page.addInitScript(() => {
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function (...args: Parameters<IDBObjectStore['put']>) {
			if (localStorage.getItem('test-disk-full')) {
				throw new DOMException('Der Speicher ist voll.', 'QuotaExceededError');
			}
			return put.apply(this, args);
		};
	});
	await open(page, '/einstellungen');
	await page.evaluate(() => localStorage.setItem('test-disk-full', 'yes'));
	// click, not check: the app puts the old choice back at once, as it should.
	await page.getByRole('radio', { name: 'Dunkel' }).click();
	const message = page.getByRole('region', { name: 'Es gibt ein Problem mit dem Speicher' });
	await expect(message).toContainText(
		'Der Speicher auf Ihrem Gerät ist voll. Darum ist Ihre letzte Eingabe verloren. Ihre alten Daten sind sicher.'
	);
	await expect(message).toContainText('Machen Sie jetzt eine Sicherung.');
	// What is on screen is what is stored: the old choice again.
	await expect(page.getByRole('radio', { name: 'Dunkel' })).not.toBeChecked();
	expect(await readTable(page, 'settings')).toEqual([]);
	await expectNoAxeViolations(page, 'disk full');
	await page.evaluate(() => localStorage.removeItem('test-disk-full'));
	await message.getByRole('link', { name: 'Jetzt sichern' }).click();
	await expect(page).toHaveURL('/einstellungen#backup-title');
});

import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { open, waitForApp } from '../support/app';
import { addPersonByKeyboard, fivePeople, pictureFile } from '../support/people';
import { tabTo } from '../support/keyboard';

test('an empty list offers "Mensch hinzufügen", whose steps are shown and announced; "Zurück" and "Überspringen" work', async ({
	page
}) => {
	await open(page, '/menschen');
	await expect(
		page.getByRole('heading', { level: 2, name: 'Ihre Liste ist noch leer' })
	).toBeVisible();
	const add = page.getByRole('link', { name: 'Mensch hinzufügen' });
	await tabTo(page, add);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: 'Mensch hinzufügen' })).toBeFocused();
	// The first step, reached by the list's link.
	await expect(page.locator('main').getByText('Schritt 1 von 5')).toBeVisible();
	// No name: the error is said and the field keeps focus.
	await tabTo(page, page.getByRole('button', { name: 'Weiter' }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status')).toHaveText('Bitte schreiben Sie einen Namen.');
	const name = page.getByRole('textbox', { name: 'Wie heißt der Mensch?' });
	await expect(name).toBeFocused();
	await expect(name).toHaveAttribute('aria-invalid', 'true');
	await page.keyboard.type('Dora');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status')).toHaveText('Schritt 2 von 5');
	await expect(
		page.getByRole('heading', { level: 2, name: 'Ist Dora ein Mensch? Oder ein Ort?' })
	).toBeFocused();
	await tabTo(page, page.getByRole('button', { name: 'Überspringen' }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 2, name: 'Wo gehört Dora hin?' })).toBeFocused();
	await tabTo(page, page.getByRole('button', { name: 'Zurück' }));
	await page.keyboard.press('Enter');
	await expect(page.locator('main').getByText('Schritt 2 von 5')).toBeVisible();
	await expect(page.getByRole('heading', { level: 2 })).toBeFocused();
});

test('five people added by keyboard are listed by area, each as one sentence', async ({ page }) => {
	await open(page, '/menschen');
	for (const person of fivePeople) await addPersonByKeyboard(page, person);
	await expect(page.getByRole('status')).toHaveText('Frau Doktor Yilmaz ist jetzt in Ihrer Liste.');
	const family = page.getByRole('region', { name: /^Familie/ });
	// Sehr nah comes before nah.
	await expect(family.getByRole('heading', { level: 3 })).toHaveText(['Ben', 'Anna']);
	await expect(family.getByText('Anna. Familie. Nah. Hilft beim Einkaufen.')).toBeVisible();
	await expect(
		page
			.getByRole('region', { name: /^Quartier/ })
			.getByText('Mittags-Tisch. Ein Ort oder eine Gruppe. Quartier. Weiter weg.')
	).toBeVisible();
	await expect(page.getByRole('region', { name: /^Profis/ }).getByRole('listitem')).toHaveCount(1);
});

test('a reload in the middle of adding loses nothing', async ({ page }) => {
	await open(page, '/menschen/neu');
	await tabTo(page, page.getByRole('textbox', { name: 'Wie heißt der Mensch?' }));
	await page.keyboard.type('Emil');
	await page.keyboard.press('Enter');
	await page.keyboard.press('Tab');
	await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('radio', { name: 'Ein Ort oder eine Gruppe' })).toBeChecked();
	await page.reload();
	await waitForApp(page);
	await expect(page.locator('main').getByText('Schritt 2 von 5')).toBeVisible();
	await expect(page.getByRole('radio', { name: 'Ein Ort oder eine Gruppe' })).toBeChecked();
	await expect(page.getByRole('heading', { level: 2, name: /Emil/ })).toBeVisible();
});

test('"Näher" moves a person one step, says so, and keeps the focus', async ({ page }) => {
	await open(page, '/menschen');
	await addPersonByKeyboard(page, fivePeople[0]!);
	const moves = page.getByRole('group', { name: 'Anna verschieben' });
	const closer = moves.getByRole('button', { name: 'Näher' });
	await tabTo(page, closer);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status')).toHaveText('Anna ist jetzt sehr nah.');
	await expect(page.getByText('Anna. Familie. Sehr nah. Hilft beim Einkaufen.')).toBeVisible();
	await expect(closer).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status')).toHaveText('Anna ist schon sehr nah.');
	const area = moves.getByRole('button', { name: 'Anderer Bereich' });
	await tabTo(page, area);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status')).toHaveText(
		'Anna ist jetzt im Bereich: Freunde und Nachbarn.'
	);
	await expect(area).toBeFocused();
	await expect(
		page.getByRole('region', { name: /^Freunde und Nachbarn/ }).getByText(/^Anna\./)
	).toBeVisible();
});

test('a failed save shows the error summary with focus; a fixed one saves', async ({ page }) => {
	await open(page, '/menschen');
	await addPersonByKeyboard(page, fivePeople[0]!);
	await addPersonByKeyboard(page, fivePeople[1]!);
	await tabTo(page, page.getByRole('link', { name: 'Anna ändern' }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: 'Anna ändern' })).toBeFocused();
	const name = page.getByRole('textbox', { name: 'Name' });
	await tabTo(page, name);
	await page.keyboard.press('Control+A');
	await page.keyboard.press('Delete');
	await tabTo(page, page.getByRole('button', { name: 'Speichern' }));
	await page.keyboard.press('Enter');
	const summary = page.getByRole('region', { name: 'Es gibt ein Problem' });
	await expect(summary).toBeFocused();
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect(name).toBeFocused();
	await page.keyboard.type('Anna Berg');
	await tabTo(page, page.getByRole('textbox', { name: 'Telefonnummer' }));
	await page.keyboard.type('040 123 456');
	await tabTo(page, page.getByRole('checkbox', { name: 'Ben', exact: true }));
	await page.keyboard.press('Space');
	await tabTo(page, page.getByRole('button', { name: 'Speichern' }));
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL('/menschen');
	await expect(page.getByRole('status')).toHaveText('Anna Berg ist gespeichert.');
	await expect(page.getByRole('link', { name: 'Anna Berg anrufen' })).toHaveAttribute(
		'href',
		'tel:040123456'
	);
	// The tie is there from both sides.
	await tabTo(page, page.getByRole('link', { name: 'Ben ändern' }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('checkbox', { name: 'Anna Berg' })).toBeChecked();
});

test('deleting asks first, and the deletion can be undone', async ({ page }) => {
	await open(page, '/menschen');
	await addPersonByKeyboard(page, fivePeople[2]!);
	await tabTo(page, page.getByRole('link', { name: 'Carla ändern' }));
	await page.keyboard.press('Enter');
	const remove = page.getByRole('button', { name: 'Carla löschen' });
	await tabTo(page, remove);
	await page.keyboard.press('Enter');
	await expect(
		page.getByRole('heading', { name: 'Wollen Sie Carla wirklich löschen?' })
	).toBeFocused();
	await tabTo(page, page.getByRole('button', { name: 'Nein, behalten' }));
	await page.keyboard.press('Enter');
	await expect(remove).toBeFocused();
	await page.keyboard.press('Enter');
	await tabTo(page, page.getByRole('button', { name: 'Ja, löschen' }));
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL('/menschen');
	await expect(page.getByRole('status')).toHaveText('Carla ist gelöscht.');
	await expect(
		page.getByRole('heading', { level: 2, name: 'Ihre Liste ist noch leer' })
	).toBeVisible();
	await tabTo(page, page.getByRole('button', { name: 'Rückgängig machen' }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status')).toHaveText('Carla ist wieder da.');
	await expect(page.getByRole('heading', { level: 3, name: 'Carla' })).toBeVisible();
});

test('"Wer kennt wen?" asks pair by pair, remembers the answers and resumes', async ({ page }) => {
	await open(page, '/menschen');
	for (const person of fivePeople.slice(0, 3)) await addPersonByKeyboard(page, person);
	await tabTo(page, page.getByRole('link', { name: 'Wer kennt wen?' }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: 'Wer kennt wen?' })).toBeFocused();
	// Three people make three questions; people are asked in the order of the list (by name).
	await expect(page.getByText('Frage 1 von 3')).toBeVisible();
	const question = page.getByRole('heading', { level: 2 });
	await expect(question).toHaveText('Kennen sich Anna und Ben?');
	const answers = page.getByRole('group', { name: 'Kennen sich Anna und Ben?' });
	await tabTo(page, answers.getByRole('button', { name: 'Ja' }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status')).toHaveText('Anna und Ben kennen sich.');
	await expect(question).toHaveText('Kennen sich Anna und Carla?');
	await expect(question).toBeFocused();
	await expect(page.getByText('Frage 2 von 3')).toBeVisible();
	await tabTo(page, page.getByRole('button', { name: 'Später' }));
	await page.keyboard.press('Enter');
	await expect(question).toHaveText('Kennen sich Ben und Carla?');
	await tabTo(page, page.getByRole('button', { name: 'Nein' }));
	await page.keyboard.press('Enter');
	await expect(question).toHaveText('Fertig! Sie haben alle Fragen beantwortet.');
	await expect(question).toBeFocused();
	await expect(page.getByText('1 Frage ist für später.')).toBeVisible();

	// Another visit asks only the question that was put off: one question is left.
	await page.reload();
	await waitForApp(page);
	await expect(question).toHaveText('Kennen sich Anna und Carla?');
	await expect(page.getByText('Frage 1 von 1')).toBeVisible();
	await tabTo(page, page.getByRole('button', { name: 'Weiß nicht' }));
	await page.keyboard.press('Enter');
	await expect(question).toHaveText('Fertig! Sie haben alle Fragen beantwortet.');

	// The tie shows in the "Kennt:" list of both people.
	await tabTo(page, page.getByRole('link', { name: 'Meine Liste', exact: true }), true);
	await page.keyboard.press('Enter');
	await tabTo(page, page.getByRole('link', { name: 'Ben ändern' }));
	await page.keyboard.press('Enter');
	const knows = page.getByRole('group', { name: 'Ben kennt:' });
	await expect(knows.getByRole('checkbox', { name: 'Anna' })).toBeChecked();
	await expect(knows.getByRole('checkbox', { name: 'Carla' })).not.toBeChecked();
});

test('"Was sagt mir das?" says the figures in sentences and suggests offers', async ({ page }) => {
	await addPersonByKeyboard(page, fivePeople[0]!);
	await addPersonByKeyboard(page, fivePeople[1]!);
	await tabTo(page, page.getByRole('link', { name: 'Was sagt mir das?' }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: 'Was sagt mir das?' })).toBeFocused();
	const figures = page.getByRole('list', { name: 'Ihr Netz in Worten' });
	await expect(figures.getByRole('listitem')).toHaveText([
		'Sie haben Kontakt zu 2 Menschen. Auf der Karte sind 2.',
		'Sie haben 2 Menschen in der Familie.',
		'Der Bereich Freunde und Nachbarn ist leer.',
		'Der Bereich Quartier ist leer.',
		'Der Bereich Profis ist leer.',
		'Anna und Ben kennen nur Sie aus Ihrer Liste.'
	]);
	const ideas = page.getByRole('region', { name: 'Ideen für Sie' });
	await expect(ideas.getByRole('link', { name: 'Treffpunkte' })).toHaveAttribute(
		'href',
		'/angebote?kategorie=treffpunkt'
	);
	await expect(ideas.getByRole('link')).toHaveCount(4);
	const wish = ideas.getByRole('link', { name: 'Einen Wunsch daraus machen' });
	await tabTo(page, wish);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL('/wuensche');
	await expect(page.getByRole('heading', { level: 1, name: 'Meine Wünsche' })).toBeVisible();
});

test('the map: every person is a link named like in the list; arrow keys move between them', async ({
	page
}) => {
	for (const person of fivePeople.slice(0, 3)) await addPersonByKeyboard(page, person);
	await tabTo(page, page.getByRole('link', { name: 'Karte', exact: true }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: 'Meine Karte' })).toBeFocused();
	const map = page.getByRole('group', { name: 'Karte von Ihren Menschen' });
	await expect(map).toBeVisible();
	// Family first, sehr nah before nah; only one person is a Tab stop.
	const ben = map.getByRole('link', { name: 'Ben. Familie. Sehr nah.' });
	const anna = map.getByRole('link', { name: 'Anna. Familie. Nah. Hilft beim Einkaufen.' });
	const carla = map.getByRole('link', { name: /^Carla\. Freunde und Nachbarn\. Nah\./ });
	await tabTo(page, ben);
	await page.keyboard.press('ArrowRight');
	await expect(anna).toBeFocused();
	await page.keyboard.press('End');
	await expect(carla).toBeFocused();
	await page.keyboard.press('Home');
	await expect(ben).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(anna).not.toBeFocused();
	await expect(carla).not.toBeFocused();
	// The legend says in words what the picture shows.
	await expect(page.getByText('Oben rechts ist die Familie.')).toBeVisible();
	// Printed, the page shows the map and the list in words, without the buttons.
	await expect(page.getByRole('button', { name: 'Karte und Liste drucken' })).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(map).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Alle Menschen in Worten' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Karte und Liste drucken' })).toBeHidden();
	await page.emulateMedia({ media: 'screen' });
	await ben.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: 'Ben ändern' })).toBeVisible();
});

test('Mein Verlauf: a snapshot is compared with today in sentences, and a saved state is deleted only after a question', async ({
	page
}) => {
	await test.step('a saved snapshot is compared with today in sentences', async () => {
		await open(page, '/menschen');
		await addPersonByKeyboard(page, fivePeople[0]!);
		await addPersonByKeyboard(page, fivePeople[2]!);
		await tabTo(page, page.getByRole('link', { name: 'Mein Verlauf' }));
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { level: 1, name: 'Mein Verlauf' })).toBeFocused();
		await tabTo(page, page.getByRole('textbox', { name: 'Name für diesen Stand' }));
		await page.keyboard.type('Vor dem Umzug');
		await page.keyboard.press('Enter');
		await expect(page.getByRole('status')).toHaveText(/^Gespeichert\. Stand vom /);
		await expect(page.getByRole('listitem').filter({ hasText: 'Vor dem Umzug' })).toContainText(
			'mit 2 Menschen'
		);

		// Change: Anna comes closer, Carla goes, Ben is new.
		await tabTo(page, page.getByRole('link', { name: 'Meine Liste', exact: true }), true);
		await page.keyboard.press('Enter');
		await tabTo(
			page,
			page.getByRole('group', { name: 'Anna verschieben' }).getByRole('button', { name: 'Näher' })
		);
		await page.keyboard.press('Enter');
		await expect(page.getByRole('status')).toHaveText('Anna ist jetzt sehr nah.');
		await addPersonByKeyboard(page, fivePeople[1]!);
		await tabTo(page, page.getByRole('link', { name: 'Carla ändern' }));
		await page.keyboard.press('Enter');
		await tabTo(page, page.getByRole('button', { name: 'Carla löschen' }));
		await page.keyboard.press('Enter');
		await tabTo(page, page.getByRole('button', { name: 'Ja, löschen' }));
		await page.keyboard.press('Enter');
		await expect(page.getByRole('status')).toHaveText('Carla ist gelöscht.');

		await tabTo(page, page.getByRole('link', { name: 'Mein Verlauf' }));
		await page.keyboard.press('Enter');
		await expect(page.getByRole('combobox', { name: 'Früher' })).toHaveValue(/.+/);
		await expect(page.getByRole('combobox', { name: 'Später' })).toHaveValue('today');
		await tabTo(page, page.getByRole('button', { name: 'Vergleichen' }));
		await page.keyboard.press('Enter');
		const result = page.getByRole('heading', { level: 2, name: 'Das hat sich geändert' });
		await expect(result).toBeFocused();
		await expect(
			page.getByRole('region', { name: 'Das hat sich geändert' }).getByRole('listitem')
		).toHaveText([
			'Neu dabei ist: Ben.',
			'Auf der Karte fehlt jetzt: Carla.',
			'Jetzt näher bei Ihnen ist: Anna.'
		]);
	});

	await test.step('a saved state is deleted after a question, and the question can be declined', async () => {
		const label = page.getByRole('textbox', { name: 'Name für diesen Stand' });
		await label.fill('Im Sommer');
		await page.getByRole('button', { name: 'Heute speichern' }).click();
		await expect(page.getByRole('status')).toHaveText(/^Gespeichert\./);
		await label.fill('Im Winter');
		await page.getByRole('button', { name: 'Heute speichern' }).click();
		const saved = page.getByRole('region', { name: 'Gespeicherte Stände' }).getByRole('listitem');
		await expect(saved).toHaveCount(3);

		const remove = page.getByRole('button', { name: /^Im Sommer, Stand vom .* löschen$/ });
		await tabTo(page, remove);
		await page.keyboard.press('Enter');
		const question = page.getByRole('heading', {
			name: /^Wollen Sie Im Sommer, Stand vom .* wirklich löschen\?$/
		});
		await expect(question).toBeFocused();
		await tabTo(page, page.getByRole('button', { name: 'Nein, behalten' }));
		await page.keyboard.press('Enter');
		await expect(remove).toBeFocused();
		await expect(saved).toHaveCount(3);

		await page.keyboard.press('Enter');
		await tabTo(page, page.getByRole('button', { name: 'Ja, löschen' }));
		await page.keyboard.press('Enter');
		await expect(page.getByRole('status')).toHaveText(/^Im Sommer, Stand vom .* ist gelöscht\.$/);
		await expect(
			page.getByRole('heading', { level: 2, name: 'Gespeicherte Stände' })
		).toBeFocused();
		await expect(saved).toHaveCount(2);
		await expect(saved.filter({ hasText: 'Im Winter' })).toHaveCount(1);
		await expect(saved.filter({ hasText: 'Vor dem Umzug' })).toHaveCount(1);
		await expect(page.getByRole('combobox', { name: 'Früher' })).not.toContainText('Im Sommer');
	});
});

test('the network is saved as JSON and CSV files', async ({ page }) => {
	await open(page, '/menschen');
	await addPersonByKeyboard(page, fivePeople[0]!);
	await tabTo(page, page.getByRole('link', { name: 'Dateien', exact: true }));
	await page.keyboard.press('Enter');
	const json = page.waitForEvent('download');
	await tabTo(page, page.getByRole('button', { name: 'Alles als Datei für nahbei speichern' }));
	await page.keyboard.press('Enter');
	const file = await json;
	expect(file.suggestedFilename()).toMatch(/^nahbei-menschen-\d{4}-\d{2}-\d{2}\.json$/);
	const saved = JSON.parse(await readFile((await file.path()) ?? '', 'utf8'));
	expect(saved).toMatchObject({ format: 'nahbei-network', version: 1 });
	expect(saved.people[0]).toMatchObject({ name: 'Anna', area: 'family', closeness: 2 });
	await expect(page.getByRole('status')).toHaveText(/^Die Datei ist gespeichert: /);

	const csv = page.waitForEvent('download');
	await tabTo(page, page.getByRole('button', { name: 'Menschen als Tabelle speichern' }));
	await page.keyboard.press('Enter');
	const table = await readFile((await (await csv).path()) ?? '', 'utf8');
	expect(table).toContain('Anna');
});

test('an easyNWK file is loaded after a question; a bad file changes nothing', async ({ page }) => {
	await open(page, '/menschen');
	await addPersonByKeyboard(page, fivePeople[0]!);
	await tabTo(page, page.getByRole('link', { name: 'Dateien', exact: true }));
	await page.keyboard.press('Enter');
	const input = page.getByLabel('Datei wählen');

	await input.setInputFiles({
		name: 'kaputt.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{ das ist kein JSON')
	});
	const problem = page.getByRole('group', { name: 'Problem mit der Datei' });
	await expect(problem).toBeFocused();
	await expect(problem).toContainText('Ihre Liste ist noch genauso wie vorher.');

	await input.setInputFiles('tests/fixtures/network/easynwk-record.json');
	const question = page.getByRole('heading', { level: 3, name: /^In der Datei sind \d+ Menschen/ });
	await expect(question).toBeFocused();
	await tabTo(page, page.getByRole('button', { name: 'Ja, Datei laden' }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status')).toHaveText(/^Die Datei ist geladen\./);

	await tabTo(page, page.getByRole('link', { name: 'Meine Liste', exact: true }), true);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 3, name: 'Jana' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 3, name: 'Anna' })).toHaveCount(0);
	await tabTo(page, page.getByRole('link', { name: 'Mein Verlauf' }));
	await page.keyboard.press('Enter');
	await expect(
		page.getByRole('listitem').filter({ hasText: /^Erstgespräch, Stand vom/ })
	).toBeVisible();
});

test('the whole journey by keyboard: people, ties, a move, figures, a snapshot and a comparison', async ({
	page
}) => {
	test.setTimeout(180_000);
	await open(page, '/menschen');
	for (const person of fivePeople) await addPersonByKeyboard(page, person);

	// Wer kennt wen? Five people make ten questions: Anna, Ben and Carla all know each other.
	await tabTo(page, page.getByRole('link', { name: 'Wer kennt wen?' }));
	await page.keyboard.press('Enter');
	await expect(page.getByText('Frage 1 von 10')).toBeVisible();
	const question = page.getByRole('heading', { level: 2 });
	const knowing = new Set(['Anna|Ben', 'Anna|Carla', 'Ben|Carla']);
	for (let i = 0; i < 10; i++) {
		const text = (await question.textContent()) ?? '';
		const [, first, second] = /Kennen sich (.+) und (.+)\?/.exec(text) ?? [];
		const answer = knowing.has(`${first}|${second}`) ? 'Ja' : 'Nein';
		await tabTo(page, page.getByRole('button', { name: answer, exact: true }));
		await page.keyboard.press('Enter');
		await expect(question).not.toHaveText(text);
	}
	await expect(question).toHaveText('Fertig! Sie haben alle Fragen beantwortet.');

	// Save how it is now, then move Carla closer.
	await tabTo(page, page.getByRole('link', { name: 'Mein Verlauf' }), true);
	await page.keyboard.press('Enter');
	await tabTo(page, page.getByRole('button', { name: 'Heute speichern' }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status')).toHaveText(/^Gespeichert\./);
	await tabTo(page, page.getByRole('link', { name: 'Meine Liste', exact: true }), true);
	await page.keyboard.press('Enter');
	await tabTo(
		page,
		page.getByRole('group', { name: 'Carla verschieben' }).getByRole('button', { name: 'Näher' })
	);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status')).toHaveText('Carla ist jetzt sehr nah.');

	// The figures in words.
	await tabTo(page, page.getByRole('link', { name: 'Was sagt mir das?' }));
	await page.keyboard.press('Enter');
	const figures = page.getByRole('list', { name: 'Ihr Netz in Worten' });
	await expect(figures.getByRole('listitem')).toContainText([
		'Sie haben Kontakt zu 5 Menschen. Auf der Karte sind 5.',
		'Sie haben 2 Menschen in der Familie.',
		'Sie haben 1 Freund oder Nachbarn.',
		'Sie kennen 1 Ort oder Gruppe im Quartier.',
		'Sie haben 1 Profi.',
		'Anna, Ben und Carla kennen die meisten anderen.',
		'Jeder von ihnen kennt 2 Menschen.',
		'Frau Doktor Yilmaz und Mittags-Tisch kennen nur Sie aus Ihrer Liste.',
		'Diese 3 Menschen kennen sich alle: Anna, Ben und Carla.'
	]);

	// Start adding one more, reload in the middle, and finish: nothing is lost.
	await tabTo(page, page.getByRole('link', { name: 'Mensch hinzufügen', exact: true }));
	await page.keyboard.press('Enter');
	await tabTo(page, page.getByRole('textbox', { name: 'Wie heißt der Mensch?' }));
	await page.keyboard.type('Gisela');
	await page.keyboard.press('Enter');
	await expect(page.locator('main').getByText('Schritt 2 von 5')).toBeVisible();
	await page.reload();
	await waitForApp(page);
	await expect(page.locator('main').getByText('Schritt 2 von 5')).toBeVisible();
	for (let step = 2; step <= 5; step++) {
		await tabTo(page, page.getByRole('button', { name: step === 5 ? 'Fertig' : 'Überspringen' }));
		await page.keyboard.press('Enter');
	}
	await expect(page).toHaveURL('/menschen');
	await expect(page.getByRole('heading', { level: 3, name: 'Gisela' })).toBeVisible();

	// Compare the snapshot with today.
	await tabTo(page, page.getByRole('link', { name: 'Mein Verlauf' }));
	await page.keyboard.press('Enter');
	await tabTo(page, page.getByRole('button', { name: 'Vergleichen' }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: 'Das hat sich geändert' })).toBeFocused();
	await expect(
		page.getByRole('region', { name: 'Das hat sich geändert' }).getByRole('listitem')
	).toHaveText(['Neu dabei ist: Gisela.', 'Jetzt näher bei Ihnen ist: Carla.']);
});

test('Meine Menschen works offline, also a person’s own page', async ({ page, context }) => {
	await open(page, '/');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await context.setOffline(true);
	await addPersonByKeyboard(page, fivePeople[0]!);
	await tabTo(page, page.getByRole('link', { name: 'Anna ändern' }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: 'Anna ändern' })).toBeFocused();
	// A fresh load of a person's page comes from the service worker too.
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Anna ändern' })).toBeVisible();
	for (const path of ['/menschen/karte', '/menschen/zahlen', '/menschen/verlauf']) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	}
	await page.goto('/menschen/karte');
	await expect(page.getByRole('link', { name: /^Anna\. Familie\./ })).toBeVisible();
});

test('a photo is made small, shown with the name as its text, replaced and deleted', async ({
	page
}) => {
	await open(page, '/menschen');
	await addPersonByKeyboard(page, fivePeople[0]!);
	await page.getByRole('link', { name: 'Anna ändern' }).click();
	await expect(page).toHaveURL(/\/menschen\/[0-9a-f-]{36}$/);
	await expect(page.getByText('Hier können Sie ein Foto von Anna speichern.')).toBeVisible();
	await expect(page.getByLabel('Foto machen')).toHaveAttribute('capture', 'environment');
	await page.getByLabel('Foto aussuchen').setInputFiles(await pictureFile(page, 1600, 1200));
	await expect(page.getByRole('status')).toHaveText('Das Foto von Anna ist gespeichert.');
	const photo = page.getByRole('img', { name: 'Foto von Anna' });
	await expect(photo).toBeVisible();
	// Made small before it was saved: 1600 × 1200 becomes 512 × 384.
	expect(
		await photo.evaluate((image: HTMLImageElement) => [image.naturalWidth, image.naturalHeight])
	).toEqual([512, 384]);

	await open(page, '/menschen');
	await expect(
		page
			.getByRole('listitem')
			.filter({ hasText: 'Anna' })
			.getByRole('img', { name: 'Foto von Anna' })
	).toBeVisible();

	await page.getByRole('link', { name: 'Anna ändern' }).click();
	await expect(page).toHaveURL(/\/menschen\/[0-9a-f-]{36}$/);
	const other = page.getByLabel('Anderes Foto aussuchen');
	await other.setInputFiles({
		name: 'notiz.png',
		mimeType: 'image/png',
		buffer: Buffer.from('kein Bild')
	});
	await expect(page.getByRole('status')).toHaveText(
		'Das ist kein Bild. Bitte wählen Sie ein Foto aus.'
	);
	await expect(other).toHaveAccessibleDescription(
		'Das ist kein Bild. Bitte wählen Sie ein Foto aus.'
	);
	await expect(page.getByRole('img', { name: 'Foto von Anna' })).toBeVisible();
	// A tall picture keeps its shape: 300 × 600 becomes 256 × 512.
	await other.setInputFiles(await pictureFile(page, 300, 600));
	await expect(page.getByRole('status')).toHaveText('Das Foto von Anna ist gespeichert.');
	await expect
		.poll(() =>
			page
				.getByRole('img', { name: 'Foto von Anna' })
				.evaluate((image: HTMLImageElement) => [image.naturalWidth, image.naturalHeight])
		)
		.toEqual([256, 512]);

	await tabTo(page, page.getByRole('button', { name: 'Foto löschen' }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status')).toHaveText('Das Foto von Anna ist gelöscht.');
	await expect(page.getByRole('img', { name: 'Foto von Anna' })).toHaveCount(0);
	await expect(page.getByLabel('Foto aussuchen')).toBeFocused();
});

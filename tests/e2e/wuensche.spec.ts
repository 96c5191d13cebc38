import { expect, test, type Page } from '@playwright/test';
import { fakeMediaLaunchOptions, fakeSpeech, onScreen, open } from '../support/app';
import type { Wish } from '../../src/lib/wishes/model';
import { aWish } from '../fixtures/builders.js';
import { hasDatabase, putRecords, readTable } from '../support/database';
import { arrowTo, pressOn, tabTo } from '../support/keyboard';
import { seedPeople } from '../support/wishes';

// A fake microphone, so the voice note can be recorded without a person speaking.
test.use({ launchOptions: fakeMediaLaunchOptions });

function stepHeading(page: Page, step: number, title: string) {
	return page.getByRole('heading', { level: 2, name: `Schritt ${step} von 8: ${title}` });
}

// Step 1 asks first how the person tells the wish; writing is one of four ways.
async function writeWish(page: Page, text: string) {
	await page.getByRole('radio', { name: 'Schreiben' }).check();
	await page.getByLabel('Mein Wunsch in meinen Worten').fill(text);
}

async function startWish(page: Page) {
	await open(page, '/wuensche');
	await pressOn(page, page.getByRole('button', { name: 'Neuer Wunsch' }));
	await expect(stepHeading(page, 1, 'Was wünschen Sie sich?')).toBeFocused();
}

test('a wish is written, planned with the 5 questions and confirmed, by keyboard only', async ({
	page
}) => {
	await open(page, '/wuensche');
	await seedPeople(page);
	await startWish(page);

	// No way is chosen at first: Tab reaches the first card, the arrow keys move to Schreiben.
	await tabTo(page, page.getByRole('radio', { name: 'Ein Bild aussuchen' }));
	await arrowTo(page, page.getByRole('radio', { name: 'Schreiben' }));
	await tabTo(page, page.getByLabel('Mein Wunsch in meinen Worten'));
	await page.keyboard.type('Ich möchte wieder schwimmen gehen.');
	await pressOn(page, page.getByRole('button', { name: 'Weiter', exact: true }));

	await expect(stepHeading(page, 2, 'Was kann ich selbst tun?')).toBeFocused();
	await expect(page.getByText('Zum Beispiel: Ich packe meine Tasche selbst.')).toBeVisible();
	await pressOn(page, page.getByRole('radio', { name: 'Ich schaffe das allein.' }), ' ');
	await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('radio', { name: 'Ich brauche etwas Hilfe.' })).toBeChecked();
	await tabTo(page, page.getByLabel('In meinen Worten'));
	await page.keyboard.type('Ich packe die Tasche.');
	await pressOn(page, page.getByRole('button', { name: 'Weiter', exact: true }));

	await expect(
		stepHeading(page, 3, 'Wer aus Familie, Freunden, Nachbarn kann helfen?')
	).toBeFocused();
	await pressOn(page, page.getByRole('checkbox', { name: 'Ayşe' }), ' ');
	await expect(page.getByRole('checkbox', { name: 'Ayşe' })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Frau Lotsin' })).toHaveCount(0);
	await tabTo(page, page.getByLabel('In meinen Worten'));
	await page.keyboard.type('Ayşe fährt mich hin.');
	await pressOn(page, page.getByRole('button', { name: 'Weiter', exact: true }));

	await expect(stepHeading(page, 4, 'Was gibt es im Quartier?')).toBeFocused();
	// The offers are searched from inside the flow.
	await tabTo(page, page.getByRole('searchbox', { name: 'Angebot suchen' }));
	await page.keyboard.type('Mittagstisch');
	await pressOn(page, page.getByRole('checkbox', { name: 'Mittags-Tisch' }), ' ');
	await expect(page.getByRole('checkbox', { name: 'Mittags-Tisch' })).toBeChecked();
	await tabTo(page, page.getByLabel('In meinen Worten'));
	await page.keyboard.type('Das Bad an der Ecke.');
	await pressOn(page, page.getByRole('button', { name: 'Weiter', exact: true }));

	await expect(stepHeading(page, 5, 'Welche Hilfe von Profis brauche ich?')).toBeFocused();
	await pressOn(page, page.getByRole('checkbox', { name: 'Frau Lotsin' }), ' ');
	await pressOn(page, page.getByRole('button', { name: 'Weiter', exact: true }));

	await expect(stepHeading(page, 6, 'Was kann ich für andere tun?')).toBeFocused();
	await tabTo(page, page.getByLabel('In meinen Worten'));
	await page.keyboard.type('Ich zeige anderen den Weg.');
	await pressOn(page, page.getByRole('button', { name: 'Weiter', exact: true }));

	await expect(stepHeading(page, 7, 'Der erste Schritt')).toBeFocused();
	await tabTo(page, page.getByLabel('Mein erster Schritt'));
	await page.keyboard.type('Ich rufe im Bad an.');
	await pressOn(page, page.getByRole('button', { name: 'Weiter', exact: true }));

	await expect(stepHeading(page, 8, 'Das ist mein Wunsch')).toBeFocused();
	const summary = page.locator('.summary');
	await expect(summary).toContainText('Ich möchte wieder schwimmen gehen.');
	await expect(summary).toContainText('Ich brauche etwas Hilfe.');
	await expect(summary).toContainText('Diese Menschen sind dabei: Ayşe');
	await expect(summary).toContainText('Diese Menschen sind dabei: Frau Lotsin');
	await expect(summary).toContainText('Diese Angebote sind dabei: Mittags-Tisch');
	await expect(summary).toContainText('Ich zeige anderen den Weg.');
	await tabTo(page, page.getByRole('radio', { name: 'Idee' }));
	await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('radio', { name: 'Ich fange an' })).toBeChecked();
	await pressOn(page, page.getByRole('button', { name: 'Das ist mein Wunsch' }));
	await expect(page.getByText('Das ist jetzt Ihr Wunsch.').first()).toBeVisible();
	await expect(page.getByRole('status')).toHaveText('Das ist jetzt Ihr Wunsch.');

	await pressOn(page, page.getByRole('button', { name: 'Zu meinen Wünschen' }));
	await expect(page.getByRole('heading', { level: 1, name: 'Meine Wünsche' })).toBeFocused();
	const card = page.getByRole('listitem').filter({ hasText: 'Ich möchte wieder schwimmen gehen.' });
	await expect(card).toContainText('Stand: Ich fange an');
	await expect(card).toContainText('Das ist der erste Schritt: Ich rufe im Bad an.');

	await open(page, '/');
	await expect(page.getByRole('region', { name: 'Meine nächsten Schritte' })).toContainText(
		'Ich rufe im Bad an.'
	);
});

test('a whole wish is made with pictures and the scale alone, by keyboard', async ({ page }) => {
	// Eight steps by keyboard alone: more key presses than one journey needs.
	test.slow();
	await startWish(page);
	await tabTo(page, page.getByRole('radio', { name: 'Ein Bild aussuchen' }));
	await page.keyboard.press(' ');
	await expect(page.getByRole('radio', { name: 'Ein Bild aussuchen' })).toBeChecked();
	// The life areas are big cards at once, no list in front of them.
	const areas = page.getByRole('group', { name: /Wählen Sie einen Lebens/ });
	await expect(areas.getByRole('radio')).toHaveCount(8);
	await tabTo(page, areas.getByRole('radio', { name: 'Wohnen' }));
	await arrowTo(page, areas.getByRole('radio', { name: 'Freizeit' }));
	await expect(page.getByRole('status')).toHaveText('Jetzt sehen Sie die Bilder zu: Freizeit.');
	const pictures = page.getByRole('group', { name: 'Wählen Sie ein Bild für Ihren Wunsch.' });
	// "Kein Bild" is chosen at first; the arrow keys move on to the pictures.
	await tabTo(page, pictures.getByRole('radio', { name: 'Kein Bild' }));
	await arrowTo(page, pictures.getByRole('radio', { name: 'Ausflug' }));
	await pressOn(page, page.getByRole('button', { name: 'Weiter', exact: true }));

	await expect(stepHeading(page, 2, 'Was kann ich selbst tun?')).toBeFocused();
	await tabTo(page, page.getByRole('radio', { name: 'Ich schaffe das allein.' }));
	await arrowTo(page, page.getByRole('radio', { name: 'Ich brauche etwas Hilfe.' }));
	await pressOn(page, page.getByRole('checkbox', { name: 'Wecker' }), ' ');
	await pressOn(page, page.getByRole('button', { name: 'Weiter', exact: true }));

	const answers: [number, string, string | RegExp, string][] = [
		[3, 'Wer aus Familie, Freunden, Nachbarn kann helfen?', 'Nachbarn', 'Gut'],
		// The screen reader hears a compound as one word: "MittagsTisch".
		[4, 'Was gibt es im Quartier?', /Mittags.?Tisch/, 'Geht so'],
		[5, 'Welche Hilfe von Profis brauche ich?', 'Beratung', 'Nicht gut'],
		[6, 'Was kann ich für andere tun?', 'Kuchen backen', 'Gut']
	];
	for (const [step, title, picture, feeling] of answers) {
		await expect(stepHeading(page, step, title)).toBeFocused();
		const chosen = page
			.getByRole('group', { name: 'Welche Bilder passen zu Ihrer Antwort?' })
			.getByRole('checkbox', { name: picture });
		await pressOn(page, chosen, ' ');
		await expect(chosen).toBeChecked();
		const scale = page.getByRole('group', { name: 'Wie ist das für Sie?' });
		await tabTo(page, scale.getByRole('radio', { name: 'Gut', exact: true }));
		await arrowTo(page, scale.getByRole('radio', { name: feeling, exact: true }));
		await pressOn(page, page.getByRole('button', { name: 'Weiter', exact: true }));
	}
	await expect(stepHeading(page, 7, 'Der erste Schritt')).toBeFocused();
	await pressOn(page, page.getByRole('button', { name: 'Weiter', exact: true }));

	await expect(stepHeading(page, 8, 'Das ist mein Wunsch')).toBeFocused();
	const summary = page.locator('.summary');
	await expect(summary).toContainText('Ausflug');
	await expect(summary).toContainText('Ich brauche etwas Hilfe.');
	await expect(summary).toContainText('Diese Bilder sind dabei: Wecker');
	await expect(summary).toContainText('So finde ich das: Gut');
	await expect(summary).toContainText('Diese Bilder sind dabei: Mittags-Tisch');
	await expect(summary).toContainText('So finde ich das: Nicht gut');
	await pressOn(page, page.getByRole('button', { name: 'Das ist mein Wunsch' }));
	await expect(page.getByRole('status')).toHaveText('Das ist jetzt Ihr Wunsch.');
	const [wish] = await readTable<Wish>(page, 'wishes');
	expect(wish?.pictureAnswers?.others).toEqual({ pictures: ['bake'], feeling: 'good' });
});

test('choices are read aloud on focus when the person asks for it, and the question with its example', async ({
	page
}) => {
	await fakeSpeech(page, [{ name: 'Anna', lang: 'de-DE' }]);
	await startWish(page);
	const spoken = () =>
		page.evaluate(() => (window as unknown as { spokenTexts: string[] }).spokenTexts.join(' '));
	await tabTo(page, page.getByRole('radio', { name: 'Ein Bild aussuchen' }));
	expect(await spoken()).toBe('');
	await page.getByRole('checkbox', { name: 'Wörter beim Antippen vorlesen' }).check();
	await tabTo(page, page.getByRole('radio', { name: 'Ein Bild aussuchen' }), true);
	await expect.poll(spoken).toContain('Ein Bild aussuchen');

	await writeWish(page, 'Lesen');
	await page.getByRole('button', { name: 'Weiter', exact: true }).click();
	await expect(stepHeading(page, 2, 'Was kann ich selbst tun?')).toBeFocused();
	// Only what "Frage vorlesen" reads counts from here.
	await page.evaluate(() => {
		(window as unknown as { spokenTexts: string[] }).spokenTexts.length = 0;
	});
	await page.getByRole('button', { name: 'Frage vorlesen' }).click();
	await expect.poll(spoken).toContain('Was kann ich selbst tun?');
	expect(await spoken()).toContain('Ich packe meine Tasche selbst.');
});

test('each step shows "Schritt … von 8", Zurück and Später weiter-machen; the questions explain Quartier and Lotse, each closed when its step starts', async ({
	page
}) => {
	await startWish(page);
	await writeWish(page, 'Kochen lernen');
	for (let step = 1; step <= 8; step++) {
		await expect(
			page.getByRole('heading', { level: 2, name: `Schritt ${step} von 8` })
		).toBeVisible();
		await expect(page.getByRole('button', { name: 'Zurück' })).toBeVisible();
		const later = step === 8 ? 'Zu meinen Wünschen' : 'Später weitermachen';
		await expect(page.getByRole('button', { name: later })).toBeVisible();
		if (step === 4) {
			await expect(page).toHaveURL(/schritt=4/);
			const quartier = page.getByRole('button', { name: 'Quartier', exact: true });
			await quartier.click();
			await expect(quartier).toHaveAttribute('aria-expanded', 'true');
			await expect(page.getByText('Das Quartier ist die Gegend um Ihre Wohnung.')).toBeVisible();
		}
		if (step === 5) {
			await expect(page).toHaveURL(/schritt=5/);
			const lotse = page.getByRole('button', { name: 'Lotse', exact: true });
			await expect(lotse).toHaveAttribute('aria-expanded', 'false');
			await expect(lotse).toHaveAccessibleDescription('Was heißt Lotse?');
			await expect(page.getByText('Ein Lotse hilft Ihnen im Alltag.')).toBeHidden();
		}
		if (step < 8) await page.getByRole('button', { name: 'Weiter', exact: true }).click();
	}
	await page.getByRole('button', { name: 'Zurück' }).click();
	await expect(stepHeading(page, 7, 'Der erste Schritt')).toBeFocused();
	// The browser's own back button moves a step back too, and focus follows.
	await page.goBack();
	await expect(stepHeading(page, 8, 'Das ist mein Wunsch')).toBeFocused();
});

test('a reload in the middle comes back to the same step with nothing lost', async ({ page }) => {
	await startWish(page);
	await writeWish(page, 'Fahrrad fahren lernen');
	await page.getByRole('button', { name: 'Weiter', exact: true }).click();
	await page.getByRole('button', { name: 'Weiter', exact: true }).click();
	await expect(page).toHaveURL(/schritt=3/);
	await page.getByLabel('In meinen Worten').fill('Mein Bruder übt mit mir.');
	// The typed words are saved a moment after typing, without pressing any button.
	const savedTexts = async () =>
		(await readTable<Wish>(page, 'wishes')).map((wish) => wish.answers.network.text);
	await expect.poll(savedTexts).toContain('Mein Bruder übt mit mir.');
	await page.reload();
	await expect(
		stepHeading(page, 3, 'Wer aus Familie, Freunden, Nachbarn kann helfen?')
	).toBeVisible();
	await expect(page.getByLabel('In meinen Worten')).toHaveValue('Mein Bruder übt mit mir.');

	// A closed app: the list offers to go on where the person stopped.
	await open(page, '/wuensche');
	await page.getByRole('link', { name: 'Weitermachen bei Schritt 3' }).click();
	await expect(page.getByLabel('In meinen Worten')).toHaveValue('Mein Bruder übt mit mir.');
	// One step back at a time: each "Zurück" waits until the step before is there.
	await page.getByRole('button', { name: 'Zurück' }).click();
	await expect(page).toHaveURL(/schritt=2/);
	await page.getByRole('button', { name: 'Zurück' }).click();
	await expect(page).toHaveURL(/schritt=1/);
	await expect(page.getByLabel('Mein Wunsch in meinen Worten')).toHaveValue(
		'Fahrrad fahren lernen'
	);
});

test('an empty wish gets a clear message and stays on the step', async ({ page }) => {
	await startWish(page);
	await pressOn(page, page.getByRole('button', { name: 'Weiter', exact: true }));
	const summary = page.getByRole('group', { name: 'Bitte prüfen Sie das:' });
	await expect(summary).toBeFocused();
	await expect(summary).toContainText(
		'Bitte schreiben Sie Ihren Wunsch auf. Oder wählen Sie ein Bild.'
	);
	await expect(page.getByRole('radio', { name: 'Schreiben' })).toHaveAttribute(
		'aria-invalid',
		'true'
	);
	await expect(page).toHaveURL(/schritt=1/);
	// The summary's link leads to the ways.
	await summary.getByRole('link').click();
	await expect(page.getByRole('radio', { name: 'Ein Bild aussuchen' })).toBeFocused();
	// A picture alone is enough.
	await page.getByRole('radio', { name: 'Ein Bild aussuchen' }).check();
	await page.getByRole('radio', { name: 'Unterwegs sein' }).check();
	await expect(page.getByRole('status')).toHaveText(
		'Jetzt sehen Sie die Bilder zu: Unterwegs sein.'
	);
	await page.getByRole('radio', { name: 'Bus fahren' }).check();
	await page.getByRole('button', { name: 'Weiter', exact: true }).click();
	await expect(stepHeading(page, 2, 'Was kann ich selbst tun?')).toBeFocused();
});

test('a text over 2000 characters is cut with a message', async ({ page }) => {
	await startWish(page);
	await writeWish(page, 'Schwimmen. '.repeat(200));
	await page.getByRole('button', { name: 'Weiter', exact: true }).click();
	await expect(page.getByRole('main').getByText('Ihr Text war zu lang.')).toBeVisible();
	await page.getByRole('button', { name: 'Zurück' }).click();
	await expect(page.getByLabel('Mein Wunsch in meinen Worten')).toHaveValue(
		'Schwimmen. '.repeat(200).slice(0, 2000)
	);
});

test('a first visit stores nothing; leaving a new wish before writing anything leaves no empty card; a wish is paused, marked done, deleted and brought back', async ({
	page
}) => {
	await open(page, '/wuensche');
	await expect(page.getByText('Ihre Liste mit Wünschen ist noch leer.')).toBeVisible();
	// Looking is not storing: the device holds no database until the first wish.
	expect(await hasDatabase(page)).toBe(false);
	await startWish(page);
	await pressOn(page, page.getByRole('button', { name: 'Später weitermachen' }));
	await expect(page.getByText('Ihre Liste mit Wünschen ist noch leer.')).toBeVisible();

	await pressOn(page, page.getByRole('button', { name: 'Neuer Wunsch' }));
	await expect(stepHeading(page, 1, 'Was wünschen Sie sich?')).toBeFocused();
	await writeWish(page, 'Gitarre spielen');
	await page.getByRole('button', { name: 'Später weitermachen' }).click();
	await expect(page.getByRole('status')).toHaveText(
		'Alles ist gespeichert. Sie können später weiter-machen.'
	);
	const card = page.getByRole('listitem').filter({ hasText: 'Gitarre spielen' });
	await card.getByRole('button', { name: 'Pause machen' }).click();
	await expect(card).toContainText('Der Wunsch hat gerade Pause.');
	await page.getByRole('radio', { name: 'Wünsche mit Pause' }).check();
	await expect(card).toBeVisible();
	await page.getByRole('radio', { name: 'Geschafft' }).check();
	await expect(card).toHaveCount(0);
	await page.getByRole('radio', { name: 'Alle Wünsche' }).check();
	await card.getByRole('button', { name: 'Geschafft' }).click();
	await expect(card).toContainText('Stand: Geschafft');
	await pressOn(page, card.getByRole('button', { name: 'Löschen' }));
	await expect(card).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Rückgängig machen' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(card).toContainText('Stand: Geschafft');
	await expect(page.getByRole('status')).toHaveText('Der Wunsch ist wieder da.');
});

test('helper mode: ideas are kept apart, accepted or rejected by the person', async ({ page }) => {
	await open(page, '/wuensche');
	await pressOn(page, page.getByRole('button', { name: 'Hilfemodus starten' }));
	await expect(page.getByLabel('Wie heißt der Mensch, der Ihnen hilft?')).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(onScreen(page, 'Bitte schreiben Sie einen Namen.')).toBeVisible();
	await page.keyboard.type('Mama');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: 'Hilfemodus: Mama hilft' })).toBeVisible();

	await pressOn(page, page.getByRole('button', { name: 'Neuer Wunsch' }));
	await expect(page.getByRole('heading', { name: 'Hilfemodus: Mama hilft' })).toBeVisible();
	await writeWish(page, 'Ich will tanzen.');
	await tabTo(page, page.getByLabel('Idee von Mama'));
	await page.keyboard.type('Mit Jürgen zusammen');
	await pressOn(page, page.getByRole('button', { name: 'Idee speichern' }));
	await tabTo(page, page.getByLabel('Idee von Mama'));
	await page.keyboard.type('Im Verein');
	await pressOn(page, page.getByRole('button', { name: 'Idee speichern' }));
	// The ideas never go into the person's words by themselves.
	await expect(page.getByLabel('Mein Wunsch in meinen Worten')).toHaveValue('Ich will tanzen.');
	await expect(page.getByText('Idee von Mama: Mit Jürgen zusammen')).toBeVisible();

	await pressOn(page, page.getByRole('button', { name: 'Hilfemodus beenden' }));
	await expect(page.getByLabel('Idee von Mama')).toHaveCount(0);
	await pressOn(page, page.getByRole('button', { name: 'Annehmen', description: /Mit Jürgen/ }));
	await expect(page.getByLabel('Mein Wunsch in meinen Worten')).toHaveValue(
		'Ich will tanzen.\nMit Jürgen zusammen'
	);
	await pressOn(page, page.getByRole('button', { name: 'Ablehnen', description: /Im Verein/ }));
	await expect(page.getByText('Idee von Mama: Im Verein')).toHaveCount(0);
	await expect(page.getByLabel('Mein Wunsch in meinen Worten')).toHaveValue(
		'Ich will tanzen.\nMit Jürgen zusammen'
	);

	await page.goto(page.url().replace(/schritt=\d/, 'schritt=8'));
	await expect(page.locator('.summary')).toContainText('Geschrieben mit Hilfe von Mama');
	await page.getByRole('button', { name: 'Das ist mein Wunsch' }).click();
	await page.getByRole('button', { name: 'Zu meinen Wünschen' }).click();
	const card = page.getByRole('listitem').filter({ hasText: 'Ich will tanzen.' });
	await expect(card).toContainText('Geschrieben mit Hilfe von Mama');
	await expect(card).not.toContainText('Bitte bestätigen Sie den Wunsch');
});

test('a voice note is recorded with the microphone and plays back after a reload', async ({
	page
}) => {
	await startWish(page);
	await page.getByRole('radio', { name: 'Sprechen' }).check();
	await pressOn(page, page.getByRole('button', { name: 'Aufnahme starten' }));
	await expect(page.getByText('Die Aufnahme läuft. Sprechen Sie jetzt.').first()).toBeVisible();
	// The person speaks for a moment: this is the length of the recording, not a wait for the app.
	await page.waitForTimeout(1200);
	await pressOn(page, page.getByRole('button', { name: 'Aufnahme beenden' }));
	await expect(page.getByRole('status')).toHaveText('Die Sprach-Nachricht ist gespeichert.');
	// A voice note alone is enough to go on.
	await page.getByRole('button', { name: 'Weiter', exact: true }).click();
	await expect(stepHeading(page, 2, 'Was kann ich selbst tun?')).toBeVisible();
	await page.reload();
	await page.getByRole('button', { name: 'Zurück' }).click();
	const player = page.getByLabel('Meine Sprachnachricht anhören');
	await expect(player).toBeVisible();
	const duration = await player.evaluate(
		(audio: HTMLAudioElement) =>
			new Promise<number>((resolve) => {
				if (audio.readyState >= 1) resolve(audio.duration);
				audio.addEventListener('loadedmetadata', () => resolve(audio.duration));
				audio.addEventListener('error', () => resolve(-1));
			})
	);
	expect(duration).not.toBe(-1);
});

test('a refused microphone gets a clear message and the words stay', async ({ page }) => {
	await page.addInitScript(() => {
		navigator.mediaDevices.getUserMedia = () =>
			Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
	});
	await startWish(page);
	await writeWish(page, 'Singen im Chor');
	await page.getByRole('radio', { name: 'Sprechen' }).check();
	await page.getByRole('button', { name: 'Aufnahme starten' }).click();
	await expect(
		page.getByRole('main').getByText('nahbei darf das Mikrofon nicht benutzen.')
	).toBeVisible();
	await page.getByRole('radio', { name: 'Schreiben' }).check();
	await expect(page.getByLabel('Mein Wunsch in meinen Worten')).toHaveValue('Singen im Chor');
});

test('Mein Plan puts each wish on its own printed page in large type', async ({ page }) => {
	for (const text of ['Schwimmen gehen', 'Kochen lernen']) {
		await startWish(page);
		await writeWish(page, text);
		await page.getByRole('button', { name: 'Später weitermachen' }).click();
	}
	await pressOn(page, page.getByRole('link', { name: 'Mein Plan zum Drucken' }));
	await expect(page.getByRole('heading', { level: 1, name: 'Mein Plan' })).toBeFocused();
	await expect(page.getByRole('button', { name: 'Drucken' })).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	const pages = page.locator('.plan-page');
	await expect(pages).toHaveCount(2);
	const style = await pages.first().evaluate((el) => {
		const css = getComputedStyle(el);
		return { breakAfter: css.breakAfter, fontSize: parseFloat(css.fontSize) };
	});
	expect(style.breakAfter).toBe('page');
	expect(style.fontSize).toBeGreaterThanOrEqual(24);
	await expect(page.getByRole('banner')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Drucken' })).toBeHidden();
});

// The smallest PNG: one transparent pixel.
const onePixelPng = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
	'base64'
);

test('a photo is chosen, shown and kept; a file that is no picture gets a message', async ({
	page
}) => {
	await startWish(page);
	await writeWish(page, 'Garten anlegen');
	await page.getByRole('radio', { name: 'Ein Foto machen' }).check();
	const input = page.getByLabel('Foto machen oder aussuchen');
	await input.setInputFiles({
		name: 'brief.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from('Hallo')
	});
	await expect(
		page.getByRole('main').getByText('Das ist kein Bild. Bitte wählen Sie ein Foto aus.')
	).toBeVisible();
	await expect(input).toHaveAttribute('aria-invalid', 'true');
	await page.getByRole('radio', { name: 'Schreiben' }).check();
	await expect(page.getByLabel('Mein Wunsch in meinen Worten')).toHaveValue('Garten anlegen');
	await page.getByRole('radio', { name: 'Ein Foto machen' }).check();

	await input.setInputFiles({ name: 'garten.png', mimeType: 'image/png', buffer: onePixelPng });
	await expect(page.getByRole('img', { name: 'Mein Foto zum Wunsch' })).toBeVisible();
	await expect(page.getByRole('main').getByText('Das ist kein Bild.')).toHaveCount(0);
	await page.reload();
	// The wish opens on its words; the photo is kept under its own way.
	await page.getByRole('radio', { name: 'Ein Foto machen' }).check();
	await expect(page.getByRole('img', { name: 'Mein Foto zum Wunsch' })).toBeVisible();
	// The plan on paper shows the photo too.
	const flow = page.url();
	await open(page, '/wuensche?ansicht=plan');
	await expect(page.getByRole('img', { name: 'Mein Foto zum Wunsch' })).toBeVisible();
	await page.goto(flow);
	await page.getByRole('radio', { name: 'Ein Foto machen' }).check();
	await page.getByRole('button', { name: 'Foto löschen' }).click();
	await expect(page.getByRole('img', { name: 'Mein Foto zum Wunsch' })).toHaveCount(0);
});

test('a long list of people shows the 6 closest first, and the rest on request', async ({
	page
}) => {
	await open(page, '/wuensche');
	await seedPeople(page, 7);
	await startWish(page);
	await writeWish(page, 'Umziehen');
	await page.getByRole('button', { name: 'Weiter', exact: true }).click();
	await page.getByRole('button', { name: 'Weiter', exact: true }).click();
	const people = page.getByRole('group', { name: 'Diese Menschen können helfen:' });
	await expect(people.getByRole('checkbox')).toHaveCount(6);
	await expect(people.getByRole('checkbox', { name: 'Ayşe' })).toBeVisible();
	await pressOn(page, page.getByRole('button', { name: '2 weitere Menschen zeigen' }));
	await expect(people.getByRole('checkbox')).toHaveCount(8);
	await expect(people.getByRole('checkbox').nth(6)).toBeFocused();
});

test('an offer is added to a wish from the offer page', async ({ page }) => {
	await startWish(page);
	await writeWish(page, 'Ich möchte mittags nicht allein essen.');
	await page.getByRole('button', { name: 'Weiter', exact: true }).click();
	await expect(stepHeading(page, 2, 'Was kann ich selbst tun?')).toBeFocused();

	await open(page, '/angebote?suche=Mittagstisch');
	await page.getByRole('link', { name: 'Mittags-Tisch' }).first().click();
	await page.getByRole('button', { name: 'Zu einem Wunsch hinzufügen' }).click();
	await expect(page.getByText('Zu welchem Wunsch passt das Angebot?')).toBeFocused();
	await expect(
		page.getByRole('radio', { name: 'Ich möchte mittags nicht allein essen.' })
	).toBeChecked();
	await page.getByRole('button', { name: 'Hinzufügen', exact: true }).click();
	await expect(page.getByRole('status')).toHaveText(
		'Mittags-Tisch ist jetzt bei Ihrem Wunsch: Ich möchte mittags nicht allein essen.'
	);
	await expect(page.getByRole('button', { name: 'Zu einem Wunsch hinzufügen' })).toBeFocused();
});

test('a long list comes in parts of 30, and "more" moves focus to the next wish', async ({
	page
}) => {
	await open(page, '/wuensche');
	const wishes = Array.from({ length: 35 }, (_, i) =>
		aWish({
			text: `Wunsch Nummer ${i + 1}`,
			confirmedByMe: true,
			step: 8,
			createdAt: new Date(Date.UTC(2026, 10, 1, 8, 0, 59 - i)).toISOString()
		})
	);
	await putRecords(page, { wishes });
	await page.reload();
	const titles = page.locator('ul.wishes h3');
	await expect(titles).toHaveCount(30);
	await page.getByRole('button', { name: '5 weitere Wünsche zeigen' }).click();
	await expect(titles).toHaveCount(35);
	await expect(titles.nth(30)).toBeFocused();
	await expect(titles.nth(30)).toHaveText('Wunsch Nummer 31');
});

test('a helper who is not in Meine Menschen yet is added on the spot', async ({ page }) => {
	await startWish(page);
	await writeWish(page, 'Ich möchte im Chor singen.');
	await page.getByRole('button', { name: 'Weiter', exact: true }).click();
	await page.getByRole('button', { name: 'Weiter', exact: true }).click();
	await expect(
		stepHeading(page, 3, 'Wer aus Familie, Freunden, Nachbarn kann helfen?')
	).toBeFocused();
	await page.getByRole('button', { name: 'Mensch dazunehmen' }).click();
	await expect(page.getByRole('main').getByText('Bitte schreiben Sie einen Namen.')).toBeVisible();
	await expect(page.getByLabel('Jemand fehlt? Schreiben Sie den Namen hier.')).toBeFocused();
	await page.getByLabel('Jemand fehlt? Schreiben Sie den Namen hier.').fill('Nachbar Jens');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('checkbox', { name: 'Nachbar Jens' })).toBeChecked();
	await expect(page.getByRole('status')).toContainText(
		'Nachbar Jens ist jetzt bei Meine Menschen.'
	);
	await open(page, '/menschen');
	await expect(page.getByText(/Nachbar Jens\. Freunde und Nachbarn\./)).toBeVisible();
});

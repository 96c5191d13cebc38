import { expect, test, type Page } from '@playwright/test';
import {
	expectNoAxeViolations,
	expectNoAxeViolationsInEveryTheme,
	open,
	onScreen,
	visit
} from '../support/app';
import { seedPeople } from '../support/wishes';

async function startWish(page: Page, text: string) {
	await open(page, '/wuensche');
	await page.getByRole('button', { name: 'Neuer Wunsch' }).click();
	await expect(page.getByRole('heading', { level: 2, name: /Schritt 1 von 8/ })).toBeFocused();
	if (!text) return;
	await page.getByRole('radio', { name: 'Schreiben' }).check();
	await page.getByLabel('Mein Wunsch in meinen Worten').fill(text);
}

test('the empty wish list passes axe', async ({ page }) => {
	await open(page, '/wuensche');
	await expect(page.getByText('Ihre Liste mit Wünschen ist noch leer.')).toBeVisible();
	await expectNoAxeViolations(page, 'wishes: empty list');
});

test('every step of a new wish passes axe, in every theme', async ({ page }) => {
	// Ten pages through axe, each in full: more time than one journey needs.
	test.slow();
	await startWish(page, 'Ich möchte wieder schwimmen gehen.');
	await page.getByRole('radio', { name: 'Ein Bild aussuchen' }).check();
	await page.getByRole('radio', { name: 'Wohnen' }).check();
	await page.getByRole('radio', { name: 'Eine Wohnung' }).check();
	for (let step = 1; step <= 8; step++) {
		const heading = page.getByRole('heading', {
			level: 2,
			name: new RegExp(`Schritt ${step} von 8`)
		});
		if (step > 1) await expect(heading).toBeFocused();
		else await expect(heading).toBeVisible();
		if (step > 1 && step < 8)
			await page.getByLabel(/In meinen Worten|Mein erster Schritt/).fill('Antwort');
		if (step === 4) {
			// Offers found from inside the flow, one of them chosen.
			await page.getByRole('searchbox', { name: 'Angebot suchen' }).fill('Mittagstisch');
			await page.getByRole('checkbox', { name: 'Mittags-Tisch' }).check();
		}
		await expectNoAxeViolationsInEveryTheme(page, `wishes: step ${step}`);
		if (step < 8) await page.getByRole('button', { name: 'Weiter', exact: true }).click();
	}
	await page.getByRole('button', { name: 'Das ist mein Wunsch' }).click();
	await expect(page.getByRole('main').getByText('Das ist jetzt Ihr Wunsch.')).toBeVisible();
	await expectNoAxeViolationsInEveryTheme(page, 'wishes: confirmed');
	await page.getByRole('button', { name: 'Zu meinen Wünschen' }).click();
	await expect(page.getByRole('listitem').filter({ hasText: 'schwimmen' })).toBeVisible();
	await expectNoAxeViolationsInEveryTheme(page, 'wishes: filled list');
});

test('each way of telling a wish, and the picture cards, pass axe', async ({ page }) => {
	// Five pages through axe, each in full.
	test.slow();
	await startWish(page, '');
	for (const way of ['Sprechen', 'Ein Foto machen', 'Schreiben', 'Ein Bild aussuchen']) {
		await page.getByRole('radio', { name: way }).check();
		await expectNoAxeViolations(page, `wishes: step 1, ${way}`);
	}
	await page.getByRole('radio', { name: 'Gesundheit' }).check();
	await page.getByRole('radio', { name: 'Sport' }).check();
	await page.getByRole('checkbox', { name: 'Wörter beim Antippen vorlesen' }).check();
	await expectNoAxeViolations(page, 'wishes: step 1, a picture chosen');
});

test('the error on an empty wish passes axe', async ({ page }) => {
	await startWish(page, '');
	await page.getByRole('button', { name: 'Weiter', exact: true }).click();
	await expect(page.getByRole('group', { name: 'Bitte prüfen Sie das:' })).toBeFocused();
	await expectNoAxeViolations(page, 'wishes: empty wish error');
});

test('the cut text message passes axe', async ({ page }) => {
	await startWish(page, 'a'.repeat(2_100));
	await page.getByRole('button', { name: 'Weiter', exact: true }).click();
	await expect(page.getByRole('main').getByText('Ihr Text war zu lang.')).toBeVisible();
	await expectNoAxeViolations(page, 'wishes: text cut');
});

test('the helper name form, its error, the banner and ideas pass axe', async ({ page }) => {
	await open(page, '/wuensche');
	await page.getByRole('button', { name: 'Hilfemodus starten' }).click();
	await expect(page.getByLabel('Wie heißt der Mensch, der Ihnen hilft?')).toBeFocused();
	await expectNoAxeViolations(page, 'wishes: helper form open');
	await page.getByRole('button', { name: 'Hilfemodus starten' }).last().click();
	await expect(onScreen(page, 'Bitte schreiben Sie einen Namen.')).toBeVisible();
	await expectNoAxeViolations(page, 'wishes: helper form error');
	await page.getByLabel('Wie heißt der Mensch, der Ihnen hilft?').fill('Mama');
	await page.getByLabel('Wie heißt der Mensch, der Ihnen hilft?').press('Enter');
	await expect(page.getByRole('heading', { name: 'Hilfemodus: Mama hilft' })).toBeVisible();
	await expectNoAxeViolations(page, 'wishes: helper banner');
	await page.getByRole('button', { name: 'Neuer Wunsch' }).click();
	await page.getByRole('radio', { name: 'Schreiben' }).check();
	await page.getByLabel('Mein Wunsch in meinen Worten').fill('Tanzen');
	await page.getByRole('button', { name: 'Idee speichern' }).click();
	await expect(page.getByText('Bitte schreiben Sie die Idee auf.')).toBeVisible();
	await page.getByLabel('Idee von Mama').fill('Im Verein');
	await page.getByRole('button', { name: 'Idee speichern' }).click();
	await expect(page.getByText('Idee von Mama: Im Verein')).toBeVisible();
	await expectNoAxeViolations(page, 'wishes: helper idea shown');
});

test('the refused microphone message passes axe', async ({ page }) => {
	await page.addInitScript(() => {
		navigator.mediaDevices.getUserMedia = () =>
			Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
	});
	await startWish(page, 'Singen');
	await page.getByRole('radio', { name: 'Sprechen' }).check();
	await page.getByRole('button', { name: 'Aufnahme starten' }).click();
	await expect(
		page.getByRole('main').getByText('nahbei darf das Mikrofon nicht benutzen.')
	).toBeVisible();
	await expectNoAxeViolations(page, 'wishes: microphone refused');
});

test('the undo message after deleting, the plan and the start page pass axe', async ({ page }) => {
	await startWish(page, 'Gitarre spielen');
	await page.getByRole('button', { name: 'Weiter', exact: true }).click();
	for (let step = 2; step < 7; step++)
		await page.getByRole('button', { name: 'Weiter', exact: true }).click();
	await page.getByLabel('Mein erster Schritt').fill('Eine Gitarre leihen');
	await page.getByLabel(/Wann machen Sie das/).fill('2026-12-01');
	await page.getByRole('button', { name: 'Später weitermachen' }).click();
	// From page to page as by a link; the list is loaded afresh after the plan of the same page.
	await visit(page, '/');
	await expect(page.getByRole('region', { name: 'Meine nächsten Schritte' })).toContainText(
		'Eine Gitarre leihen'
	);
	await expectNoAxeViolations(page, 'start: next steps');
	await visit(page, '/wuensche?ansicht=plan');
	await expect(page.locator('.plan-page')).toHaveCount(1);
	await expectNoAxeViolations(page, 'wishes: plan');
	await open(page, '/wuensche');
	await page.getByRole('button', { name: 'Löschen' }).click();
	await expect(page.getByRole('button', { name: 'Rückgängig machen' })).toBeFocused();
	await expectNoAxeViolations(page, 'wishes: deleted, undo offered');
});

test('the photo error and a chosen photo pass axe', async ({ page }) => {
	await startWish(page, 'Garten anlegen');
	await page.getByRole('radio', { name: 'Ein Foto machen' }).check();
	const input = page.getByLabel('Foto machen oder aussuchen');
	await input.setInputFiles({ name: 'a.txt', mimeType: 'text/plain', buffer: Buffer.from('x') });
	await expect(page.getByRole('main').getByText('Das ist kein Bild.')).toBeVisible();
	await expectNoAxeViolations(page, 'wishes: photo is not a picture');
	await input.setInputFiles({
		name: 'a.png',
		mimeType: 'image/png',
		buffer: Buffer.from(
			'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
			'base64'
		)
	});
	await expect(page.getByRole('img', { name: 'Mein Foto zum Wunsch' })).toBeVisible();
	await expectNoAxeViolations(page, 'wishes: photo chosen');
});

test('the list and a question pass axe in English', async ({ page }) => {
	await open(page, '/einstellungen');
	await page.getByRole('radio', { name: 'English' }).check();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await open(page, '/wuensche');
	await page.getByRole('button', { name: 'New wish' }).click();
	await page.getByRole('radio', { name: 'Write' }).check();
	await page.getByLabel('My wish in my own words').fill('I want to swim again.');
	await page.getByRole('button', { name: 'Next', exact: true }).click();
	await expect(
		page.getByRole('heading', { level: 2, name: 'Step 2 of 8: What can I do myself?' })
	).toBeFocused();
	await expectNoAxeViolations(page, 'wishes: question in English');
	await page.getByRole('button', { name: 'Continue later' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'My wishes' })).toBeFocused();
	await expectNoAxeViolations(page, 'wishes: list in English');
});

test('picking people from Meine Menschen passes axe', async ({ page }) => {
	await open(page, '/wuensche');
	await seedPeople(page);
	await startWish(page, 'Schwimmen');
	await page.getByRole('button', { name: 'Weiter', exact: true }).click();
	await page.getByRole('button', { name: 'Weiter', exact: true }).click();
	await page.getByRole('checkbox', { name: 'Ayşe' }).check();
	await expectNoAxeViolations(page, 'wishes: people picked');
	await page.getByRole('button', { name: 'Mensch dazunehmen' }).first().click();
	await expect(onScreen(page, 'Bitte schreiben Sie einen Namen.')).toBeVisible();
	await expectNoAxeViolations(page, 'wishes: adding a person without a name');
	await page.getByRole('button', { name: 'Weiter', exact: true }).click();
	await page.getByRole('button', { name: 'Weiter', exact: true }).click();
	await expect(page.getByRole('checkbox', { name: 'Frau Lotsin' })).toBeVisible();
	await expectNoAxeViolations(page, 'wishes: professionals to pick');
});

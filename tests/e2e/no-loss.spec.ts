import { expect, test, type Page } from '@playwright/test';
import type { Wish } from '../../src/lib/wishes/model';
import { aWish } from '../fixtures/builders.js';
import { expectNoAxeViolations, open } from '../support/app';
import { putRecords, readTable } from '../support/database';

// Nothing a person types is lost: not by a reload, a closed page, a second tab or an update.

const wish = aWish({ id: 'c0000000-0000-4000-8000-000000000001', text: 'Malen' });

function flow(step: number): string {
	return `/wuensche?wunsch=${wish.id}&schritt=${step}`;
}

async function openWish(page: Page, step: number) {
	await open(page, flow(step));
	await expect(
		page.getByRole('heading', { level: 2, name: new RegExp(`Schritt ${step} von 8`) })
	).toBeVisible();
}

async function seedWish(page: Page) {
	await open(page, '/wuensche');
	await putRecords(page, { wishes: [wish] });
}

const storedWish = async (page: Page) =>
	(await readTable<Wish>(page, 'wishes')).find((each) => each.id === wish.id);

test('a reload right after typing keeps the text, three times in a row', async ({ page }) => {
	await seedWish(page);
	await openWish(page, 1);
	const words = page.getByLabel('Mein Wunsch in meinen Worten');
	for (const text of ['Malen im Park', 'Malen mit Aquarell', 'Malen mit meiner Schwester']) {
		await words.fill(text);
		// No wait at all: the reload starts with the last key press.
		await page.reload();
		await expect(words).toHaveValue(text);
	}
	await expect.poll(async () => (await storedWish(page))?.text).toBe('Malen mit meiner Schwester');
});

test('a page closed right after typing keeps the text for the next start', async ({
	page,
	context
}) => {
	await seedWish(page);
	await openWish(page, 3);
	await page.getByLabel('In meinen Worten').fill('Mein Bruder übt mit mir.');
	await page.close();

	const again = await context.newPage();
	await openWish(again, 3);
	await expect(again.getByLabel('In meinen Worten')).toHaveValue('Mein Bruder übt mit mir.');
	await expect
		.poll(async () => (await storedWish(again))?.answers.network.text)
		.toBe('Mein Bruder übt mit mir.');
});

test('two pages on different questions of one wish keep both answers', async ({
	page,
	context
}) => {
	await seedWish(page);
	await openWish(page, 3);
	const other = await context.newPage();
	await openWish(other, 6);

	await page.getByLabel('In meinen Worten').fill('Meine Schwester hilft.');
	await expect
		.poll(async () => (await storedWish(page))?.answers.network.text)
		.toBe('Meine Schwester hilft.');
	await other.getByLabel('In meinen Worten').fill('Ich male für die Nachbarn.');
	await expect
		.poll(async () => (await storedWish(page))?.answers.others.text)
		.toBe('Ich male für die Nachbarn.');
	expect((await storedWish(page))?.answers.network.text).toBe('Meine Schwester hilft.');
});

test('a text saved in one page shows in the other page at once', async ({ page, context }) => {
	await seedWish(page);
	await openWish(page, 1);
	const other = await context.newPage();
	await openWish(other, 1);
	await page.getByLabel('Mein Wunsch in meinen Worten').fill('Malen im Park');
	await expect(other.getByLabel('Mein Wunsch in meinen Worten')).toHaveValue('Malen im Park');
});

test('two pages that change the same text: the person is told and sees both', async ({
	page,
	context
}) => {
	await seedWish(page);
	await openWish(page, 1);
	const other = await context.newPage();
	await openWish(other, 1);
	// Time stands still, so both pages hold their words before either saves.
	await context.clock.install();
	await context.clock.pauseAt(Date.now() + 60_000);
	await page.getByLabel('Mein Wunsch in meinen Worten').fill('Malen im Park');
	await other.getByLabel('Mein Wunsch in meinen Worten').fill('Malen mit Freunden');
	// The first page is hidden (the person switches to the other one): it saves at once.
	await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
	await expect.poll(async () => (await storedWish(page))?.text).toBe('Malen im Park');
	await context.clock.resume();

	const choice = other.getByRole('region', { name: /Es gibt 2 Texte für/ });
	await expect(choice).toBeVisible();
	await expect(choice.getByText('Malen im Park')).toBeVisible();
	await expect(choice.getByText('Malen mit Freunden')).toBeVisible();
	await expectNoAxeViolations(other, 'a text changed in two pages');
	// Nothing was replaced before the person chose.
	expect((await storedWish(page))?.text).toBe('Malen im Park');
	await choice.getByRole('button', { name: 'Meinen Text von hier behalten' }).click();
	await expect(choice).toBeHidden();
	await expect.poll(async () => (await storedWish(page))?.text).toBe('Malen mit Freunden');
	await expect(page.getByLabel('Mein Wunsch in meinen Worten')).toHaveValue('Malen mit Freunden');
});

test('"Neue Version laden" right after typing saves the words itself, then reloads', async ({
	page
}) => {
	await seedWish(page);
	// The page runs under the installed service worker, as a returning visit does.
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await openWish(page, 6);
	await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
	// A newer nahbei: a second copy of the service worker, installed and waiting to take over.
	await page.evaluate(async () => {
		await navigator.serviceWorker.register('/sw.js?newer=1', { scope: '/' });
	});
	const offer = page.getByRole('region', { name: 'Es gibt eine neue Version von nahbei.' });
	await expect(offer).toBeVisible();

	await page.getByLabel('In meinen Worten').fill('Ich male für die Nachbarn.');
	const reloaded = page.waitForEvent('load');
	await offer.getByRole('button', { name: 'Neue Version laden' }).click();
	await reloaded;
	await expect(page.getByLabel('In meinen Worten')).toHaveValue('Ich male für die Nachbarn.');
	await expect(page.getByText('Bitte speichern Sie zuerst')).toBeHidden();
	expect((await storedWish(page))?.answers.others.text).toBe('Ich male für die Nachbarn.');
});

test('a newer nahbei in another page takes the database: the typed words are saved first', async ({
	page,
	context
}) => {
	await seedWish(page);
	await openWish(page, 3);
	// Time stands still: the usual short wait before saving never ends on its own.
	await context.clock.install();
	await context.clock.pauseAt(Date.now() + 60_000);
	await page.getByLabel('In meinen Worten').fill('Meine Nachbarin geht mit.');

	// Another page opens the database with a newer version, as an updated nahbei does. The
	// upgrade waits until this page lets go; then the newer page reads what was saved.
	const other = await context.newPage();
	await other.goto('/hilfe');
	const saved = await other.evaluate(
		() =>
			new Promise<string | undefined>((resolve, reject) => {
				void indexedDB.databases().then((found) => {
					const version = found.find((each) => each.name === 'nahbei')?.version ?? 0;
					const request = indexedDB.open('nahbei', version + 1);
					request.onerror = () => reject(request.error);
					request.onsuccess = () => {
						const db = request.result;
						const all = db.transaction('wishes').objectStore('wishes').getAll();
						all.onsuccess = () => {
							db.close();
							const wishes = all.result as { answers: { network: { text: string } } }[];
							resolve(wishes[0]?.answers.network.text);
						};
					};
				});
			})
	);
	expect(saved).toBe('Meine Nachbarin geht mit.');
	await context.clock.resume();
	await expect(
		page
			.getByRole('region', { name: /^Es gibt ein Problem/ })
			.getByText('Es gibt eine neue Version von nahbei.')
	).toBeVisible();
	await expectNoAxeViolations(page, 'the database taken by a newer nahbei');
});

test('the Quartier editor and Mein Lotse give back what was typed, reloaded at once', async ({
	page
}) => {
	await open(page, '/quartier?angebot=neu');
	const name = page.getByLabel('Name vom Angebot');
	await name.fill('Repair-Treff am Teich');
	await page.reload();
	await expect(name).toHaveValue('Repair-Treff am Teich');

	await open(page, '/teilen');
	await page.getByRole('button', { name: 'Lotsen speichern' }).click();
	const lotse = page.getByLabel('Name von Ihrem Lotsen');
	await lotse.fill('Frau Yılmaz');
	await page.reload();
	await expect(lotse).toHaveValue('Frau Yılmaz');
});

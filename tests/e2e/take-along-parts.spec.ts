import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, open } from '../support/app';
import { hasDatabase, putRecords } from '../support/database';
import { startVisit, turnOnKiosk } from '../support/kiosk';
import {
	goToShareStep,
	plannedOffers,
	readQrImage,
	seedShareData,
	seededWishes
} from '../support/share';

const [swim] = seededWishes;
/** Two more offers of the shipped catalogue, saved besides the planned wish's. */
const moreSaved = [
	{ id: '5e444a8a-8a85-8bb9-a2e6-be9d33774b16', name: 'Spiele-Nachmittag' },
	{ id: 'f49f0d9c-1d10-8c60-b265-5fefe443bcea', name: 'Eltern-Café' }
];

test('a kiosk visitor takes a planned wish and 3 saved offers along in several codes; a fresh phone collects them in reverse order', async ({
	page,
	browser
}) => {
	test.slow();
	await turnOnKiosk(page);
	await startVisit(page);
	// The visit starts with no database, and looking at a page makes none.
	await open(page, '/wuensche');
	expect(await hasDatabase(page)).toBe(false);
	await seedShareData(page, null, { plan: true });
	const now = new Date().toISOString();
	await putRecords(page, {
		favourites: moreSaved.map((offer) => ({ offerId: offer.id, addedAt: now }))
	});
	await open(page, '/teilen?mitnehmen=1');
	await page.getByRole('checkbox', { name: /Ayşe Öztürk/ }).check();
	await goToShareStep(page, 'Wie möchten Sie schicken\\?');
	await page.getByRole('button', { name: 'An Ihr Handy schicken' }).click();
	await expect(page.getByRole('heading', { name: 'Die Codes sind fertig.' })).toBeFocused();

	const first = page.getByRole('heading', { name: /^Teil 1 von \d$/ });
	await expect(first).toBeVisible();
	const count = Number(/von (\d)/.exec((await first.textContent()) ?? '')?.[1]);
	expect(count).toBeGreaterThanOrEqual(2);
	await expectNoAxeViolations(page, 'teilen QR parts');

	// One code at a time; focus stays on the button pressed, then moves back at the end.
	const forward = page.getByRole('button', { name: 'Nächster Teil' });
	const links: string[] = [];
	for (let index = 1; index <= count; index++) {
		await expect(page.getByRole('heading', { name: `Teil ${index} von ${count}` })).toBeVisible();
		const link = await readQrImage(page, new RegExp(`Teil ${index} von ${count}`));
		expect(link).toMatch(new RegExp(`/lotse#p=[\\w-]{8}\\.${index}\\.${count}&`));
		links.push(link ?? '');
		if (index < count) {
			await forward.click();
			if (index < count - 1) await expect(forward).toBeFocused();
		}
	}
	await expect(forward).toBeDisabled();
	await expect(page.getByRole('button', { name: 'Teil davor' })).toBeFocused();

	const phoneContext = await browser.newContext();
	const phone = await phoneContext.newPage();
	await open(phone, '/lotse');
	const reversed = [...links].reverse();
	await open(phone, reversed[0] ?? '');
	await expect(phone.getByRole('heading', { name: 'Teile sammeln' })).toBeFocused();
	await expect(phone.getByRole('main').getByText(`Sie haben 1 von ${count} Teilen.`)).toBeVisible();
	const missing = Array.from({ length: count - 1 }, (_, i) => `Teil ${i + 1}`);
	await expect(
		phone
			.getByRole('main')
			.getByText(
				`Es fehlen noch ${missing.length > 1 ? `${missing.slice(0, -1).join(', ')} und ${missing.at(-1)}` : missing[0]}.`
			)
	).toBeVisible();
	// The key leaves the address bar at once.
	expect(new URL(phone.url()).hash).toBe('');
	await expectNoAxeViolations(phone, 'lotse missing parts');

	// A part of another share is refused in easy words; what was collected stays.
	const other = (reversed[1] ?? '').replace(/#p=[\w-]{8}/, '#p=AAAAAAAA');
	await open(phone, other);
	await expect(phone.getByRole('alert')).toContainText(
		'Dieser Teil gehört zu einer anderen Sache.'
	);
	await expect(phone.getByRole('main').getByText(`Sie haben 1 von ${count} Teilen.`)).toBeVisible();
	await expectNoAxeViolations(phone, 'lotse part of another share');

	for (const link of reversed.slice(1)) await open(phone, link);
	await expect(phone.getByRole('heading', { name: /Geteilt am/ })).toBeFocused();
	const wish = phone.getByRole('article').filter({ hasText: swim.text });
	await expect(wish).toContainText('Geschrieben mit Hilfe von Ben');
	await expect(wish).toContainText('Ayşe Öztürk: Sehr nah');
	await expect(wish).toContainText(plannedOffers.linked.name);
	await expect(wish).toContainText('Ich rufe an.');
	for (const offer of [plannedOffers.saved, ...moreSaved]) {
		await expect(phone.getByText(offer.name).first()).toBeVisible();
	}
	// Once opened, the parts are gone from the phone's storage.
	expect(await phone.evaluate(() => localStorage.getItem('nahbei.shareParts'))).toBeNull();
	await phoneContext.close();
});

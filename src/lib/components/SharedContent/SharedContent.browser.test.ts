import { beforeAll, describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { i18n } from '$lib/i18n/i18n.svelte';
import { buildSharePayload } from '$lib/sharing/payload';
import { expectNoAxeViolations } from '../../../../tests/browser/axe';
import { ayse, lunch, makeWish } from '../../../../tests/fixtures/sharing/share-data';
import SharedContent from './SharedContent.svelte';

const hostile = '<img src=x onerror="window.hacked=1">';
const payload = buildSharePayload(
	{
		wishes: [
			makeWish('5b0c6d1e-2f3a-4b4c-8d5e-6f7a8b9c0d1e', 'Ich möchte schwimmen.'),
			makeWish('9e8d7c6b-5a4f-4e3d-9c2b-1a0f9e8d7c6b', hostile)
		],
		people: [ayse],
		savedOffers: [lunch]
	},
	{
		wishIds: 'all',
		personIds: [ayse.id],
		offerIds: [lunch.id],
		message: 'Bitte rufen Sie mich an.'
	},
	{ from: 'Jürgen', to: 'Frau Yılmaz', purpose: 'lotse' }
);

beforeAll(async () => {
	await i18n.loadAll();
});

describe('SharedContent', () => {
	test('headings start at the level given; each wish is an article under a heading one lower', async () => {
		await render(SharedContent, { payload, level: 2 });
		await expect.element(page.getByRole('heading', { level: 2, name: 'Nachricht' })).toBeVisible();
		await expect.element(page.getByRole('heading', { level: 2, name: '2 Wünsche' })).toBeVisible();
		await expect.element(page.getByRole('heading', { level: 2, name: '1 Mensch' })).toBeVisible();
		await expect.element(page.getByRole('heading', { level: 2, name: '1 Angebot' })).toBeVisible();
		const wishes = page.getByRole('article');
		await expect.element(wishes.nth(0)).toBeVisible();
		expect(wishes.all()).toHaveLength(2);
		await expect
			.element(wishes.nth(0).getByRole('heading', { level: 3, name: 'Ich möchte schwimmen.' }))
			.toBeVisible();
		await expectNoAxeViolations();
	});

	test('inside a page part it starts one level lower', async () => {
		await render(SharedContent, { payload, level: 3 });
		await expect.element(page.getByRole('heading', { level: 3, name: '2 Wünsche' })).toBeVisible();
		await expect
			.element(page.getByRole('heading', { level: 4, name: 'Ich möchte schwimmen.' }))
			.toBeVisible();
	});

	test('a wish says who helped write it, and a clear word when the person has not confirmed it', async () => {
		const helped = buildSharePayload(
			{
				wishes: [
					makeWish('5b0c6d1e-2f3a-4b4c-8d5e-6f7a8b9c0d1e', 'Ich möchte schwimmen.', {
						author: { kind: 'helper', name: 'Ben' },
						confirmedByMe: false
					})
				],
				people: [ayse],
				savedOffers: []
			},
			{ wishIds: 'all', personIds: [ayse.id], offerIds: [], message: '' },
			{ from: 'Jürgen', to: 'Frau Yılmaz', purpose: 'lotse' }
		);
		await render(SharedContent, { payload: helped, level: 3 });
		const wish = page.getByRole('article');
		await expect.element(wish.getByText('Geschrieben mit Hilfe von Ben')).toBeVisible();
		await expect.element(wish.getByText(/^Noch nicht bestätigt\./)).toBeVisible();
		await expect.element(wish.getByText('Ayşe Öztürk: Sehr nah')).toBeVisible();
		await expectNoAxeViolations();
	});

	test('every value is plain text: markup in a share is shown, never run', async () => {
		await render(SharedContent, { payload });
		await expect.element(page.getByText(hostile)).toBeVisible();
		expect(page.getByRole('article').nth(1).element().querySelector('img')).toBeNull();
		expect((window as unknown as { hacked?: number }).hacked).toBeUndefined();
	});
});

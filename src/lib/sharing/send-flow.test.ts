import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { database } from '$lib/db/connection';
import { listShareLog } from '$lib/db/shares-repository';
import { helperMode } from '$lib/helper/helper-mode.svelte';
import { catalogue } from '$lib/offers/catalogue.svelte';
import { makeWish } from '../../../tests/fixtures/sharing/share-data';
import { SendFlow } from './send-flow.svelte';
import { shares } from './share-state.svelte';

const swim = makeWish('5b0c6d1e-2f3a-4b4c-8d5e-6f7a8b9c0d1e', 'Ich möchte schwimmen.');
const cook = makeWish('9e8d7c6b-5a4f-4e3d-9c2b-1a0f9e8d7c6b', 'Ich möchte kochen.');
const lotse = { name: 'Frau Yılmaz', phone: '', email: '', personId: null, myName: 'Jürgen' };

beforeEach(() => {
	shares.stock.show({ wishes: [swim, cook], people: [], favouriteIds: [], lotse });
	vi.stubGlobal('location', { origin: 'https://nahbei.de' });
	// A device without a share sheet.
	vi.stubGlobal('navigator', {});
	vi.spyOn(catalogue, 'ensureLoaded').mockResolvedValue();
});

afterEach(async () => {
	vi.unstubAllGlobals();
	vi.restoreAllMocks();
	helperMode.stop();
	await database().shares.clear();
});

describe('SendFlow', () => {
	it('sends the chosen wishes to the Lotse and notes it in the log', async () => {
		const flow = new SendFlow(() => false);
		flow.allWishes = false;
		flow.toggleWish(cook.id, true);
		flow.way = 'print';
		expect(flow.recipient).toBe('Frau Yılmaz');
		expect(await flow.next()).toBe('done');
		expect(flow.result).toMatchObject({ way: 'print', payload: { wishes: [{ id: cook.id }] } });
		const [entry] = await listShareLog(database());
		expect(entry).toMatchObject({ to: 'Frau Yılmaz', way: 'print', counts: { wishes: 1 } });
	});

	it('lets the person confirm on a screen of their own in helper mode', async () => {
		helperMode.start('Mama');
		const flow = new SendFlow(() => false);
		expect(await flow.next()).toBe('confirm');
		expect(flow.result).toBeNull();
		expect(await listShareLog(database())).toEqual([]);
	});

	it('sends nothing when nothing is chosen', async () => {
		const flow = new SendFlow(() => false);
		flow.allWishes = false;
		flow.leftOutOfferIds = ['6f1b2c1e-0d6c-4a51-9b7e-2f0a1c3d4e5f'];
		expect(flow.isEmpty).toBe(true);
		expect(await flow.send()).toBe(false);
		expect(flow.step).toBe('choose');
	});

	it('puts a share too large for one QR code into a sequence of codes, noted once', async () => {
		const flow = new SendFlow(() => false);
		// Words that hardly compress: too much for one code.
		flow.message = Array.from({ length: 160 }, (_, i) => ((i * 7919) % 100_003).toString(36)).join(
			' '
		);
		flow.way = 'qr';
		expect(await flow.send()).toBe(true);
		expect(flow.result).toMatchObject({ way: 'qr-parts' });
		const codes = flow.result?.way === 'qr-parts' ? flow.result.codes : [];
		expect(codes.length).toBeGreaterThanOrEqual(2);
		expect(await listShareLog(database())).toMatchObject([{ way: 'qr' }]);
		expect(await flow.sendAsFile()).toBe(true);
		expect(flow.result).toMatchObject({ way: 'file', canShareFile: false });
		expect(await listShareLog(database())).toHaveLength(2);
	}, 30_000);

	it('takes things along at a kiosk: QR code first, to the visitor’s own phone', () => {
		const flow = new SendFlow(() => true);
		flow.start();
		expect(flow.way).toBe('qr');
		expect(flow.ways).toEqual(['qr', 'file']);
		expect(flow.payload).toMatchObject({ purpose: 'take-along', from: '' });
	});

	it('reads the catalogue only when something to share names an offer', async () => {
		const flow = new SendFlow(() => false);
		expect(flow.namesOffers).toBe(false);
		const offerId = '6f1b2c1e-0d6c-4a51-9b7e-2f0a1c3d4e5f';
		const planned = {
			...swim,
			answers: { ...swim.answers, quartier: { ...swim.answers.quartier, offerIds: [offerId] } }
		};
		shares.stock.show({ wishes: [planned, cook], people: [], favouriteIds: [], lotse });
		expect(flow.namesOffers).toBe(true);
		shares.stock.show({ wishes: [swim, cook], people: [], favouriteIds: [offerId], lotse });
		expect(flow.namesOffers).toBe(true);
		expect(catalogue.ensureLoaded).not.toHaveBeenCalled();
		flow.loadOffers();
		// The catalogue's code comes first: then it is read.
		await vi.waitFor(() => expect(catalogue.ensureLoaded).toHaveBeenCalledOnce());
	});

	it('goes back to choosing with the same choices', async () => {
		const flow = new SendFlow(() => false);
		flow.way = 'print';
		flow.togglePerson('c9a8b7c6-d5e4-4f3a-9b2c-1d0e9f8a7b6c', true);
		await flow.send();
		flow.startAgain();
		expect(flow.step).toBe('choose');
		expect(flow.result).toBeNull();
		expect(flow.personIds).toEqual(['c9a8b7c6-d5e4-4f3a-9b2c-1d0e9f8a7b6c']);
	});
});

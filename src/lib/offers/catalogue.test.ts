import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { i18n } from '$lib/i18n/i18n.svelte';
import { database } from '$lib/db/connection';
import {
	listFavourites,
	listOfferReports,
	readCatalogueInfo,
	replaceCatalogue,
	setFavourite
} from '$lib/db/offers-repository';
import { read } from '$lib/storage/live-query.test-support';
import { storageStatus } from '$lib/storage/storage-status.svelte';
import { catalogue } from './catalogue.svelte';
import { OfferSearch } from './offer-search.svelte';

// Live queries run while a page reads them: `read()` plays that page (Svelte's server build, which
// unit tests use, never starts them by itself).
vi.mock('svelte/reactivity', async (original) => ({
	...(await original<object>()),
	...(await import('$lib/storage/live-query.test-support'))
}));

// As in the app once it has started: every text is there (without them, storing the shipped
// catalogue below took over 5 s instead of under 1 s).
beforeAll(() => i18n.loadAll());

const shipped = JSON.parse(readFileSync('static/data/angebote.json', 'utf8')) as {
	nahbei: { stand: string; quartier: string };
	contents: { name: string }[];
};

function serve(file: unknown): typeof fetch {
	return (async () => new Response(JSON.stringify(file), { status: 200 })) as typeof fetch;
}

const offline: typeof fetch = async () => {
	throw new TypeError('Failed to fetch');
};

// One catalogue per page life: these steps run in order on the same app state.
describe('the catalogue on the device', () => {
	it('stores the shipped catalogue on the first visit, reading the file once', async () => {
		// Online, and no service worker yet: the file comes from the server itself.
		vi.stubGlobal('navigator', { onLine: true });
		const fetcher = vi.fn(serve(shipped));
		await catalogue.ensureLoaded(fetcher);
		vi.unstubAllGlobals();
		const fileReads = fetcher.mock.calls.filter(([url]) => String(url).includes('angebote.json'));
		expect(fileReads).toHaveLength(1);
		expect(catalogue.status).toBe('ready');
		expect(catalogue.offers.length).toBe(shipped.contents.length);
		expect(await readCatalogueInfo(database())).toMatchObject({
			stand: shipped.nahbei.stand,
			source: 'shipped'
		});
	});

	it('keeps its catalogue when the published file is not newer', async () => {
		expect(await catalogue.checkForUpdate(serve(shipped))).toBe(false);
		expect((await readCatalogueInfo(database()))?.source).toBe('shipped');
	});

	it('keeps its catalogue when the device is offline', async () => {
		expect(await catalogue.checkForUpdate(offline)).toBe(false);
		expect(catalogue.offers.length).toBe(shipped.contents.length);
	});

	it('keeps its catalogue when the published file is broken', async () => {
		const broken = { nahbei: { stand: '2099-01-01' }, contents: [{ __proto__: 'x', id: 3 }] };
		expect(await catalogue.checkForUpdate(serve(broken))).toBe(false);
		expect((await readCatalogueInfo(database()))?.stand).toBe(shipped.nahbei.stand);
	});

	it('takes a newer published file', async () => {
		const newer = {
			...shipped,
			nahbei: { ...shipped.nahbei, stand: '2027-01-15' },
			contents: shipped.contents.slice(0, 5)
		};
		expect(await catalogue.checkForUpdate(serve(newer))).toBe(true);
		expect(await readCatalogueInfo(database())).toMatchObject({
			stand: '2027-01-15',
			source: 'update'
		});
		await expect.poll(() => catalogue.offers.length).toBe(5);
	});

	it('offers a newer file instead of replacing an imported catalogue, and takes it on yes', async () => {
		const before = await readCatalogueInfo(database());
		const dropped = catalogue.offers[0]!.name;
		await replaceCatalogue(database(), catalogue.offers.slice(1), {
			stand: before!.stand,
			quartier: before!.quartier,
			source: 'import'
		});
		await catalogue.refresh();
		const newer = { ...shipped, nahbei: { ...shipped.nahbei, stand: '2099-02-01' } };
		expect(await catalogue.checkForUpdate(serve(newer))).toBe(false);
		expect((await readCatalogueInfo(database()))?.source).toBe('import');
		expect(catalogue.update?.changes.added).toContain(dropped);
		expect(catalogue.update?.changes.removed).toEqual([]);
		catalogue.keepCurrent();
		expect(catalogue.update).toBeNull();
		await catalogue.checkForUpdate(serve(newer));
		expect(await catalogue.takeUpdate()).toBe(true);
		expect(await readCatalogueInfo(database())).toMatchObject({
			stand: '2099-02-01',
			source: 'update'
		});
		expect(catalogue.update).toBeNull();
	});

	it('finds the lunch table by a misspelt search, with the one search of Angebote', async () => {
		await catalogue.checkForUpdate(
			serve({ ...shipped, nahbei: { ...shipped.nahbei, stand: '2028-01-01' } })
		);
		await expect.poll(() => catalogue.offers.length).toBe(shipped.contents.length);
		const search = new OfferSearch();
		search.use(catalogue.offers);
		await search.search('Mitagstisch');
		const [first] = search.answer?.ids ?? [];
		expect(catalogue.find(first ?? '')?.name).toMatch(/Mittags-Tisch/);
		search.stop();
	});

	it('saves a favourite, shows it at once and forgets it again', async () => {
		const [offer] = catalogue.offers;
		if (!offer) throw new Error('no offer');
		expect(await catalogue.toggleFavourite(offer.id)).toBe(true);
		expect(catalogue.favourites.has(offer.id)).toBe(true);
		expect((await listFavourites(database())).map((favourite) => favourite.offerId)).toEqual([
			offer.id
		]);
		expect(await catalogue.toggleFavourite(offer.id)).toBe(false);
		expect(catalogue.favourites.has(offer.id)).toBe(false);
		expect(await listFavourites(database())).toEqual([]);
	});

	it('keeps a report for the Quartier team, its note without outer spaces', async () => {
		const [offer] = catalogue.offers;
		if (!offer) throw new Error('no offer');
		expect(await catalogue.report(offer.id, ['time'], '  Freitags früher.  ')).toMatchObject({
			offerId: offer.id
		});
		expect(await listOfferReports(database())).toMatchObject([
			{ offerId: offer.id, reasons: ['time'], note: 'Freitags früher.' }
		]);
	});

	it('tells the person when a report could not be kept', async () => {
		// The console keeps the technical cause; the test needs only what the person is told.
		const console = vi.spyOn(globalThis.console, 'error').mockImplementation(() => {});
		expect(await catalogue.report('x', [], '')).toBeUndefined();
		expect(storageStatus.problem).not.toBeNull();
		storageStatus.dismiss();
		console.mockRestore();
	});

	it('follows what another tab writes while a view reads the catalogue', async () => {
		const offers = catalogue.offers;
		expect(offers.length).toBeGreaterThan(3);
		const stop = read();
		// Written straight to the database, as another tab would, without the catalogue's verbs.
		await replaceCatalogue(database(), offers.slice(0, 3), {
			stand: '2030-01-01',
			quartier: 'Lindenhof',
			source: 'import'
		});
		await setFavourite(database(), offers[0]!.id, true);
		await expect.poll(() => catalogue.offers.length).toBe(3);
		await expect.poll(() => catalogue.info?.stand).toBe('2030-01-01');
		await expect.poll(() => catalogue.favourites.has(offers[0]!.id)).toBe(true);
		stop();
	});
});

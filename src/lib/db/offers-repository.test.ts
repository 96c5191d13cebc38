import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Offer } from '$lib/offers/offer';
import { anOffer } from '../../../tests/fixtures/builders.js';
import { NahbeiDatabase } from './database';
import {
	addOfferReport,
	deleteCategoryRule,
	getOffer,
	listCategoryRules,
	listOfferSources,
	markCatalogueEdited,
	saveCategoryRule,
	listFavourites,
	listOfferReports,
	listOffers,
	listOffersAfter,
	readCatalogueInfo,
	replaceCatalogue,
	setFavourite
} from './offers-repository';

function offer(id: string, name: string, extra: Partial<Offer> = {}): Offer {
	return anOffer({
		id,
		name,
		description: 'Hier treffen sich Menschen aus dem Quartier.',
		category: 'treffpunkt',
		organization: { id: 'org-1', name: 'Stadtteil-Haus' },
		...extra
	});
}

let db: NahbeiDatabase;

beforeEach(async () => {
	db = new NahbeiDatabase(`offers-${crypto.randomUUID()}`);
	await db.open();
});

afterEach(async () => {
	await db.delete();
});

describe('the catalogue', () => {
	it('is empty and without info before the first load', async () => {
		expect(await listOffers(db)).toEqual([]);
		expect(await readCatalogueInfo(db)).toBeNull();
	});

	it('is replaced as a whole, with its date', async () => {
		await replaceCatalogue(db, [offer('a', 'Alt')], {
			stand: '2026-01-01',
			quartier: 'Lindenhof',
			source: 'shipped'
		});
		await replaceCatalogue(db, [offer('b', 'Neu'), offer('c', 'Auch neu')], {
			stand: '2026-11-20',
			quartier: 'Lindenhof',
			source: 'update'
		});
		expect((await listOffers(db)).map((o) => o.name).sort()).toEqual(['Auch neu', 'Neu']);
		expect(await readCatalogueInfo(db)).toMatchObject({ stand: '2026-11-20', source: 'update' });
	});

	it('stores a city of offers and their sources whole, though it writes them in parts', async () => {
		const offers = Array.from({ length: 620 }, (_, i) =>
			offer(`id-${String(i).padStart(4, '0')}`, `Angebot ${i}`)
		);
		const sources = new Map(offers.map((o) => [o.id, { id: o.id, name: o.name }]));
		await replaceCatalogue(
			db,
			offers,
			{ stand: '2026-11-20', quartier: 'Lindenhof', source: 'import' },
			sources
		);
		expect(await db.offers.count()).toBe(620);
		expect((await listOfferSources(db)).size).toBe(620);
		// A refused offer at the end leaves the stored catalogue as it was: nothing is written.
		const broken = [
			...offers.slice(0, 300),
			{ ...offer('kaputt', 'Kaputt'), category: 'zauberei' } as unknown as Offer
		];
		await expect(
			replaceCatalogue(db, broken, {
				stand: '2026-11-21',
				quartier: 'Lindenhof',
				source: 'import'
			})
		).rejects.toThrow();
		expect(await db.offers.count()).toBe(620);
		expect(await readCatalogueInfo(db)).toMatchObject({ stand: '2026-11-20' });
	});

	it('is read in parts, every active offer once, without the retired ones', async () => {
		const offers = ['e', 'a', 'd', 'b', 'c'].map((id) => offer(id, `Angebot ${id}`));
		offers.push(offer('f', 'Alt', { status: 'inactive' }));
		await replaceCatalogue(db, offers, {
			stand: '2026-11-20',
			quartier: 'Lindenhof',
			source: 'import'
		});
		const first = await listOffersAfter(db, null, 2);
		const second = await listOffersAfter(db, first.last, 2);
		const third = await listOffersAfter(db, second.last, 2);
		expect([first, second, third].map((part) => part.offers.map((o) => o.id))).toEqual([
			['a', 'b'],
			['c', 'd'],
			['e']
		]);
		// A full part may be the last: the next read then finds nothing and ends.
		expect(await listOffersAfter(db, third.last, 2)).toEqual({ offers: [], last: null });
	});

	it('hides retired offers from the list but still finds them by id', async () => {
		await replaceCatalogue(db, [offer('a', 'Aktiv'), offer('b', 'Alt', { status: 'inactive' })], {
			stand: '2026-11-20',
			quartier: 'Lindenhof',
			source: 'shipped'
		});
		expect((await listOffers(db)).map((o) => o.id)).toEqual(['a']);
		expect((await getOffer(db, 'b'))?.name).toBe('Alt');
	});

	it('stays unchanged when a new catalogue cannot be written (full disk)', async () => {
		await replaceCatalogue(db, [offer('a', 'Alt')], {
			stand: '2026-01-01',
			quartier: 'Lindenhof',
			source: 'shipped'
		});
		db.offers.hook('creating', (primaryKey) => {
			if (primaryKey === 'c') throw new DOMException('full', 'QuotaExceededError');
		});
		const attempt = replaceCatalogue(db, [offer('b', 'Neu'), offer('c', 'Kaputt')], {
			stand: '2026-11-20',
			quartier: 'Lindenhof',
			source: 'update'
		});
		await expect(attempt).rejects.toMatchObject({ kind: 'quota' });
		expect((await listOffers(db)).map((o) => o.name)).toEqual(['Alt']);
		expect(await readCatalogueInfo(db)).toMatchObject({ stand: '2026-01-01' });
	});

	it('refuses an offer that does not fit the schema and keeps the old catalogue', async () => {
		await replaceCatalogue(db, [offer('a', 'Alt')], {
			stand: '2026-01-01',
			quartier: 'Lindenhof',
			source: 'shipped'
		});
		const broken = { ...offer('b', 'Neu'), category: 'zauberei' } as unknown as Offer;
		await expect(
			replaceCatalogue(db, [broken], {
				stand: '2026-11-20',
				quartier: 'Lindenhof',
				source: 'update'
			})
		).rejects.toThrow();
		expect((await listOffers(db)).map((o) => o.name)).toEqual(['Alt']);
	});
});

describe('favourites', () => {
	it('are saved, listed newest first, and forgotten', async () => {
		await setFavourite(db, 'a', true);
		await new Promise((resolve) => setTimeout(resolve, 5));
		await setFavourite(db, 'b', true);
		expect((await listFavourites(db)).map((f) => f.offerId)).toEqual(['b', 'a']);
		await setFavourite(db, 'a', false);
		expect((await listFavourites(db)).map((f) => f.offerId)).toEqual(['b']);
	});
});

describe('"Stimmt etwas nicht?" reports', () => {
	it('are kept with a date and an id', async () => {
		const report = await addOfferReport(db, { offerId: 'a', reasons: ['time', 'phone'], note: '' });
		expect(report.id).toMatch(/^[0-9a-f-]{36}$/);
		expect(await listOfferReports(db)).toEqual([report]);
	});

	it('need at least one reason', async () => {
		await expect(
			addOfferReport(db, { offerId: 'a', reasons: [], note: 'x' })
		).rejects.toMatchObject({
			kind: 'invalid'
		});
		expect(await listOfferReports(db)).toEqual([]);
	});
});

describe('the kept HSDS records and the category table', () => {
	it('keeps the record of each offer with the catalogue and replaces them together', async () => {
		const record = { id: 'a', name: 'Treff', wait_time: '2 Wochen', funding: [{ id: 'f' }] };
		await replaceCatalogue(
			db,
			[offer('a', 'Treff')],
			{ stand: '2026-12-01', quartier: 'Lindenhof', source: 'import' },
			new Map([['a', record]])
		);
		expect(await listOfferSources(db)).toEqual(new Map([['a', record]]));
		await replaceCatalogue(db, [offer('b', 'Anderer Treff')], {
			stand: '2026-12-02',
			quartier: 'Lindenhof',
			source: 'import'
		});
		expect(await listOfferSources(db)).toEqual(new Map());
	});

	it('marks the catalogue as edited here', async () => {
		await replaceCatalogue(db, [offer('a', 'Treff')], {
			stand: '2026-12-01',
			quartier: 'Lindenhof',
			source: 'shipped'
		});
		expect((await readCatalogueInfo(db))?.editedAt).toBeUndefined();
		await markCatalogueEdited(db);
		expect((await readCatalogueInfo(db))?.editedAt).toEqual(expect.any(String));
	});

	it('saves, lists and deletes the team’s lines, in lower case, checked', async () => {
		await saveCategoryRule(db, { word: '  Mahlzeit ', category: 'essen' });
		expect(await listCategoryRules(db)).toEqual([{ word: 'mahlzeit', category: 'essen' }]);
		await expect(saveCategoryRule(db, { word: 'x', category: 'essen' })).rejects.toBeTruthy();
		await deleteCategoryRule(db, 'mahlzeit');
		expect(await listCategoryRules(db)).toEqual([]);
	});
});

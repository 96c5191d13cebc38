import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localDate } from '$lib/offers/editor/form';
import type { Offer } from '$lib/offers/offer';
import { anOffer } from '../../../tests/fixtures/builders.js';
import { retireOffer, saveOffer } from './editor-repository';
import { NahbeiDatabase } from './database';
import { getOffer, listOffers, replaceCatalogue } from './offers-repository';
import { StorageProblem } from './storage-problem';

function offer(id: string, name: string, extra: Partial<Offer> = {}): Offer {
	return anOffer({
		id,
		name,
		description: 'Hier treffen sich Menschen aus dem Quartier.',
		category: 'treffpunkt',
		organization: { id: 'org-1', name: 'Stadtteil-Haus' },
		checkedOn: '2024-01-10',
		...extra
	});
}

let db: NahbeiDatabase;

beforeEach(async () => {
	db = new NahbeiDatabase(`editor-${crypto.randomUUID()}`);
	await db.open();
	await replaceCatalogue(db, [offer('a', 'Treff'), offer('b', 'Essen')], {
		stand: '2026-11-01',
		quartier: 'Lindenhof',
		source: 'shipped'
	});
});

afterEach(async () => {
	await db.delete();
});

// 23:30 in Hamburg on 30 November is already 1 December in no time zone but Berlin's.
const lateEvening = new Date('2026-11-30T23:30:00Z');

describe('saveOffer', () => {
	it('changes an offer and stamps the day it was checked in Berlin', async () => {
		const saved = await saveOffer(
			db,
			offer('a', 'Treff', { phone: '040 123' }),
			localDate(lateEvening)
		);
		expect(saved.checkedOn).toBe('2026-12-01');
		const stored = await getOffer(db, 'a');
		expect(stored?.phone).toBe('040 123');
		expect(stored?.checkedOn).toBe('2026-12-01');
		expect(await listOffers(db)).toHaveLength(2);
	});

	it('gives a new offer and its new organization a UUID', async () => {
		const saved = await saveOffer(
			db,
			offer('', 'Neu', { organization: { id: '', name: 'Verein' } }),
			localDate()
		);
		expect(saved.id).toMatch(/^[0-9a-f-]{36}$/);
		expect(saved.organization.id).toMatch(/^[0-9a-f-]{36}$/);
		expect((await getOffer(db, saved.id))?.name).toBe('Neu');
		expect(await listOffers(db)).toHaveLength(3);
	});

	it('refuses an invalid offer and leaves the stored one as it was', async () => {
		const broken = { ...offer('a', 'x'.repeat(201)) };
		await expect(saveOffer(db, broken, localDate())).rejects.toSatisfy(
			(error) => error instanceof StorageProblem && error.kind === 'invalid'
		);
		expect((await getOffer(db, 'a'))?.name).toBe('Treff');
	});
});

describe('retireOffer', () => {
	it('hides the offer from the catalogue but keeps it stored', async () => {
		expect(await retireOffer(db, 'a')).toBe(true);
		expect((await listOffers(db)).map((o) => o.id)).toEqual(['b']);
		expect((await getOffer(db, 'a'))?.status).toBe('inactive');
	});

	it('says false for an unknown offer and changes nothing', async () => {
		expect(await retireOffer(db, 'nope')).toBe(false);
		expect(await listOffers(db)).toHaveLength(2);
	});
});

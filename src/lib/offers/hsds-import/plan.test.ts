import { describe, expect, it } from 'vitest';
import { planImport } from './plan';
import { imported, lunchOffer, lunchTable } from './test-records';

describe('importHsds rejects records that cannot become offers', () => {
	it('rejects a service without a name or with wrong types, and keeps the others', () => {
		const result = imported([
			lunchTable({ name: undefined }),
			lunchTable({ id: 'b', latitude: 'nah', name: 7 }),
			lunchTable({ id: 'c' })
		]);
		expect(result.offers.map((offer) => offer.id)).toEqual(['c']);
		expect(result.rejected).toEqual([
			{ id: lunchOffer.id, reason: 'Angebot weggelassen: „name“ fehlt.' },
			{ id: 'b', reason: 'Angebot weggelassen: „name“ muss ein Text sein.' }
		]);
	});

	it('puts services without a known category under Sonstiges and says so', () => {
		const result = imported(lunchTable({ attributes: [] }));
		expect(result.rejected).toEqual([]);
		expect(result.offers[0]?.category).toBe('sonstiges');
		expect(result.repaired[0]?.reason).toBe(
			'Kein Bereich passt. Das Angebot steht jetzt unter „Sonstiges“. Sie können den Bereich ändern.'
		);
	});

	it('rejects defunct services, unknown status values and repeated ids', () => {
		const result = imported([
			lunchTable({ status: 'defunct' }),
			lunchTable({ id: 'b', status: 'open' }),
			lunchTable({ id: 'c' }),
			lunchTable({ id: 'c', name: 'Doppelt' })
		]);
		expect(result.offers.map((offer) => offer.id)).toEqual(['c']);
		expect(result.rejected.map((entry) => entry.reason)).toEqual([
			'Angebot weggelassen: Es gibt das Angebot nicht mehr (Status „defunct“).',
			'Angebot weggelassen: „status“ hat den unbekannten Wert „open“.',
			'Diese Kennung kommt doppelt vor – der zweite Eintrag wurde weggelassen.'
		]);
	});

	it('rejects a description longer than an offer may be', () => {
		const result = imported(lunchTable({ description: 'Sehr lang. '.repeat(400) }));
		expect(result.rejected[0]?.reason).toBe(
			'Angebot weggelassen: „description“ ist zu lang (höchstens 3000 Zeichen).'
		);
	});

	it('rejects entries of a list that are no objects', () => {
		const result = imported([42, 'Mittags-Tisch', null, lunchTable()]);
		expect(result.read).toBe(4);
		expect(result.offers).toHaveLength(1);
		expect(result.rejected).toHaveLength(3);
	});
});

describe('the plan stage on its own', () => {
	const context = { zone: 'Europe/Berlin', referenceDate: { year: 2026, month: 11, day: 20 } };

	it('adds the offers, keeps the orphans of the read stage and drops repeated ids', () => {
		const orphan = { id: 'p9', reason: 'Telefon-Nummer gehört zu keinem Angebot.' };
		const plan = planImport([lunchTable(), lunchTable(), 7], [orphan], context);
		expect(plan.read).toBe(3);
		expect(plan.offers).toEqual([lunchOffer]);
		expect(plan.repaired).toEqual([]);
		expect(plan.rejected).toEqual([
			orphan,
			{
				id: lunchOffer.id,
				name: lunchOffer.name,
				reason: 'Diese Kennung kommt doppelt vor – der zweite Eintrag wurde weggelassen.'
			},
			{ reason: 'Der Eintrag ist kein Angebot (kein Objekt) – weggelassen.' }
		]);
	});

	it('lists every note of an added offer as a repair', () => {
		const plan = planImport([lunchTable({ description: '' })], [], context);
		expect(plan.repaired).toEqual([
			{
				id: lunchOffer.id,
				name: lunchOffer.name,
				reason: 'Die Beschreibung fehlt. Bitte ergänzen Sie sie.'
			}
		]);
	});
});

import { describe, expect, it } from 'vitest';
import {
	emptyForm,
	emptyPrice,
	emptySlot,
	fieldIds,
	formFromOffer,
	isDueForCheck,
	localDate,
	offerFromForm,
	parseLanguages,
	schedulesFromSlots,
	slotsFromSchedules,
	type OfferForm
} from './form';
import type { Offer } from '../offer';
import { isOpenAt } from '../opening-hours';

const lunch: Offer = {
	id: 'lunch',
	name: 'Mittags-Tisch',
	description: 'Hier gibt es warmes Essen.',
	category: 'essen',
	keywords: ['Essen'],
	organization: { id: 'org', name: 'Nachbarschafts-Verein' },
	phone: '040 123456',
	address: { street: 'Lindenweg 3', postalCode: '22769', city: 'Hamburg', district: 'Altona' },
	schedules: [
		{ id: 's1', freq: 'WEEKLY', byday: 'MO,WE', opens_at: '12:00', closes_at: '14:00' },
		{ id: 's2', freq: 'MONTHLY', byday: '1SA', opens_at: '10:00', closes_at: '12:00' },
		{ description: 'geschlossen', valid_from: '2026-12-24', valid_to: '2027-01-01' }
	],
	costs: [
		{ option: 'mit wenig Geld', amount: 3, currency: 'EUR' },
		{ option: 'für alle anderen', amount: 4, currency: 'EUR' }
	],
	terms: ['rollstuhl', 'ohne-anmeldung'],
	languages: ['de', 'tr'],
	checkedOn: '2026-01-05',
	status: 'active'
};

function filled(extra: Partial<OfferForm> = {}): OfferForm {
	return {
		...emptyForm(),
		name: 'Repair-Café',
		description: 'Hier reparieren wir zusammen.',
		organization: 'Werkstatt-Verein',
		category: 'reparieren',
		slots: [{ ...emptySlot(), days: ['FR'], opens: '15:00', closes: '18:00' }],
		...extra
	};
}

describe('opening slots', () => {
	it('shows weekly slots as rows and keeps monthly slots and closures unchanged', () => {
		const { slots, kept } = slotsFromSchedules(lunch.schedules);
		expect(slots.map(({ days, opens, closes }) => ({ days, opens, closes }))).toEqual([
			{ days: ['MO', 'WE'], opens: '12:00', closes: '14:00' }
		]);
		expect(kept).toEqual([lunch.schedules[1], lunch.schedules[2]]);
	});

	it('turns rows into weekly HSDS schedules, Monday first, keeping the schedule id', () => {
		const { slots } = slotsFromSchedules(lunch.schedules);
		const [slot] = slots;
		if (!slot) throw new Error('no slot');
		slot.days = ['FR', 'TU'];
		expect(schedulesFromSlots(slots)).toEqual([
			{ id: 's1', freq: 'WEEKLY', byday: 'TU,FR', opens_at: '12:00', closes_at: '14:00' }
		]);
	});

	it('writes schedules the opening-hours code reads as open', () => {
		const [schedule] = schedulesFromSlots([
			{ key: 'k', days: ['WE'], opens: '12:00', closes: '14:00' }
		]);
		// Wednesday 25 November 2026, 12:30 in Hamburg.
		expect(isOpenAt([schedule!], new Date('2026-11-25T11:30:00Z'), 'Europe/Berlin')).toBe('open');
	});

	it('keeps schedules the rows cannot show: every other week, all day, until midnight', () => {
		const others = [
			{
				freq: 'WEEKLY',
				interval: 2,
				dtstart: '2026-01-05',
				byday: 'MO',
				opens_at: '10:00',
				closes_at: '11:00'
			},
			{ freq: 'WEEKLY', byday: 'SA', opens_at: '00:00', closes_at: '24:00' },
			{ freq: 'WEEKLY', byday: 'FR', opens_at: '20:00', closes_at: '24:00' }
		];
		expect(slotsFromSchedules(others)).toEqual({ slots: [], kept: others });
	});
});

describe('the form of an offer', () => {
	it('saves an unchanged offer as it was', () => {
		const result = offerFromForm(formFromOffer(lunch), lunch);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.offer).toEqual(lunch);
	});

	it('takes a changed phone number and keeps every field the form does not show', () => {
		const form = formFromOffer(lunch);
		form.phone = '040 999';
		const result = offerFromForm(form, lunch);
		if (!result.ok) throw new Error(JSON.stringify(result.errors));
		expect(result.offer.phone).toBe('040 999');
		expect(result.offer.keywords).toEqual(['Essen']);
		expect(result.offer.address?.district).toBe('Altona');
	});

	it('builds a new offer with empty ids for the repository to fill', () => {
		const result = offerFromForm(
			filled({ prices: [{ ...emptyPrice(), option: 'für alle', amount: '2,50' }] }),
			null
		);
		if (!result.ok) throw new Error(JSON.stringify(result.errors));
		expect(result.offer).toMatchObject({
			id: '',
			organization: { id: '', name: 'Werkstatt-Verein' },
			status: 'active',
			keywords: [],
			costs: [{ option: 'für alle', amount: 2.5, currency: 'EUR' }],
			languages: ['de']
		});
		expect(result.offer).not.toHaveProperty('address');
		expect(result.offer).not.toHaveProperty('phone');
	});

	it('leaves out empty price rows and keeps a price in words only', () => {
		const result = offerFromForm(
			filled({
				prices: [{ ...emptyPrice() }, { ...emptyPrice(), option: 'Spende erwünscht' }]
			}),
			null
		);
		if (!result.ok) throw new Error(JSON.stringify(result.errors));
		expect(result.offer.costs).toEqual([{ option: 'Spende erwünscht' }]);
	});

	it('names every missing field, in the order of the form', () => {
		const result = offerFromForm(
			{ ...emptyForm(), street: 'Weg 1', slots: [{ key: 'x', days: [], opens: '', closes: '' }] },
			null
		);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors.map((error) => error.field)).toEqual([
			fieldIds.name,
			fieldIds.description,
			fieldIds.organization,
			fieldIds.category,
			fieldIds.postalCode,
			fieldIds.city,
			fieldIds.slotDay('x', 'MO'),
			fieldIds.slotOpens('x'),
			fieldIds.slotCloses('x')
		]);
		expect(result.errors[6]).toEqual({
			field: 'slot-x-day-MO',
			key: 'quartier.errors.slotDays',
			values: { number: 1 }
		});
	});

	it('refuses a wrong phone number, a negative price and a wrong language code', () => {
		const result = offerFromForm(
			filled({
				phone: 'ruf mich an',
				prices: [{ key: 'p', option: 'alle', amount: '-3' }],
				languages: 'de, Deutsch'
			}),
			null
		);
		if (result.ok) throw new Error('saved');
		expect(result.errors.map((error) => error.key)).toEqual([
			'quartier.errors.phoneInvalid',
			'quartier.errors.priceAmount',
			'quartier.errors.languageInvalid'
		]);
		expect(result.errors[2]?.values).toEqual({ code: 'deutsch' });
	});

	it('refuses code in the phone field with a clear message, never a tel: link', () => {
		const result = offerFromForm(filled({ phone: 'javascript:alert(13)' }), null);
		if (result.ok) throw new Error('saved');
		expect(result.errors.map((error) => error.key)).toEqual(['quartier.errors.phoneInvalid']);
	});

	it('keeps who an offer is for and its ages, and refuses ages that do not fit', () => {
		const result = offerFromForm(
			filled({ forWhom: ' Für Familien. ', ageFrom: '6', ageTo: '12', email: '', url: '' }),
			null
		);
		if (!result.ok) throw new Error('refused');
		expect(result.offer).toMatchObject({ forWhom: 'Für Familien.', ageFrom: 6, ageTo: 12 });
		expect(result.offer).not.toHaveProperty('email');
		const wrong = offerFromForm(
			filled({ ageFrom: 'zehn', ageTo: '5', email: 'keine-adresse', url: 'javascript:alert(1)' }),
			null
		);
		if (wrong.ok) throw new Error('saved');
		expect(wrong.errors.map((error) => error.key)).toEqual([
			'quartier.errors.emailInvalid',
			'quartier.errors.urlInvalid',
			'quartier.errors.ageInvalid'
		]);
		const order = offerFromForm(filled({ ageFrom: '18', ageTo: '12' }), null);
		expect(order.ok ? [] : order.errors.map((error) => error.key)).toEqual([
			'quartier.errors.ageOrder'
		]);
	});

	it('refuses a slot that opens and closes at the same time', () => {
		const result = offerFromForm(
			filled({ slots: [{ key: 's', days: ['MO'], opens: '10:00', closes: '10:00' }] }),
			null
		);
		if (result.ok) throw new Error('saved');
		expect(result.errors).toEqual([
			{ field: 'slot-s-closes', key: 'quartier.errors.slotSame', values: { number: 1 } }
		]);
	});
});

describe('small readers', () => {
	it('reads language codes separated by commas or spaces, each once', () => {
		expect(parseLanguages(' de, EN ar,de ')).toEqual(['de', 'en', 'ar']);
		expect(parseLanguages('')).toEqual([]);
	});

	it('gives the date in Hamburg', () => {
		expect(localDate(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-29');
	});

	it('finds offers not checked for more than 12 months, or never', () => {
		expect(isDueForCheck({ checkedOn: '2025-11-22' }, '2026-11-23')).toBe(true);
		expect(isDueForCheck({ checkedOn: '2025-11-23' }, '2026-11-23')).toBe(false);
		expect(isDueForCheck({}, '2026-11-23')).toBe(true);
		expect(isDueForCheck({ checkedOn: 'neulich' }, '2026-11-23')).toBe(true);
	});
});

describe('the demo catalogue', () => {
	it('comes back unchanged from the form of every offer', async () => {
		const { readFileSync } = await import('node:fs');
		const { importHsds } = await import('../hsds-import');
		const result = importHsds(readFileSync('static/data/angebote.json', 'utf8'));
		if (!result.ok) throw new Error(result.message);
		for (const offer of result.offers) {
			const again = offerFromForm(formFromOffer(offer), offer);
			if (!again.ok) throw new Error(`${offer.name}: ${JSON.stringify(again.errors)}`);
			expect(again.offer, offer.name).toEqual(offer);
		}
	});
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { offerCategories } from '../offer';
import { imported } from './test-records';

describe('the demo catalogue static/data/angebote.json', () => {
	const text = readFileSync(join(process.cwd(), 'static/data/angebote.json'), 'utf8');
	const catalogue = JSON.parse(text) as { nahbei?: { stand: string; quartier: string } };
	const result = imported(text);

	it('imports at least 40 offers without rejecting or repairing any', () => {
		expect(result.offers.length).toBeGreaterThanOrEqual(40);
		expect(result.read).toBe(result.offers.length);
		expect(result.rejected).toEqual([]);
		expect(result.repaired).toEqual([]);
	});

	it('uses every category', () => {
		const used = new Set(result.offers.map((offer) => offer.category));
		// Sonstiges is for files that name no category we know; ours always names one.
		const named = offerCategories.filter((category) => category !== 'sonstiges');
		expect([...used].sort()).toEqual([...named].sort());
	});

	it('has the lunch table with its prices of 3 and 4 Euro', () => {
		const lunch = result.offers.find((offer) => offer.name === 'Mittags-Tisch');
		expect(lunch?.costs).toEqual([
			expect.objectContaining({
				option: 'für Menschen mit wenig Geld oder kleiner Rente',
				amount: 3,
				currency: 'EUR'
			}),
			expect.objectContaining({ option: 'für alle anderen', amount: 4, currency: 'EUR' })
		]);
	});

	it('has one contact point, a 24-hour offer and an offer without schedules', () => {
		expect(result.offers.filter((offer) => offer.isContactPoint)).toHaveLength(1);
		const allDay = result.offers.filter((offer) =>
			offer.schedules.some(
				(schedule) => schedule.opens_at === '00:00' && schedule.closes_at === '24:00'
			)
		);
		expect(allDay.length).toBeGreaterThanOrEqual(1);
		expect(result.offers.some((offer) => offer.schedules.length === 0)).toBe(true);
	});

	it('has offers in Turkish, Arabic, Ukrainian, English and German Sign Language', () => {
		const spoken = new Set(result.offers.flatMap((offer) => offer.languages));
		for (const code of ['de', 'tr', 'ar', 'uk', 'en', 'gsg']) expect(spoken).toContain(code);
	});

	it('says when it was checked and for which Quartier', () => {
		expect(catalogue.nahbei).toEqual({ stand: '2026-11-20', quartier: 'Lindenhof' });
		for (const offer of result.offers) expect(offer.checkedOn! <= '2026-11-20').toBe(true);
	});
});

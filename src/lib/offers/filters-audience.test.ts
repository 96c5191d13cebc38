import { describe, expect, it } from 'vitest';
import { anOffer } from '../../../tests/fixtures/builders.js';
import {
	applyFilters,
	filtersFromSearch,
	filtersToSearch,
	isForAudience,
	noFilters
} from './filters';
import type { Offer } from './offer';

const offer = (forWhom: string, extra: object = {}) => anOffer({ forWhom, ...extra }) as Offer;

describe('Für wen? (eligibility)', () => {
	it('lets an offer for everyone in for every group', () => {
		expect(isForAudience(offer('Für alle im Quartier.'), 'behinderung')).toBe(true);
		expect(isForAudience(offer('Für alle, besonders für ältere Menschen.'), 'kinder')).toBe(true);
	});

	it('keeps children away from offers from 16 on', () => {
		expect(isForAudience(offer('Für alle ab 16 Jahren.'), 'kinder')).toBe(false);
		expect(isForAudience(offer('Für Schul-Kinder von 6 bis 14 Jahren.'), 'kinder')).toBe(true);
	});

	it('reads the age fields when the record has them', () => {
		expect(isForAudience(offer('', { ageFrom: 18 }), 'kinder')).toBe(false);
		expect(isForAudience(offer('', { ageFrom: 3, ageTo: 10 }), 'kinder')).toBe(true);
	});

	it('finds the group named in the text', () => {
		expect(isForAudience(offer('Für Menschen mit Behinderung.'), 'behinderung')).toBe(true);
		expect(isForAudience(offer('Für Menschen mit Behinderung.'), 'wenig-geld')).toBe(false);
		expect(isForAudience(offer('Für Erwachsene.'), 'kinder')).toBe(false);
	});

	it('keeps the choice and "only saved" in the address', () => {
		const filters = { ...noFilters, audience: 'aeltere' as const, saved: true };
		expect(filtersFromSearch(filtersToSearch(filters))).toEqual(filters);
	});

	it('shows only the saved offers when asked', () => {
		const saved = offer('Für alle.');
		const other = offer('Für alle.');
		const result = applyFilters(
			[saved, other],
			{ ...noFilters, saved: true },
			new Date(),
			new Set([saved.id])
		);
		expect(result).toEqual([saved]);
	});
});

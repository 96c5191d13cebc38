import { describe, expect, it } from 'vitest';
import {
	applyFilters,
	filtersFromSearch,
	filtersToSearch,
	isFree,
	lowestPrice,
	noFilters
} from './filters';
import { anOffer } from '../../../tests/fixtures/builders.js';
import type { Offer } from './offer';

function offer(id: string, extra: Partial<Offer> = {}): Offer {
	return anOffer({
		id,
		name: id,
		description: '',
		category: 'treffpunkt',
		organization: { id: 'o', name: 'O' },
		...extra
	});
}

const lunch = offer('mittagstisch', {
	category: 'essen',
	costs: [
		{ option: 'wenig Geld', amount: 3, currency: 'EUR' },
		{ option: 'alle anderen', amount: 4, currency: 'EUR' }
	],
	terms: ['rollstuhl', 'ohne-anmeldung'],
	languages: ['de', 'tr'],
	schedules: [{ freq: 'WEEKLY', byday: 'WE', opens_at: '12:00', closes_at: '14:00' }]
});
const library = offer('buecherhalle', {
	category: 'lernen',
	terms: ['kostenlos', 'rollstuhl', 'hoerschleife'],
	schedules: [{ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '10:00', closes_at: '18:00' }]
});
const club = offer('sportverein', { category: 'sport', costs: [{ amount: 12, currency: 'EUR' }] });
const unknownTimes = offer('ohne-zeiten', { category: 'beratung' });
const all = [lunch, library, club, unknownTimes];

// Wednesday 2026-11-25, 12:30 in Hamburg (11:30 UTC).
const wednesdayNoon = new Date('2026-11-25T11:30:00Z');

describe('filters in the URL', () => {
	it('survive a round trip through the address', () => {
		const filters = {
			...noFilters,
			query: 'Mittags-Tisch',
			category: 'essen' as const,
			when: 'now' as const,
			maxPrice: 5,
			access: ['rollstuhl' as const, 'hoerschleife' as const],
			language: 'tr',
			noRegistration: true,
			free: true
		};
		expect(filtersFromSearch(filtersToSearch(filters))).toEqual(filters);
	});

	it('ignore unknown or hostile values', () => {
		const params = new URLSearchParams(
			'kategorie=<script>&wann=sometime&bis=-3&zugang=fliegen&sprache=javascript:alert(1)'
		);
		expect(filtersFromSearch(params)).toEqual(noFilters);
	});

	it('leave defaults out of the address', () => {
		expect(filtersToSearch(noFilters).toString()).toBe('');
	});
});

describe('prices', () => {
	it('know free offers by the mark or by prices of 0', () => {
		expect(isFree(library)).toBe(true);
		expect(isFree(offer('x', { costs: [{ amount: 0 }] }))).toBe(true);
		expect(isFree(lunch)).toBe(false);
		expect(isFree(unknownTimes)).toBe(false);
	});

	it('take the lowest option as the price', () => {
		expect(lowestPrice(lunch)).toBe(3);
		expect(lowestPrice(unknownTimes)).toBeNull();
	});
});

describe('applyFilters', () => {
	const ids = (filters: Partial<typeof noFilters>) =>
		applyFilters(all, { ...noFilters, ...filters }, wednesdayNoon).map((o) => o.id);

	it('keeps everything without filters', () => {
		expect(ids({})).toEqual(['mittagstisch', 'buecherhalle', 'sportverein', 'ohne-zeiten']);
	});

	it('filters by category', () => {
		expect(ids({ category: 'essen' })).toEqual(['mittagstisch']);
	});

	it('finds what is open now, and never counts unknown times as open', () => {
		expect(ids({ when: 'now' })).toEqual(['mittagstisch', 'buecherhalle']);
	});

	it('finds what is open on a chosen weekday', () => {
		expect(ids({ when: 'SA' })).toEqual([]);
		expect(ids({ when: 'MO' })).toEqual(['buecherhalle']);
	});

	it('filters free offers and offers up to a price', () => {
		expect(ids({ free: true })).toEqual(['buecherhalle']);
		expect(ids({ maxPrice: 5 })).toEqual(['mittagstisch', 'buecherhalle']);
	});

	it('combines access features: every chosen one must be there', () => {
		expect(ids({ access: ['rollstuhl'] })).toEqual(['mittagstisch', 'buecherhalle']);
		expect(ids({ access: ['rollstuhl', 'hoerschleife'] })).toEqual(['buecherhalle']);
	});

	it('filters by a language spoken and by "ohne Anmeldung"', () => {
		expect(ids({ language: 'tr' })).toEqual(['mittagstisch']);
		expect(ids({ noRegistration: true })).toEqual(['mittagstisch']);
	});
});

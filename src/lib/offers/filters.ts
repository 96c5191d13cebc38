import { isOpenAt, isOpenOnWeekday, isOpenToday } from './opening-hours';
import {
	accessFeatures,
	offerCategories,
	type Offer,
	type OfferCategory,
	type OfferTerm
} from './offer';
import { WEEKDAYS, type Weekday } from './zoned-time';

export type AccessFeature = (typeof accessFeatures)[number];
export type WhenFilter = 'now' | 'today' | Weekday;

/** What a person chose on the Angebote page; it lives in the URL so Back returns to it. */
export interface OfferFilters {
	query: string;
	category: OfferCategory | null;
	when: WhenFilter | null;
	free: boolean;
	/** Highest price in euros a person wants to pay, or null for any. */
	maxPrice: number | null;
	access: AccessFeature[];
	language: string | null;
	noRegistration: boolean;
}

export const noFilters: OfferFilters = {
	query: '',
	category: null,
	when: null,
	free: false,
	maxPrice: null,
	access: [],
	language: null,
	noRegistration: false
};

// German words in the URL, so a shared or bookmarked address reads well.
const keys = {
	query: 'suche',
	category: 'kategorie',
	when: 'wann',
	free: 'kostenlos',
	maxPrice: 'bis',
	access: 'zugang',
	language: 'sprache',
	noRegistration: 'ohne-anmeldung'
} as const;

const whenValues: readonly string[] = ['now', 'today', ...WEEKDAYS];

/** Reads the filters from a URL's search part; unknown or broken values are ignored. */
export function filtersFromSearch(params: URLSearchParams): OfferFilters {
	const category = params.get(keys.category);
	const when = params.get(keys.when);
	const price = Number(params.get(keys.maxPrice));
	const language = params.get(keys.language);
	return {
		query: (params.get(keys.query) ?? '').slice(0, 100),
		category: (offerCategories as readonly string[]).includes(category ?? '')
			? (category as OfferCategory)
			: null,
		when: when && whenValues.includes(when) ? (when as WhenFilter) : null,
		free: params.get(keys.free) === 'ja',
		maxPrice: params.has(keys.maxPrice) && Number.isFinite(price) && price > 0 ? price : null,
		access: params
			.getAll(keys.access)
			.filter((value): value is AccessFeature =>
				(accessFeatures as readonly string[]).includes(value)
			),
		language: language && /^[a-z]{2,3}$/.test(language) ? language : null,
		noRegistration: params.get(keys.noRegistration) === 'ja'
	};
}

/** Writes the filters into a URL search part; defaults are left out. */
export function filtersToSearch(filters: OfferFilters): URLSearchParams {
	const params = new URLSearchParams();
	if (filters.query.trim()) params.set(keys.query, filters.query.trim());
	if (filters.category) params.set(keys.category, filters.category);
	if (filters.when) params.set(keys.when, filters.when);
	if (filters.free) params.set(keys.free, 'ja');
	if (filters.maxPrice !== null) params.set(keys.maxPrice, String(filters.maxPrice));
	for (const feature of filters.access) params.append(keys.access, feature);
	if (filters.language) params.set(keys.language, filters.language);
	if (filters.noRegistration) params.set(keys.noRegistration, 'ja');
	return params;
}

/** Whether any filter beyond the defaults is set. */
export function hasFilters(filters: OfferFilters): boolean {
	return filtersToSearch(filters).size > 0;
}

function has(offer: Offer, term: OfferTerm): boolean {
	return offer.terms.includes(term);
}

/** Whether an offer costs nothing: marked free, or every price is 0. */
export function isFree(offer: Offer): boolean {
	if (has(offer, 'kostenlos')) return true;
	return offer.costs.length > 0 && offer.costs.every((cost) => (cost.amount ?? 0) === 0);
}

/** The lowest price of an offer in euros; 0 when free, null when nobody said. */
export function lowestPrice(offer: Offer): number | null {
	if (isFree(offer)) return 0;
	const amounts = offer.costs
		.map((cost) => cost.amount)
		.filter((amount): amount is number => typeof amount === 'number');
	return amounts.length > 0 ? Math.min(...amounts) : null;
}

function matchesWhen(offer: Offer, when: WhenFilter, now: Date): boolean {
	// "Zeiten unbekannt" is never hidden as if closed: only a clear "open" passes this filter.
	if (when === 'now') return isOpenAt(offer.schedules, now) === 'open';
	if (when === 'today') return isOpenToday(offer.schedules, now) === 'open';
	return isOpenOnWeekday(offer.schedules, when, now) === 'open';
}

/** Keeps the offers that pass every chosen filter (the text search is separate). */
export function applyFilters(offers: Offer[], filters: OfferFilters, now: Date): Offer[] {
	return offers.filter((offer) => {
		if (filters.category && offer.category !== filters.category) return false;
		if (filters.free && !isFree(offer)) return false;
		if (filters.maxPrice !== null) {
			const price = lowestPrice(offer);
			if (price === null || price > filters.maxPrice) return false;
		}
		if (filters.access.some((feature) => !has(offer, feature))) return false;
		if (filters.language && !offer.languages.includes(filters.language)) return false;
		if (filters.noRegistration && !has(offer, 'ohne-anmeldung')) return false;
		if (filters.when && !matchesWhen(offer, filters.when, now)) return false;
		return true;
	});
}

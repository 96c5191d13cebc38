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

/** Groups of people a person can say an offer should be for ("Für wen?"). */
export const audiences = ['kinder', 'familien', 'aeltere', 'behinderung', 'wenig-geld'] as const;
export type Audience = (typeof audiences)[number];

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
	/** Only offers for this group of people (or for everyone). */
	audience: Audience | null;
	/** Only the offers the person saved ("Meine gemerkten Angebote"). */
	saved: boolean;
}

export const noFilters: OfferFilters = {
	query: '',
	category: null,
	when: null,
	free: false,
	maxPrice: null,
	access: [],
	language: null,
	noRegistration: false,
	audience: null,
	saved: false
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
	noRegistration: 'ohne-anmeldung',
	audience: 'fuer-wen',
	saved: 'gemerkt'
} as const;

const whenValues: readonly string[] = ['now', 'today', ...WEEKDAYS];

/** Reads the filters from a URL's search part; unknown or broken values are ignored. */
export function filtersFromSearch(params: URLSearchParams): OfferFilters {
	const category = params.get(keys.category);
	const when = params.get(keys.when);
	const price = Number(params.get(keys.maxPrice));
	const language = params.get(keys.language);
	const audience = params.get(keys.audience);
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
		noRegistration: params.get(keys.noRegistration) === 'ja',
		audience: (audiences as readonly string[]).includes(audience ?? '')
			? (audience as Audience)
			: null,
		saved: params.get(keys.saved) === 'ja'
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
	if (filters.audience) params.set(keys.audience, filters.audience);
	if (filters.saved) params.set(keys.saved, 'ja');
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

/** The ages an offer is for: from its age fields when it has them, else read from "Für wen?". */
export function ageRange(offer: Offer): { from: number; to: number } | null {
	const fields = offer as Offer & { ageFrom?: number; ageTo?: number };
	if (typeof fields.ageFrom === 'number' || typeof fields.ageTo === 'number') {
		return { from: fields.ageFrom ?? 0, to: fields.ageTo ?? Infinity };
	}
	const text = offer.forWhom ?? '';
	const between = /von (\d+) bis (\d+) Jahren/i.exec(text);
	if (between) return { from: Number(between[1]), to: Number(between[2]) };
	const from = /ab (\d+) Jahren/i.exec(text);
	if (from) return { from: Number(from[1]), to: Infinity };
	const to = /bis (\d+) Jahre/i.exec(text);
	if (to) return { from: 0, to: Number(to[1]) };
	return null;
}

// Words in "Für wen?" that name each group; "für alle" lets every group in.
const audienceWords: Record<Audience, RegExp> = {
	kinder: /kind|jugend|schul/i,
	familien: /famil|eltern|mütter|väter|kind/i,
	aeltere: /älter|senior|rente|alter\b/i,
	behinderung: /behinder|teilhabe|eingliederung/i,
	'wenig-geld': /wenig geld|kleine[rn]? rente|grund-?sicherung|armut/i
};
const forEveryone = /für alle|alle im quartier/i;

/** Whether an offer is for a group of people: named in "Für wen?", or for everyone of that age. */
export function isForAudience(offer: Offer, audience: Audience): boolean {
	const text = offer.forWhom ?? '';
	if (audienceWords[audience].test(text)) return true;
	const ages = ageRange(offer);
	if (audience === 'kinder' && ages) return ages.from < 14;
	if (audience === 'aeltere' && ages) return ages.to >= 65;
	// An offer that says nothing of who it is for is not hidden: nobody is left out by a guess.
	return forEveryone.test(text) || text.trim() === '';
}

/** Keeps the offers that pass every chosen filter (the text search is separate). */
export function applyFilters(
	offers: Offer[],
	filters: OfferFilters,
	now: Date,
	favourites: ReadonlySet<string> = new Set()
): Offer[] {
	return offers.filter((offer) => {
		if (filters.saved && !favourites.has(offer.id)) return false;
		if (filters.audience && !isForAudience(offer, filters.audience)) return false;
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

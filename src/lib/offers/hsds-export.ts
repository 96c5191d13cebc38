/**
 * Writes our offers as Open Referral HSDS 3.0 services, so other directories can read them and
 * `importHsds` reads them back unchanged.
 *
 * - Each offer becomes one service with its organization nested, one location (when the offer has
 *   an address, coordinates or a way to get there), its schedules, prices, languages and
 *   attributes. Every object gets an id; missing ones are derived from the offer id, so the same
 *   catalogue always exports the same ids.
 * - Times get their UTC offset, as HSDS asks, with `toOffsetTime` on the schedule's `dtstart` or
 *   `valid_from`, else on the reference date (default: today). A weekly slot has one offset in
 *   HSDS, although Berlin changes its offset twice a year; `importHsds` reads both Berlin offsets
 *   back as local time.
 * - Our vocabulary becomes attributes with taxonomy terms: the category (taxonomy
 *   `nahbei-category`), offer terms, the contact point and the note on times (taxonomy `nahbei`),
 *   keywords (taxonomy `nahbei-keyword`). Access terms are also written in words as the location's
 *   `accessibility`, for directories that do not know our taxonomy.
 * - Texts are written as they are; an offer's own fields are never guessed at.
 */
import {
	CATEGORY_TAXONOMY,
	CONTACT_POINT_CODE,
	KEYWORD_TAXONOMY,
	NAHBEI_TAXONOMY,
	SCHEDULE_NOTE_CODE,
	type HsdsAccessibility,
	type HsdsAttribute,
	type HsdsCostOption,
	type HsdsLanguage,
	type HsdsPage,
	type HsdsSchedule,
	type HsdsService,
	type HsdsServiceAtLocation
} from './hsds';
import type { Offer, OfferCategory, OfferTerm } from './offer';
import { mapService } from './hsds-import/map';
import { overlaySource } from './hsds-overlay';
import { toOffsetTime, type Schedule } from './opening-hours';
import { wallClockAt, type LocalDate } from './zoned-time';

/** Settings of an export; all have defaults. */
export interface ExportOptions {
	/** The date whose UTC offset times get when a schedule names no date; default today. */
	referenceDate?: LocalDate;
	/** The time zone of the Quartier. */
	zone?: string;
	/** HSDS requires a state or province in every address. */
	stateProvince?: string;
	/** ISO 3166-1 country code of the addresses. */
	country?: string;
	/**
	 * The HSDS records offers were read from, by offer id: such an offer is written as its record,
	 * with only what the team changed written anew (hsds-overlay.ts).
	 */
	sources?: ReadonlyMap<string, Record<string, unknown>>;
}

/** Names of our categories, for the taxonomy terms that carry them. */
export const CATEGORY_NAMES: Record<OfferCategory, string> = {
	essen: 'Essen und Trinken',
	nachbarschaftshilfe: 'Nachbarschafts-Hilfe',
	treffpunkt: 'Treffpunkt',
	beratung: 'Beratung',
	lernen: 'Lernen',
	reparieren: 'Reparieren',
	sport: 'Sport und Bewegung',
	sprache: 'Sprache',
	kultur: 'Kultur',
	gesundheit: 'Gesundheit',
	einkaufen: 'Einkaufen',
	sonstiges: 'Sonstiges'
};

/** Names of our offer terms and special codes in taxonomy `nahbei`. */
export const TERM_NAMES: Record<
	OfferTerm | typeof CONTACT_POINT_CODE | typeof SCHEDULE_NOTE_CODE,
	string
> = {
	rollstuhl: 'Mit Rollstuhl erreichbar',
	gebaerdensprache: 'Gebärden-Sprache',
	'leichte-sprache': 'Leichte Sprache',
	hoerschleife: 'Hör-Schleife',
	kostenlos: 'Kostenlos',
	'ohne-anmeldung': 'Ohne Anmeldung',
	'nur-mitglieder': 'Nur für Mitglieder',
	[CONTACT_POINT_CODE]: 'Eine Nummer für alle Hilfen',
	[SCHEDULE_NOTE_CODE]: 'Hinweis zu den Zeiten'
};

// Access terms in words, for the location's accessibility list.
const ACCESS_WORDS: Partial<Record<OfferTerm, string>> = {
	rollstuhl: 'Mit Rollstuhl erreichbar.',
	gebaerdensprache: 'Verständigung in Gebärden-Sprache ist möglich.',
	'leichte-sprache': 'Es gibt Informationen in Leichter Sprache.',
	hoerschleife: 'Es gibt eine Hör-Schleife.'
};

/** German names of the languages we expect, by ISO 639 code; other codes are written as names. */
export const LANGUAGE_NAMES: Record<string, string> = {
	de: 'Deutsch',
	en: 'Englisch',
	tr: 'Türkisch',
	ar: 'Arabisch',
	uk: 'Ukrainisch',
	ru: 'Russisch',
	pl: 'Polnisch',
	fa: 'Persisch',
	ku: 'Kurdisch',
	fr: 'Französisch',
	es: 'Spanisch',
	it: 'Italienisch',
	ro: 'Rumänisch',
	bg: 'Bulgarisch',
	sq: 'Albanisch',
	sr: 'Serbisch',
	hr: 'Kroatisch',
	ti: 'Tigrinya',
	prs: 'Dari',
	gsg: 'Deutsche Gebärden-Sprache'
};

const WEEKDAY_CODES = new Set(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']);

// Four 32-bit hashes of the same text with different seeds (after cyrb128), for derived ids.
function hash128(text: string): [number, number, number, number] {
	let h1 = 1779033703;
	let h2 = 3144134277;
	let h3 = 1013904242;
	let h4 = 2773480762;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		h1 = h2 ^ Math.imul(h1 ^ code, 597399067);
		h2 = h3 ^ Math.imul(h2 ^ code, 2869860233);
		h3 = h4 ^ Math.imul(h3 ^ code, 951274213);
		h4 = h1 ^ Math.imul(h4 ^ code, 2716044179);
	}
	h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
	h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
	h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
	h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
	h1 ^= h2 ^ h3 ^ h4;
	h2 ^= h1;
	h3 ^= h1;
	h4 ^= h1;
	return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** Derives a UUID (version 8, RFC 9562) from names, so exports are the same every time. */
export function stableUuid(...names: string[]): string {
	const hex = hash128(names.join('\u001f'))
		.map((part) => part.toString(16).padStart(8, '0'))
		.join('');
	const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function parseDate(value: string | null | undefined): LocalDate | null {
	const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value?.trim() ?? '');
	return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null;
}

function withOffset(time: string, day: LocalDate, zone: string): string {
	try {
		return toOffsetTime(time, day, zone);
	} catch {
		// A time we cannot read is written as it is; importHsds will report it.
		return time;
	}
}

function exportSchedule(
	schedule: Schedule,
	offerId: string,
	index: number,
	referenceDate: LocalDate,
	zone: string
): HsdsSchedule {
	const exported: HsdsSchedule = {
		id: schedule.id ?? stableUuid('schedule', offerId, String(index))
	};
	for (const field of ['valid_from', 'valid_to', 'dtstart', 'until', 'byday'] as const) {
		const value = schedule[field];
		if (typeof value === 'string' && value.trim() !== '') exported[field] = value.trim();
	}
	const wkst = schedule.wkst?.trim().toUpperCase();
	if (wkst && WEEKDAY_CODES.has(wkst)) exported.wkst = wkst as NonNullable<HsdsSchedule['wkst']>;
	const freq = schedule.freq?.trim().toUpperCase();
	// HSDS knows WEEKLY and MONTHLY; without freq a schedule means every day (opening-hours.ts).
	if (freq === 'WEEKLY' || freq === 'MONTHLY') exported.freq = freq;
	if (schedule.interval !== undefined && schedule.interval !== null && schedule.interval !== '') {
		const interval = Number(schedule.interval);
		if (Number.isInteger(interval) && interval >= 1) exported.interval = interval;
	}
	if (schedule.bymonthday !== undefined && schedule.bymonthday !== null) {
		exported.bymonthday = String(schedule.bymonthday);
	}
	const day = parseDate(schedule.dtstart) ?? parseDate(schedule.valid_from) ?? referenceDate;
	if (schedule.opens_at) exported.opens_at = withOffset(schedule.opens_at, day, zone);
	if (schedule.closes_at) exported.closes_at = withOffset(schedule.closes_at, day, zone);
	for (const field of ['description', 'notes', 'attending_type'] as const) {
		const value = schedule[field];
		if (typeof value === 'string' && value.trim() !== '') exported[field] = value;
	}
	return exported;
}

function attribute(
	offerId: string,
	taxonomy: string,
	code: string,
	name: string,
	value?: string
): HsdsAttribute {
	const termId = stableUuid('taxonomy_term', taxonomy, code);
	const described: HsdsAttribute = {
		id: stableUuid('attribute', offerId, taxonomy, code),
		link_id: offerId,
		link_entity: 'service',
		taxonomy_term_id: termId,
		taxonomy_term: {
			id: termId,
			code,
			name,
			description: `${name} – Begriff aus dem Katalog von nahbei.`,
			taxonomy
		}
	};
	if (value !== undefined) described.value = value;
	return described;
}

function exportAttributes(offer: Offer): HsdsAttribute[] {
	const attributes = [
		attribute(offer.id, CATEGORY_TAXONOMY, offer.category, CATEGORY_NAMES[offer.category])
	];
	for (const term of offer.terms) {
		attributes.push(attribute(offer.id, NAHBEI_TAXONOMY, term, TERM_NAMES[term]));
	}
	if (offer.isContactPoint) {
		attributes.push(
			attribute(offer.id, NAHBEI_TAXONOMY, CONTACT_POINT_CODE, TERM_NAMES[CONTACT_POINT_CODE])
		);
	}
	if (offer.scheduleNote) {
		attributes.push(
			attribute(
				offer.id,
				NAHBEI_TAXONOMY,
				SCHEDULE_NOTE_CODE,
				TERM_NAMES[SCHEDULE_NOTE_CODE],
				offer.scheduleNote
			)
		);
	}
	for (const keyword of offer.keywords) {
		attributes.push(attribute(offer.id, KEYWORD_TAXONOMY, keyword, keyword));
	}
	return attributes;
}

function exportLocation(
	offer: Offer,
	options: Required<Omit<ExportOptions, 'referenceDate' | 'sources'>>
) {
	const hasPlace =
		offer.address !== undefined || offer.latitude !== undefined || offer.transport !== undefined;
	if (!hasPlace) return [];
	const locationId = stableUuid('location', offer.id);
	const accessibility: HsdsAccessibility[] = offer.terms.flatMap((term) => {
		const words = ACCESS_WORDS[term];
		return words
			? [
					{
						id: stableUuid('accessibility', offer.id, term),
						location_id: locationId,
						description: words
					}
				]
			: [];
	});
	const link: HsdsServiceAtLocation = {
		id: stableUuid('service_at_location', offer.id),
		service_id: offer.id,
		location_id: locationId,
		location: {
			id: locationId,
			location_type: 'physical',
			name: offer.organization.name,
			...(offer.latitude !== undefined && offer.longitude !== undefined
				? { latitude: offer.latitude, longitude: offer.longitude }
				: {}),
			...(offer.transport !== undefined ? { transportation: offer.transport } : {}),
			addresses: offer.address
				? [
						{
							id: stableUuid('address', offer.id),
							location_id: locationId,
							address_1: offer.address.street,
							city: offer.address.city,
							...(offer.address.district ? { region: offer.address.district } : {}),
							state_province: options.stateProvince,
							postal_code: offer.address.postalCode,
							country: options.country,
							address_type: 'physical'
						}
					]
				: [],
			accessibility
		}
	};
	return [link];
}

function exportCosts(offer: Offer): HsdsCostOption[] {
	return offer.costs.map((cost, index) => {
		const option: HsdsCostOption = {
			id: stableUuid('cost_option', offer.id, String(index)),
			service_id: offer.id
		};
		if (cost.option !== undefined) option.option = cost.option;
		if (cost.amount !== undefined && cost.amount !== null) option.amount = cost.amount;
		if (cost.currency !== undefined) option.currency = cost.currency;
		if (cost.amountDescription !== undefined) option.amount_description = cost.amountDescription;
		return option;
	});
}

function exportLanguages(offer: Offer): HsdsLanguage[] {
	return offer.languages.map((code) => ({
		id: stableUuid('language', offer.id, code),
		service_id: offer.id,
		name: LANGUAGE_NAMES[code] ?? code,
		code
	}));
}

/** Writes offers as HSDS 3.0 services with their nested objects. */
export function exportHsds(offers: readonly Offer[], options: ExportOptions = {}): HsdsService[] {
	const zone = options.zone ?? 'Europe/Berlin';
	const referenceDate = options.referenceDate ?? wallClockAt(new Date(), zone);
	const place = {
		zone,
		stateProvince: options.stateProvince ?? 'Hamburg',
		country: options.country ?? 'DE'
	};
	return offers.map((offer) => {
		const service: HsdsService = {
			id: offer.id,
			name: offer.name,
			description: offer.description,
			status: offer.status,
			organization_id: offer.organization.id,
			organization: {
				id: offer.organization.id,
				name: offer.organization.name,
				// HSDS requires a description; we know the organization only by its name.
				description: offer.organization.name
			}
		};
		if (offer.url !== undefined) service.url = offer.url;
		if (offer.email !== undefined) service.email = offer.email;
		if (offer.forWhom !== undefined) service.eligibility_description = offer.forWhom;
		if (offer.ageFrom !== undefined) service.minimum_age = offer.ageFrom;
		if (offer.ageTo !== undefined) service.maximum_age = offer.ageTo;
		if (offer.checkedOn !== undefined) service.assured_date = offer.checkedOn;
		service.phones = offer.phone
			? [{ id: stableUuid('phone', offer.id), service_id: offer.id, number: offer.phone }]
			: [];
		service.schedules = offer.schedules.map((schedule, index) =>
			exportSchedule(schedule, offer.id, index, referenceDate, zone)
		);
		service.service_at_locations = exportLocation(offer, place);
		service.cost_options = exportCosts(offer);
		service.languages = exportLanguages(offer);
		service.attributes = exportAttributes(offer);
		const source = options.sources?.get(offer.id);
		if (!source) return service;
		const baseline = mapService(source, { zone, referenceDate });
		// A kept record the import would refuse today is replaced by what nahbei knows.
		if (!('offer' in baseline)) return service;
		return overlaySource(source, baseline.offer, offer, service) as HsdsService;
	});
}

/** Wraps services in the HSDS API's list page form, as one page holding all of them. */
export function hsdsPage(services: HsdsService[], nahbei?: HsdsPage['nahbei']): HsdsPage {
	const page: HsdsPage = {
		total_items: services.length,
		total_pages: 1,
		page_number: 1,
		size: services.length,
		first_page: true,
		last_page: true,
		empty: services.length === 0,
		contents: services
	};
	if (nahbei) page.nahbei = nahbei;
	return page;
}

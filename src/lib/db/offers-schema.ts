/**
 * The Quartier's offers as stored: one offer flattened from HSDS, where the catalogue came from,
 * favourites and reports of wrong details. lib/offers builds on these and re-exports them.
 */
import * as v from 'valibot';

/** Our own small taxonomy for what HSDS cannot say (HSDS `attribute` with these term codes). */
export const accessFeatures = [
	'rollstuhl',
	'gebaerdensprache',
	'leichte-sprache',
	'hoerschleife'
] as const;
export const offerTerms = [
	...accessFeatures,
	'kostenlos',
	'ohne-anmeldung',
	'nur-mitglieder'
] as const;
export type OfferTerm = (typeof offerTerms)[number];

/** The categories shown as big tiles on the Angebote page. */
export const offerCategories = [
	'essen',
	'nachbarschaftshilfe',
	'treffpunkt',
	'beratung',
	'lernen',
	'reparieren',
	'sport',
	'sprache',
	'kultur',
	'gesundheit',
	'einkaufen',
	// Offers whose file names no category we know: shown, never dropped.
	'sonstiges'
] as const;
export type OfferCategory = (typeof offerCategories)[number];

/** The fields of an HSDS 3.0 schedule that decide when an offer is open. */
export interface Schedule {
	id?: string;
	valid_from?: string | null;
	valid_to?: string | null;
	dtstart?: string | null;
	until?: string | null;
	wkst?: string | null;
	freq?: string | null;
	interval?: number | string | null;
	byday?: string | null;
	bymonthday?: string | number | null;
	opens_at?: string | null;
	closes_at?: string | null;
	timezone?: number | string | null;
	notes?: string | null;
	attending_type?: string | null;
	description?: string | null;
}

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

/** A telephone number: digits with spaces, dashes, slashes, dots or brackets, maybe a leading +. */
export const PHONE_PATTERN = /^\+?(?=(?:\D*\d){3})[\d\s/().-]{3,39}$/;
/** An e-mail address as people write one, without spaces or brackets. */
export const EMAIL_PATTERN = /^[^\s@<>"'()]+@[^\s@<>"'()]+\.[^\s@<>"'()]+$/;
/** A web link: only http and https, as the interface makes a link of it. */
export const WEB_LINK_PATTERN = /^https?:\/\/[^\s<>"]+$/i;

const age = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(130));

export const CostOptionSchema = v.object({
	/** In words: "für Menschen mit wenig Geld oder kleiner Rente". */
	option: v.optional(text(300)),
	amount: v.optional(v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(100000)))),
	currency: v.optional(text(3)),
	amountDescription: v.optional(text(300))
});

export const OfferSchema = v.object({
	/** The HSDS service id (a UUID). */
	id: text(100),
	name: text(200),
	/** What it is, in short easy sentences. */
	description: text(3000),
	category: v.picklist(offerCategories),
	keywords: v.array(text(80)),
	organization: v.object({ id: text(100), name: text(200) }),
	/** Who it is for, in words. */
	forWhom: v.optional(text(500)),
	/** The youngest age it is for, in years (HSDS minimum_age). */
	ageFrom: v.optional(age),
	/** The oldest age it is for, in years (HSDS maximum_age). */
	ageTo: v.optional(age),
	phone: v.optional(v.pipe(text(40), v.regex(PHONE_PATTERN))),
	email: v.optional(v.pipe(text(200), v.regex(EMAIL_PATTERN))),
	url: v.optional(v.pipe(text(500), v.regex(WEB_LINK_PATTERN))),
	address: v.optional(
		v.object({
			street: text(200),
			postalCode: text(20),
			city: text(100),
			/** The Quartier or part of town, for grouping. */
			district: v.optional(text(100))
		})
	),
	latitude: v.optional(v.pipe(v.number(), v.minValue(-90), v.maxValue(90))),
	longitude: v.optional(v.pipe(v.number(), v.minValue(-180), v.maxValue(180))),
	/** How to get there (HSDS location.transportation). */
	transport: v.optional(text(500)),
	schedules: v.array(v.custom<Schedule>((value) => typeof value === 'object' && value !== null)),
	/** Opening times in words, when the schedules cannot say everything. */
	scheduleNote: v.optional(text(500)),
	costs: v.array(CostOptionSchema),
	terms: v.array(v.picklist(offerTerms)),
	/** ISO 639 codes of languages spoken; 'gsg' is German Sign Language. */
	languages: v.array(text(10)),
	/** The Quartier's one contact point for every question ("Eine Nummer für alle Hilfen"). */
	isContactPoint: v.optional(v.boolean()),
	/** When the Quartier team last checked the entry (YYYY-MM-DD). */
	checkedOn: v.optional(text(10)),
	status: v.picklist(['active', 'inactive'])
});

/** One offer of the Quartier, flattened from HSDS for display, search and filters. */
export type Offer = v.InferOutput<typeof OfferSchema>;
export type CostOption = v.InferOutput<typeof CostOptionSchema>;

/** Where the catalogue on this device came from, and how current it is. */
export const CatalogueInfoSchema = v.object({
	id: v.literal('current'),
	/** The date the Quartier team published it (YYYY-MM-DD): "Stand: …". */
	stand: v.pipe(v.string(), v.isoDate()),
	quartier: v.pipe(v.string(), v.maxLength(100)),
	source: v.picklist(['shipped', 'update', 'import']),
	importedAt: v.string(),
	/** Set when the Quartier team changed an offer here: a newer file never replaces it silently. */
	editedAt: v.optional(v.string()),
	/** Where reports of wrong details go: the catalogue's contact e-mail. */
	contactEmail: v.optional(v.pipe(v.string(), v.maxLength(200)))
});
export type CatalogueInfo = v.InferOutput<typeof CatalogueInfoSchema>;

export interface FavouriteRecord {
	offerId: string;
	addedAt: string;
}

export const reportReasons = ['address', 'time', 'phone', 'price', 'other'] as const;
export type ReportReason = (typeof reportReasons)[number];

export const OfferReportSchema = v.object({
	offerId: v.pipe(v.string(), v.maxLength(100)),
	reasons: v.pipe(v.array(v.picklist(reportReasons)), v.minLength(1)),
	note: v.pipe(v.string(), v.maxLength(1000))
});
export type OfferReportInput = v.InferOutput<typeof OfferReportSchema>;

export interface OfferReportRecord extends OfferReportInput {
	id: string;
	createdAt: string;
	updatedAt: string;
}

/** The HSDS service record an offer was read from, kept whole so an export gives it back. */
export interface OfferSourceRecord {
	id: string;
	record: Record<string, unknown>;
}

/** One line of the Quartier team's table from words in a file to our categories. */
export const CategoryRuleSchema = v.object({
	word: v.pipe(v.string(), v.trim(), v.toLowerCase(), v.minLength(2), v.maxLength(80)),
	category: v.picklist(offerCategories)
});
export type CategoryRule = v.InferOutput<typeof CategoryRuleSchema>;

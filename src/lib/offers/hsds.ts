/**
 * The parts of Open Referral HSDS 3.0 that nahbei reads and writes, as TypeScript types and
 * valibot schemas.
 *
 * - Only the fields we use are listed. `v.object` keeps listed keys and drops all others, so
 *   unknown keys from a file never reach our objects.
 * - Types are checked strictly (a name must be text, a latitude a number) and so are the enums of
 *   the spec (service status, schedule freq and wkst, location and address types). Optional
 *   fields may be missing or null, as feeds write both.
 * - Ids of nested objects are optional, although HSDS asks for them: we do not need them to read
 *   an offer, and our export always writes them. A service needs its id and name.
 * - Every text has a length limit and every list a size limit, so one record cannot grow without
 *   bound.
 * - `interval`, `bymonthday`, `timezone` and `count` may be numbers or text: HSDS 3.0 and later
 *   versions differ here, and CSV files hold text anyway.
 * - Our own vocabulary travels in HSDS attributes: see `NAHBEI_TAXONOMY` and its neighbours.
 */
import * as v from 'valibot';

export {
	CATEGORY_CODE,
	CATEGORY_TAXONOMY,
	CONTACT_POINT_CODE,
	FORBIDDEN_KEYS,
	KEYWORD_TAXONOMY,
	NAHBEI_TAXONOMY,
	SCHEDULE_NOTE_CODE,
	SIGN_LANGUAGE_CODE
} from './hsds-terms';

/** Limits for texts and lists, in characters and entries. */
export const LIMITS = {
	id: 100,
	code: 100,
	short: 300,
	name: 500,
	long: 20_000,
	url: 2000,
	list: 200
} as const;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const optionalText = (max: number) => v.optional(v.nullable(text(max)));
const optionalNumber = v.optional(v.nullable(v.pipe(v.number(), v.finite())));
const numberOrText = v.optional(v.nullable(v.union([v.pipe(v.number(), v.finite()), text(100)])));
const optionalList = <T extends v.GenericSchema>(item: T) =>
	v.optional(v.nullable(v.pipe(v.array(item), v.maxLength(LIMITS.list))));

/** HSDS `taxonomy_term`: a term of some taxonomy; ours are named by `taxonomy`. */
export const HsdsTaxonomyTermSchema = v.object({
	id: optionalText(LIMITS.id),
	code: optionalText(LIMITS.code),
	name: optionalText(LIMITS.name),
	description: optionalText(LIMITS.long),
	parent_id: optionalText(LIMITS.id),
	taxonomy: optionalText(LIMITS.short),
	taxonomy_id: optionalText(LIMITS.id),
	language: optionalText(20),
	term_uri: optionalText(LIMITS.url)
});

/** HSDS `attribute`: links a service, location or other object to a taxonomy term. */
export const HsdsAttributeSchema = v.object({
	id: optionalText(LIMITS.id),
	link_id: optionalText(LIMITS.id),
	link_type: optionalText(LIMITS.short),
	link_entity: optionalText(LIMITS.short),
	taxonomy_term_id: optionalText(LIMITS.id),
	value: optionalText(LIMITS.long),
	label: optionalText(LIMITS.short),
	taxonomy_term: v.optional(v.nullable(HsdsTaxonomyTermSchema))
});

/** HSDS `schedule`: when a service or location is open, as an RFC 5545 recurrence. */
export const HsdsScheduleSchema = v.object({
	id: optionalText(LIMITS.id),
	service_id: optionalText(LIMITS.id),
	location_id: optionalText(LIMITS.id),
	service_at_location_id: optionalText(LIMITS.id),
	valid_from: optionalText(40),
	valid_to: optionalText(40),
	dtstart: optionalText(40),
	until: optionalText(40),
	timezone: numberOrText,
	count: numberOrText,
	wkst: v.optional(v.nullable(v.picklist(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']))),
	freq: v.optional(v.nullable(v.picklist(['WEEKLY', 'MONTHLY']))),
	interval: numberOrText,
	byday: optionalText(LIMITS.short),
	byweekno: optionalText(LIMITS.short),
	bymonthday: numberOrText,
	byyearday: optionalText(LIMITS.short),
	description: optionalText(LIMITS.long),
	opens_at: optionalText(40),
	closes_at: optionalText(40),
	schedule_link: optionalText(LIMITS.url),
	attending_type: optionalText(LIMITS.short),
	notes: optionalText(LIMITS.long)
});

/** HSDS `cost_option`: one price of a service, with the condition it applies under. */
export const HsdsCostOptionSchema = v.object({
	id: optionalText(LIMITS.id),
	service_id: optionalText(LIMITS.id),
	valid_from: optionalText(40),
	valid_to: optionalText(40),
	option: optionalText(LIMITS.long),
	currency: optionalText(LIMITS.short),
	amount: optionalNumber,
	amount_description: optionalText(LIMITS.long)
});

/** HSDS `language`: a language spoken at a service or location. */
export const HsdsLanguageSchema = v.object({
	id: optionalText(LIMITS.id),
	service_id: optionalText(LIMITS.id),
	location_id: optionalText(LIMITS.id),
	phone_id: optionalText(LIMITS.id),
	name: optionalText(LIMITS.short),
	code: optionalText(LIMITS.short),
	note: optionalText(LIMITS.long)
});

/** HSDS `phone`: a telephone number; HSDS requires the number. */
export const HsdsPhoneSchema = v.object({
	id: optionalText(LIMITS.id),
	location_id: optionalText(LIMITS.id),
	service_id: optionalText(LIMITS.id),
	organization_id: optionalText(LIMITS.id),
	contact_id: optionalText(LIMITS.id),
	service_at_location_id: optionalText(LIMITS.id),
	number: text(LIMITS.short),
	extension: numberOrText,
	type: optionalText(LIMITS.short),
	description: optionalText(LIMITS.long),
	languages: optionalList(HsdsLanguageSchema)
});

/** HSDS `address` of a location. */
export const HsdsAddressSchema = v.object({
	id: optionalText(LIMITS.id),
	location_id: optionalText(LIMITS.id),
	attention: optionalText(LIMITS.short),
	address_1: optionalText(LIMITS.short),
	address_2: optionalText(LIMITS.short),
	city: optionalText(LIMITS.short),
	region: optionalText(LIMITS.short),
	state_province: optionalText(LIMITS.short),
	postal_code: optionalText(LIMITS.short),
	country: optionalText(LIMITS.short),
	address_type: v.optional(v.nullable(v.picklist(['physical', 'postal', 'virtual'])))
});

/** HSDS `accessibility`: access arrangements of a location, in words. */
export const HsdsAccessibilitySchema = v.object({
	id: optionalText(LIMITS.id),
	location_id: optionalText(LIMITS.id),
	description: optionalText(LIMITS.long),
	details: optionalText(LIMITS.long),
	url: optionalText(LIMITS.url)
});

/** HSDS `location`: where a service takes place. */
export const HsdsLocationSchema = v.object({
	id: optionalText(LIMITS.id),
	location_type: v.optional(v.nullable(v.picklist(['physical', 'postal', 'virtual']))),
	url: optionalText(LIMITS.url),
	organization_id: optionalText(LIMITS.id),
	name: optionalText(LIMITS.name),
	alternate_name: optionalText(LIMITS.name),
	description: optionalText(LIMITS.long),
	transportation: optionalText(LIMITS.long),
	latitude: optionalNumber,
	longitude: optionalNumber,
	languages: optionalList(HsdsLanguageSchema),
	addresses: optionalList(HsdsAddressSchema),
	accessibility: optionalList(HsdsAccessibilitySchema),
	phones: optionalList(HsdsPhoneSchema),
	schedules: optionalList(HsdsScheduleSchema),
	attributes: optionalList(HsdsAttributeSchema)
});

/** HSDS `service_at_location`: links a service to one location. */
export const HsdsServiceAtLocationSchema = v.object({
	id: optionalText(LIMITS.id),
	service_id: optionalText(LIMITS.id),
	location_id: optionalText(LIMITS.id),
	description: optionalText(LIMITS.long),
	phones: optionalList(HsdsPhoneSchema),
	schedules: optionalList(HsdsScheduleSchema),
	location: v.optional(v.nullable(HsdsLocationSchema)),
	attributes: optionalList(HsdsAttributeSchema)
});

/** HSDS `organization`: who provides a service. */
export const HsdsOrganizationSchema = v.object({
	id: optionalText(LIMITS.id),
	name: optionalText(LIMITS.name),
	alternate_name: optionalText(LIMITS.name),
	description: optionalText(LIMITS.long),
	email: optionalText(LIMITS.short),
	website: optionalText(LIMITS.url),
	phones: optionalList(HsdsPhoneSchema),
	attributes: optionalList(HsdsAttributeSchema)
});

/** The fields of a service itself, without the objects nested in it. */
export const hsdsServiceFields = {
	id: text(LIMITS.id),
	name: text(LIMITS.name),
	status: v.optional(
		v.nullable(v.picklist(['active', 'inactive', 'defunct', 'temporarily closed']))
	),
	organization_id: optionalText(LIMITS.id),
	alternate_name: optionalText(LIMITS.name),
	description: optionalText(LIMITS.long),
	url: optionalText(LIMITS.url),
	email: optionalText(LIMITS.short),
	interpretation_services: optionalText(LIMITS.long),
	application_process: optionalText(LIMITS.long),
	fees_description: optionalText(LIMITS.long),
	eligibility_description: optionalText(LIMITS.long),
	minimum_age: optionalNumber,
	maximum_age: optionalNumber,
	assured_date: optionalText(40),
	last_modified: optionalText(40),
	alert: optionalText(LIMITS.long)
};

/** HSDS `service` with the objects nested in it, as `/services/{id}` returns it. */
export const HsdsServiceSchema = v.object({
	...hsdsServiceFields,
	organization: v.optional(v.nullable(HsdsOrganizationSchema)),
	phones: optionalList(HsdsPhoneSchema),
	schedules: optionalList(HsdsScheduleSchema),
	service_at_locations: optionalList(HsdsServiceAtLocationSchema),
	cost_options: optionalList(HsdsCostOptionSchema),
	languages: optionalList(HsdsLanguageSchema),
	attributes: optionalList(HsdsAttributeSchema)
});

export type HsdsTaxonomyTerm = v.InferOutput<typeof HsdsTaxonomyTermSchema>;
export type HsdsAttribute = v.InferOutput<typeof HsdsAttributeSchema>;
export type HsdsSchedule = v.InferOutput<typeof HsdsScheduleSchema>;
export type HsdsCostOption = v.InferOutput<typeof HsdsCostOptionSchema>;
export type HsdsLanguage = v.InferOutput<typeof HsdsLanguageSchema>;
export type HsdsPhone = v.InferOutput<typeof HsdsPhoneSchema>;
export type HsdsAddress = v.InferOutput<typeof HsdsAddressSchema>;
export type HsdsAccessibility = v.InferOutput<typeof HsdsAccessibilitySchema>;
export type HsdsLocation = v.InferOutput<typeof HsdsLocationSchema>;
export type HsdsServiceAtLocation = v.InferOutput<typeof HsdsServiceAtLocationSchema>;
export type HsdsOrganization = v.InferOutput<typeof HsdsOrganizationSchema>;
/** One HSDS 3.0 service with its organization, locations, schedules, prices and attributes. */
export type HsdsService = v.InferOutput<typeof HsdsServiceSchema>;

/** The HSDS API's list page (`GET /services`), with our own catalogue facts beside it. */
export interface HsdsPage {
	total_items: number;
	total_pages: number;
	page_number: number;
	size: number;
	first_page: boolean;
	last_page: boolean;
	empty: boolean;
	contents: HsdsService[];
	/** When the Quartier team last checked the whole catalogue, and which Quartier it covers. */
	nahbei?: { stand: string; quartier: string };
}

/**
 * The lossless half of the HSDS export: an offer read from a file goes back out as the record it
 * came from, with only the parts the Quartier team changed written anew. A part counts as changed
 * when the offer differs from what the import makes of the kept record (the baseline); everything
 * nahbei does not show (programs, contacts, funding, service areas, free-text accessibility, ids,
 * field order) stays exactly as it was.
 */
import { CATEGORY_CODE, CATEGORY_TAXONOMY, KEYWORD_TAXONOMY, NAHBEI_TAXONOMY } from './hsds-terms';
import type { Offer } from './offer';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: unknown): Json[] {
	return Array.isArray(value) ? value.filter(isObject) : [];
}

/** Whether two JSON values are the same, key order aside. */
export function sameJson(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (Array.isArray(a) && Array.isArray(b))
		return a.length === b.length && a.every((item, index) => sameJson(item, b[index]));
	if (isObject(a) && isObject(b)) {
		const keys = Object.keys(a).filter((key) => a[key] !== undefined);
		const other = Object.keys(b).filter((key) => b[key] !== undefined);
		return keys.length === other.length && keys.every((key) => sameJson(a[key], b[key]));
	}
	return false;
}

function setOrDelete(target: Json, key: string, value: unknown): void {
	if (value === undefined) delete target[key];
	else target[key] = value;
}

function termOf(attribute: Json): { taxonomy?: string; code?: string; name?: string } {
	const term = isObject(attribute.taxonomy_term) ? attribute.taxonomy_term : {};
	const text = (value: unknown) => (typeof value === 'string' ? value.trim() : undefined);
	return { taxonomy: text(term.taxonomy), code: text(term.code), name: text(term.name) };
}

function replacePhone(
	out: Json,
	before: string | undefined,
	after: string | undefined,
	fresh: Json
) {
	const link = list(out.service_at_locations)[0];
	const location = isObject(link?.location) ? link.location : undefined;
	const organization = isObject(out.organization) ? out.organization : undefined;
	for (const owner of [out, link, location, organization]) {
		if (!owner) continue;
		const phones = list(owner.phones);
		const index = phones.findIndex((phone) => String(phone.number ?? '').trim() === before);
		if (before === undefined || index < 0) continue;
		if (after === undefined) owner.phones = phones.filter((_, at) => at !== index);
		else phones[index]!.number = after;
		return;
	}
	if (after !== undefined) out.phones = [...list(fresh.phones), ...list(out.phones)];
}

function replacePlace(out: Json, baseline: Offer, offer: Offer, fresh: Json): void {
	const links = list(out.service_at_locations);
	const freshLink = list(fresh.service_at_locations)[0];
	const link = links[0];
	if (!link) {
		if (freshLink) out.service_at_locations = [freshLink];
		return;
	}
	if (!isObject(link.location)) {
		if (freshLink) link.location = freshLink.location;
		return;
	}
	const location = link.location;
	const freshLocation = isObject(freshLink?.location) ? freshLink.location : {};
	if (!sameJson(baseline.address, offer.address)) {
		const addresses = list(location.addresses);
		const index = Math.max(
			addresses.findIndex((entry) => !entry.address_type || entry.address_type === 'physical'),
			0
		);
		const address = addresses[index];
		if (!offer.address) location.addresses = addresses.filter((_, at) => at !== index);
		else if (!address) location.addresses = list(freshLocation.addresses);
		else {
			address.address_1 = offer.address.street;
			delete address.address_2;
			address.postal_code = offer.address.postalCode;
			address.city = offer.address.city;
			setOrDelete(address, 'region', offer.address.district);
		}
	}
	if (baseline.latitude !== offer.latitude || baseline.longitude !== offer.longitude) {
		setOrDelete(location, 'latitude', offer.latitude);
		setOrDelete(location, 'longitude', offer.longitude);
	}
	if (baseline.transport !== offer.transport)
		setOrDelete(location, 'transportation', offer.transport);
}

function replaceAttributes(out: Json, baseline: Offer, offer: Offer, fresh: Json): void {
	let attributes = list(out.attributes);
	const freshAttributes = list(fresh.attributes);
	const ours = (attribute: Json, taxonomy: string) => termOf(attribute).taxonomy === taxonomy;
	if (baseline.category !== offer.category) {
		attributes = attributes.filter(
			(attribute) => !ours(attribute, CATEGORY_TAXONOMY) && termOf(attribute).code !== CATEGORY_CODE
		);
		attributes.push(...freshAttributes.filter((attribute) => ours(attribute, CATEGORY_TAXONOMY)));
	}
	const nahbeiPart = (o: Offer) => [o.terms, o.isContactPoint ?? false, o.scheduleNote ?? null];
	if (!sameJson(nahbeiPart(baseline), nahbeiPart(offer))) {
		attributes = attributes.filter((attribute) => !ours(attribute, NAHBEI_TAXONOMY));
		attributes.push(...freshAttributes.filter((attribute) => ours(attribute, NAHBEI_TAXONOMY)));
	}
	if (!sameJson(baseline.keywords, offer.keywords)) {
		const removed = new Set(baseline.keywords.filter((word) => !offer.keywords.includes(word)));
		const added = new Set(offer.keywords.filter((word) => !baseline.keywords.includes(word)));
		attributes = attributes.filter((attribute) => {
			const term = termOf(attribute);
			if (term.taxonomy === CATEGORY_TAXONOMY || term.taxonomy === NAHBEI_TAXONOMY) return true;
			return !removed.has(term.name ?? term.code ?? '');
		});
		attributes.push(
			...freshAttributes.filter(
				(attribute) => ours(attribute, KEYWORD_TAXONOMY) && added.has(termOf(attribute).code ?? '')
			)
		);
	}
	out.attributes = attributes;
}

/**
 * Writes an offer over the record it was read from: `baseline` is what the import makes of
 * `source`, `fresh` is nahbei's own export of the offer (the parts to write where it changed).
 */
export function overlaySource(source: Json, baseline: Offer, offer: Offer, fresh: Json): Json {
	const out = JSON.parse(JSON.stringify(source)) as Json;
	const changed = <K extends keyof Offer>(key: K) => !sameJson(baseline[key], offer[key]);
	const fields: [keyof Offer, string][] = [
		['name', 'name'],
		['description', 'description'],
		['url', 'url'],
		['email', 'email'],
		['forWhom', 'eligibility_description'],
		['ageFrom', 'minimum_age'],
		['ageTo', 'maximum_age'],
		['checkedOn', 'assured_date']
	];
	for (const [key, field] of fields) if (changed(key)) setOrDelete(out, field, offer[key]);
	if (changed('status')) out.status = offer.status;
	if (changed('organization')) {
		const organization = isObject(out.organization) ? out.organization : {};
		out.organization = {
			...(isObject(fresh.organization) ? fresh.organization : {}),
			...organization,
			id: offer.organization.id,
			name: offer.organization.name
		};
		out.organization_id = offer.organization.id;
	}
	if (changed('phone')) replacePhone(out, baseline.phone, offer.phone, fresh);
	if (changed('address') || changed('latitude') || changed('longitude') || changed('transport'))
		replacePlace(out, baseline, offer, fresh);
	if (changed('schedules')) {
		out.schedules = fresh.schedules;
		// The schedules of the first place were part of the offer's; the new ones replace them.
		const link = list(out.service_at_locations)[0];
		if (link) {
			delete link.schedules;
			if (isObject(link.location)) delete link.location.schedules;
		}
	}
	if (changed('costs')) out.cost_options = fresh.cost_options;
	if (changed('languages')) {
		const link = list(out.service_at_locations)[0];
		const location = isObject(link?.location) ? link.location : {};
		const atPlace = new Set(list(location.languages).map((language) => language.code));
		out.languages = list(fresh.languages).filter((language) => !atPlace.has(language.code));
	}
	if (
		changed('category') ||
		changed('terms') ||
		changed('keywords') ||
		changed('isContactPoint') ||
		changed('scheduleNote')
	)
		replaceAttributes(out, baseline, offer, fresh);
	return out;
}

/**
 * The Quartier's one contact point ("Eine Nummer für alle Hilfen"), read straight from the
 * published catalogue file.
 *
 * The start page shows it on a first visit, before anything is stored on the device. The full
 * HSDS reader (hsds-import/) and the database are much larger downloads than this one question
 * needs, so this reads only what the contact point card shows, by the same rules: a service in
 * the JSON forms HSDS publishes (a list page, an array, one service), marked with our
 * `eine-nummer` term (on the service, its first place or that place's link), not inactive, with a phone number from the service, its first location or
 * its organization. Anything unexpected simply means "no contact point". The unit tests check
 * that it agrees with the full reader.
 */
import { CONTACT_POINT_CODE, FORBIDDEN_KEYS, NAHBEI_TAXONOMY } from './hsds-terms';

export interface ContactPoint {
	/** The offer's id: the same as the service id, so `/angebote/<id>` shows it. */
	id: string;
	name: string;
	phone: string;
}

type Loose = Record<string, unknown>;

function isObject(value: unknown): value is Loose {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: unknown): Loose[] {
	return Array.isArray(value) ? value.filter(isObject) : [];
}

function text(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function services(json: unknown): Loose[] {
	if (Array.isArray(json)) return list(json);
	if (!isObject(json)) return [];
	if (Array.isArray(json.contents)) return list(json.contents);
	return [json];
}

function isContactPoint(...owners: unknown[]): boolean {
	const attributes = owners.flatMap((owner) => (isObject(owner) ? list(owner.attributes) : []));
	return attributes.some((attribute) => {
		const term = attribute.taxonomy_term;
		if (!isObject(term)) return false;
		const code = text(term.code) ?? text(term.name);
		return text(term.taxonomy) === NAHBEI_TAXONOMY && code === CONTACT_POINT_CODE;
	});
}

function firstPhone(...owners: unknown[]): string | undefined {
	for (const owner of owners) {
		if (!isObject(owner)) continue;
		for (const entry of list(owner.phones)) {
			const number = text(entry.number);
			if (number) return number;
		}
	}
	return undefined;
}

/** The contact point in a catalogue file, or null when the file names none. */
export function findContactPoint(json: unknown): ContactPoint | null {
	for (const service of services(json)) {
		if (Object.keys(service).some((key) => FORBIDDEN_KEYS.has(key))) return null;
		const id = text(service.id);
		const name = text(service.name);
		const status = service.status;
		if (!id || !name || (status !== undefined && status !== 'active')) continue;
		const link = list(service.service_at_locations)[0];
		const location = link?.location;
		if (!isContactPoint(service, link, location)) continue;
		const phone = firstPhone(service, link, location, service.organization);
		if (phone && phone.length <= 40) return { id, name, phone };
	}
	return null;
}

/**
 * "In meiner Nähe" without asking anyone: distances from a place the person chooses, all from
 * what the catalogue holds. The place is the Quartier's centre, a postcode or street the person
 * types (found in a small table built from the catalogue's own addresses and coordinates), or
 * the device's position when the person asks for it. Nothing is sent anywhere.
 */
import type { Offer } from './offer';

/** A place on the map, in degrees. */
export interface Point {
	latitude: number;
	longitude: number;
}

const EARTH_RADIUS_M = 6_371_000;
// A slow walk: about 4.2 km an hour, as route planners assume for older people.
const WALK_METRES_PER_MINUTE = 70;

/** The distance between two points on the earth in metres (haversine). */
export function distanceMetres(from: Point, to: Point): number {
	const rad = (degrees: number) => (degrees * Math.PI) / 180;
	const dLat = rad(to.latitude - from.latitude);
	const dLon = rad(to.longitude - from.longitude);
	const a =
		Math.sin(dLat / 2) ** 2 +
		Math.cos(rad(from.latitude)) * Math.cos(rad(to.latitude)) * Math.sin(dLon / 2) ** 2;
	return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(a));
}

/** Where an offer is, when its catalogue says. */
export function pointOf(offer: Offer): Point | null {
	return offer.latitude !== undefined && offer.longitude !== undefined
		? { latitude: offer.latitude, longitude: offer.longitude }
		: null;
}

function centreOf(points: readonly Point[]): Point | null {
	if (points.length === 0) return null;
	const sum = points.reduce(
		(total, point) => ({
			latitude: total.latitude + point.latitude,
			longitude: total.longitude + point.longitude
		}),
		{ latitude: 0, longitude: 0 }
	);
	return { latitude: sum.latitude / points.length, longitude: sum.longitude / points.length };
}

/** The middle of the Quartier: the centre of all its offers' places. */
export function quartierCentre(offers: readonly Offer[]): Point | null {
	return centreOf(offers.flatMap((offer) => pointOf(offer) ?? []));
}

function folded(value: string): string {
	return value
		.toLocaleLowerCase('de')
		.replaceAll('ß', 'ss')
		.replace(/str\.?(?=\s|$)/g, 'strasse')
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

/** A street without its house number: "Lindenplatz 4" → "lindenplatz". */
function streetName(street: string): string {
	return folded(street.split(',')[0] ?? '')
		.replace(/\s\d+\s?[a-z]?$/, '')
		.trim();
}

/** The places people can type, from the catalogue's addresses: postcodes and streets. */
export interface PlaceTable {
	postcodes: Map<string, Point>;
	streets: Map<string, Point>;
}

/** Builds the table of postcode and street centres from the offers' addresses. */
export function placeTable(offers: readonly Offer[]): PlaceTable {
	const byPostcode = new Map<string, Point[]>();
	const byStreet = new Map<string, Point[]>();
	for (const offer of offers) {
		const point = pointOf(offer);
		if (!point || !offer.address) continue;
		const add = (map: Map<string, Point[]>, key: string) => {
			if (!key) return;
			const list = map.get(key);
			if (list) list.push(point);
			else map.set(key, [point]);
		};
		add(byPostcode, offer.address.postalCode.trim());
		add(byStreet, streetName(offer.address.street));
	}
	const centres = (map: Map<string, Point[]>) =>
		new Map(
			[...map].flatMap(([key, points]) => {
				const centre = centreOf(points);
				return centre ? [[key, centre] as const] : [];
			})
		);
	return { postcodes: centres(byPostcode), streets: centres(byStreet) };
}

/**
 * The place for what the person typed: a five-digit postcode, or a street (a part of its name
 * is enough, house number and "Str." as people write them). Null when the catalogue knows it not.
 */
export function findPlace(table: PlaceTable, typed: string): Point | null {
	const postcode = typed.match(/\b\d{5}\b/)?.[0];
	if (postcode) return table.postcodes.get(postcode) ?? null;
	const street = streetName(typed);
	if (street.length < 3) return null;
	const exact = table.streets.get(street);
	if (exact) return exact;
	const partial = [...table.streets].filter(([name]) => name.includes(street));
	return centreOf(partial.map(([, point]) => point));
}

/** A distance in easy words: rounded metres below 1 km, kilometres above, and walking minutes. */
export interface DistanceWords {
	key: 'metres' | 'kilometres';
	value: number;
	minutes: number;
}

/** Rounds a distance the way people say it: 50 m steps near, 100 m steps, then 0.5 km steps. */
export function distanceWords(metres: number): DistanceWords {
	const minutes = Math.max(1, Math.round(metres / WALK_METRES_PER_MINUTE));
	if (metres < 950) {
		const step = metres < 500 ? 50 : 100;
		return { key: 'metres', value: Math.max(step, Math.round(metres / step) * step), minutes };
	}
	return { key: 'kilometres', value: Math.round(metres / 500) / 2, minutes };
}

/** The offers nearest first; offers without a place keep their order after the others. */
export function byDistance(
	offers: readonly Offer[],
	from: Point
): { offers: Offer[]; metres: Map<string, number> } {
	const metres = new Map<string, number>();
	for (const offer of offers) {
		const point = pointOf(offer);
		if (point) metres.set(offer.id, distanceMetres(from, point));
	}
	const placed = offers.filter((offer) => metres.has(offer.id));
	placed.sort((a, b) => (metres.get(a.id) ?? 0) - (metres.get(b.id) ?? 0));
	return { offers: [...placed, ...offers.filter((offer) => !metres.has(offer.id))], metres };
}

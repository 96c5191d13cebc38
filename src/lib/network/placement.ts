/**
 * How nahbei's area and closeness meet easyNWK's map, where a contact has an angle (its sector), a
 * distance from the centre (its horizon) and an edgeType (its tie to ego).
 *
 * The mapping:
 * - area ↔ sector: family ↔ Familie (0° to 90°), friends ↔ Freund*innen/Bekannte (90° to 180°),
 *   quartier ↔ Kolleg*innen (−180° to −90°; work, school, clubs), professionals ↔ professionelle
 *   Helfer*innen (−90° to 0°).
 * - closeness ↔ horizon: 1 sehr nah ↔ nah (distance under 33.33), 2 nah ↔ mittel (under 66.67),
 *   3 weiter weg ↔ entfernt (under 100).
 * - 0 gerade kein Kontakt ↔ edgeType 0 ("aktivierbar"); such a person stands in the entfernt
 *   horizon, where our map draws them too.
 * - A person made in nahbei stands in the middle of its horizon (distance 16.67, 50, 83.33), which
 *   gives closeness scores of 8, 5 and 2, and in the middle of its sector (45°, 135°, −135°, −45°).
 * - An imported person keeps easyNWK's own angle, distance and edgeType as long as its area and
 *   closeness still say what they said at import; once the person changes them in nahbei, the
 *   new choice wins.
 */
import type { Area, Closeness, EasyNwkPlacement, Person } from './basics';

export const horizons = ['near', 'middle', 'far'] as const;
export type Horizon = (typeof horizons)[number];

/** The easyNWK view of a person: what the figures are computed from. */
export interface Placement {
	angle: number;
	distance: number;
	edgeType: 0 | 1 | 2;
}

const sectorCentre: Record<Area, number> = {
	family: 45,
	friends: 135,
	quartier: -135,
	professionals: -45
};

const horizonCentre: Record<Exclude<Closeness, 0>, number> = {
	1: 100 / 6,
	2: 50,
	3: 250 / 3
};

/** The first and last degree of an area's sector, y up, as easyNWK draws it. */
export const sectorRange: Record<Area, readonly [number, number]> = {
	family: [0, 90],
	friends: [90, 180],
	quartier: [-180, -90],
	professionals: [-90, 0]
};

/** The area of easyNWK's sector at this angle (its boundaries belong to the next sector clockwise). */
export function areaFromAngle(angle: number): Area {
	if (angle < -90) return 'quartier';
	if (angle < 0) return 'professionals';
	if (angle < 90) return 'family';
	return 'friends';
}

/** easyNWK's horizon at this distance; the centre counts as near and beyond the map as far. */
export function horizonFromDistance(distance: number): Horizon {
	if (distance < 33.33) return 'near';
	if (distance < 66.67) return 'middle';
	return 'far';
}

/**
 * Our closeness for an easyNWK contact. Contacts outside the map or never placed count as
 * weiter weg, so they are still shown, in the outer ring.
 */
export function closenessFromEasyNwk(distance: number, edgeType: number): Closeness {
	if (edgeType === 0) return 0;
	if (distance <= 0 || distance > 100) return 3;
	const horizon = horizonFromDistance(distance);
	return horizon === 'near' ? 1 : horizon === 'middle' ? 2 : 3;
}

/** easyNWK's closeness score: 9 at the centre down to 1 at the edge, 0 on or beyond it. */
export function closenessScore(distance: number): number {
	return Math.max(9 - Math.floor((distance * 9) / 100), 0);
}

/** Whether an imported placement still agrees with the person's area and closeness. */
export function isPlacementCurrent(
	person: Pick<Person, 'area' | 'closeness'>,
	placement: EasyNwkPlacement
): boolean {
	return (
		areaFromAngle(placement.angle) === person.area &&
		closenessFromEasyNwk(placement.distance, placement.edgeType) === person.closeness
	);
}

/** The distance that stands for a closeness level in the middle of its horizon. */
export function distanceForCloseness(closeness: Closeness): number {
	return horizonCentre[closeness === 0 ? 3 : closeness];
}

/** The angle in the middle of an area's sector. */
export function angleForArea(area: Area): number {
	return sectorCentre[area];
}

/** The easyNWK angle, distance and edgeType that stand for a person. */
export function placementOf(person: Pick<Person, 'area' | 'closeness' | 'easynwk'>): Placement {
	const stored = person.easynwk;
	if (stored && isPlacementCurrent(person, stored)) {
		return { angle: stored.angle, distance: stored.distance, edgeType: stored.edgeType };
	}
	return {
		angle: angleForArea(person.area),
		distance: distanceForCloseness(person.closeness),
		edgeType: person.closeness === 0 ? 0 : 1
	};
}

import { describe, expect, it } from 'vitest';
import { testId } from '../../../tests/fixtures/network/people';
import { layoutEcoMap, type EcoMapLayout, type LayoutPerson } from './layout';
import { areas, closenessLevels, type Area, type Closeness } from './basics';
import { sectorRange } from './placement';

const markerRadius = 12;

function crowd(count: number, area: Area, closeness: Closeness, first = 1): LayoutPerson[] {
	return Array.from({ length: count }, (_, i) => ({ id: testId(first + i), area, closeness }));
}

function overlaps(layout: EcoMapLayout): number {
	let found = 0;
	const { markers } = layout;
	for (let i = 0; i < markers.length; i++) {
		for (let j = i + 1; j < markers.length; j++) {
			const [m, n] = [markers[i], markers[j]];
			if (m && n && Math.hypot(m.x - n.x, m.y - n.y) < 2 * markerRadius) found++;
		}
	}
	return found;
}

/** Checks that each whole marker lies inside its sector and its band. */
function outsideItsPlace(layout: EcoMapLayout, people: LayoutPerson[]): string[] {
	const wrong: string[] = [];
	const byId = new Map(people.map((person) => [person.id, person]));
	for (const marker of layout.markers) {
		const person = byId.get(marker.id);
		const band = layout.bands.find((entry) => entry.closeness === person?.closeness);
		if (!person || !band) continue;
		const dx = marker.x - layout.centre;
		const dy = layout.centre - marker.y;
		const radius = Math.hypot(dx, dy);
		const angle = (Math.atan2(dy, dx) * 180) / Math.PI;
		const [start, end] = sectorRange[person.area];
		// Distance from the two sector lines, for a marker within the quarter.
		const fromStart = radius * Math.sin(((angle - start) * Math.PI) / 180);
		const fromEnd = radius * Math.sin(((end - angle) * Math.PI) / 180);
		const inside =
			fromStart >= markerRadius &&
			fromEnd >= markerRadius &&
			radius - markerRadius >= band.inner &&
			radius + markerRadius <= band.outer;
		if (!inside) wrong.push(marker.id);
	}
	return wrong;
}

describe('layoutEcoMap', () => {
	it('places 150 people in one sector and ring without overlaps, each inside its place', () => {
		const people = crowd(150, 'family', 1);
		const layout = layoutEcoMap(people, { size: 400, markerRadius });
		expect(layout.markers).toHaveLength(150);
		expect(overlaps(layout)).toBe(0);
		expect(outsideItsPlace(layout, people)).toEqual([]);
	});

	it('grows the map when a ring is crowded, and keeps the other rings outside it', () => {
		const layout = layoutEcoMap(crowd(150, 'family', 1), { size: 400, markerRadius });
		expect(layout.size).toBeGreaterThan(400);
		const [first, second] = layout.bands;
		expect(second?.inner).toBe(first?.outer);
	});

	it('keeps the size asked for when everyone fits', () => {
		const people = areas.flatMap((area, a) =>
			closenessLevels.map((closeness, c) => ({ id: testId(a * 4 + c + 1), area, closeness }))
		);
		const layout = layoutEcoMap(people, { size: 600, markerRadius });
		expect(layout.size).toBe(600);
		expect(overlaps(layout)).toBe(0);
		expect(outsideItsPlace(layout, people)).toEqual([]);
	});

	it('puts one person in the middle of their sector, in easyNWK’s order with y up', () => {
		const people: LayoutPerson[] = [
			{ id: testId(1), area: 'family', closeness: 1 },
			{ id: testId(2), area: 'friends', closeness: 1 },
			{ id: testId(3), area: 'quartier', closeness: 1 },
			{ id: testId(4), area: 'professionals', closeness: 1 }
		];
		const layout = layoutEcoMap(people, { size: 400, markerRadius });
		expect(layout.markers.map((marker) => marker.angle)).toEqual([45, 135, -135, -45]);
		const [family, friends, quartier, professionals] = layout.markers;
		// Familie top right, Freunde top left, Quartier bottom left, Profis bottom right.
		expect(family && family.x > layout.centre && family.y < layout.centre).toBe(true);
		expect(friends && friends.x < layout.centre && friends.y < layout.centre).toBe(true);
		expect(quartier && quartier.x < layout.centre && quartier.y > layout.centre).toBe(true);
		expect(
			professionals && professionals.x > layout.centre && professionals.y > layout.centre
		).toBe(true);
	});

	it('spreads people evenly along the arc of their ring', () => {
		const layout = layoutEcoMap(crowd(3, 'friends', 2), { size: 600, markerRadius });
		expect(layout.markers.map((marker) => marker.angle)).toEqual([105, 135, 165]);
		expect(new Set(layout.markers.map((marker) => marker.radius)).size).toBe(1);
	});

	it('puts "gerade kein Kontakt" in the outer band', () => {
		const people = [...crowd(1, 'family', 3), ...crowd(1, 'family', 0, 2)];
		const layout = layoutEcoMap(people, { size: 400, markerRadius });
		expect(layout.bands.map((band) => band.closeness)).toEqual([1, 2, 3, 0]);
		const [far, none] = layout.markers;
		expect((none?.radius ?? 0) > (far?.radius ?? 0)).toBe(true);
	});

	it('handles a crowded map in every sector and ring, and gives the same result every time', () => {
		const people = areas.flatMap((area, a) =>
			closenessLevels.flatMap((closeness, c) => crowd(25, area, closeness, (a * 4 + c) * 25 + 1))
		);
		const layout = layoutEcoMap(people, { size: 320, markerRadius });
		expect(layout.markers).toHaveLength(400);
		expect(overlaps(layout)).toBe(0);
		expect(outsideItsPlace(layout, people)).toEqual([]);
		expect(layoutEcoMap(people, { size: 320, markerRadius })).toEqual(layout);
	});

	it('returns an empty map with its four bands when there is nobody yet', () => {
		const layout = layoutEcoMap([], { size: 400, markerRadius });
		expect(layout.markers).toEqual([]);
		expect(layout.bands).toHaveLength(4);
		expect(layout.bands.at(-1)?.outer).toBeLessThanOrEqual(200);
	});
});

import { describe, expect, it } from 'vitest';
import { alter, placed } from '../../../tests/fixtures/network/people';
import {
	areaFromAngle,
	closenessFromEasyNwk,
	closenessScore,
	horizonFromDistance,
	placementOf
} from './placement';

describe('areaFromAngle', () => {
	it('maps easyNWK sectors: Familie 0–90°, Freunde 90–180°, Kolleg*innen −180–−90°, Profis −90–0°', () => {
		expect([45, 135, -135, -45].map(areaFromAngle)).toEqual([
			'family',
			'friends',
			'quartier',
			'professionals'
		]);
	});

	it('gives a boundary to the sector that starts there, as easyNWK does', () => {
		expect([0, 90, 180, -90, -180].map(areaFromAngle)).toEqual([
			'family',
			'friends',
			'friends',
			'professionals',
			'quartier'
		]);
	});
});

describe('horizons and closeness', () => {
	it('cuts the horizons at 33.33 and 66.67', () => {
		expect([0, 33.32, 33.33, 66.66, 66.67, 100].map(horizonFromDistance)).toEqual([
			'near',
			'near',
			'middle',
			'middle',
			'far',
			'far'
		]);
	});

	it('maps horizons to sehr nah, nah, weiter weg and edgeType 0 to gerade kein Kontakt', () => {
		expect(closenessFromEasyNwk(10, 1)).toBe(1);
		expect(closenessFromEasyNwk(50, 2)).toBe(2);
		expect(closenessFromEasyNwk(90, 1)).toBe(3);
		expect(closenessFromEasyNwk(10, 0)).toBe(0);
	});

	it('shows contacts outside the map or not placed as weiter weg', () => {
		expect(closenessFromEasyNwk(150, 1)).toBe(3);
		expect(closenessFromEasyNwk(0, 1)).toBe(3);
	});

	it('scores closeness 9 at the centre, 1 just inside the edge and 0 at the edge', () => {
		expect([0, 11.1, 11.2, 99, 100, 150].map(closenessScore)).toEqual([9, 9, 8, 1, 0, 0]);
	});
});

describe('placementOf', () => {
	it('puts a person made in nahbei in the middle of its sector and horizon', () => {
		expect(placementOf(placed(1, 'quartier', 2))).toEqual({
			angle: -135,
			distance: 50,
			edgeType: 1
		});
		expect(placementOf(placed(1, 'family', 0)).edgeType).toBe(0);
	});

	it('keeps easyNWK’s own placement while area and closeness are unchanged', () => {
		expect(placementOf(alter(1, 'Ben', 120, 50, { edgeType: 2 }))).toEqual({
			angle: 120,
			distance: 50,
			edgeType: 2
		});
	});

	it('drops the imported placement once the person moves', () => {
		const moved = { ...alter(1, 'Ben', 120, 50), closeness: 1 as const };
		expect(placementOf(moved).distance).toBeCloseTo(100 / 6, 10);
	});
});

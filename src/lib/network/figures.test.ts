import { describe, expect, it } from 'vitest';
import { alter, makePerson, placed, testId, ties } from '../../../tests/fixtures/network/people';
import { computeFigures, density, findCliques, isInValidSet } from './figures';

/*
 * The worked example: an imported easyNWK map, so every distance is exact.
 *
 *  n  name       sector        angle  dist  edge  notes                  score = 9 − ⌊d·9/100⌋
 *  1  Mia        Familie         30    10    1    female                 9
 *  2  Tom        Familie         60    40    1    male                   6
 *  3  Oma Lisa   Familie         80    20    1    deceased → not in V
 *  4  Ben        Freunde        120    50    2                           5
 *  5  Kim        Freunde        150    90    0    gerade kein Kontakt    (not connected)
 *  6  Rex        Freunde        170    15    1    a dog → not in V
 *  7  Sara       Kolleg*innen  −120    70    1                           3
 *  8  Dr. Weber  prof. Hilfe    −45    60    1                           4
 *  9  Frau Ott   prof. Hilfe    −10   120    1    outside the map → not in V
 * 10  Jan        Kolleg*innen  −150     0    1    not placed → not in V
 * 11  Eva        Kolleg*innen  −100    30    1    tied only to the dog   7
 *
 * Ties: 1–2, 1–4, 2–4, 4–7, 1–8, 1–3, 2–3, 6–5, 9–8, 11–6.
 * V = {1, 2, 4, 5, 7, 8, 11}; ties with both ends in V: 1–2, 1–4, 2–4, 4–7, 1–8 (five).
 */
const people = [
	{ ...alter(1, 'Mia', 30, 10), gender: 'female' as const },
	{ ...alter(2, 'Tom', 60, 40), gender: 'male' as const },
	alter(3, 'Oma Lisa', 80, 20, { deceased: true }),
	alter(4, 'Ben', 120, 50, { edgeType: 2 }),
	alter(5, 'Kim', 150, 90, { edgeType: 0 }),
	alter(6, 'Rex', 170, 15, { human: false }),
	alter(7, 'Sara', -120, 70),
	alter(8, 'Dr. Weber', -45, 60),
	alter(9, 'Frau Ott', -10, 120),
	alter(10, 'Jan', -150, 0),
	alter(11, 'Eva', -100, 30)
];
const network = ties(
	[1, 2],
	[1, 4],
	[2, 4],
	[4, 7],
	[1, 8],
	[1, 3],
	[2, 3],
	[6, 5],
	[9, 8],
	[11, 6]
);
const figures = computeFigures(people, network);
const all = figures.groups.all;
const ids = (...numbers: number[]) => numbers.map(testId);

describe('the valid set', () => {
	it('leaves out the deceased, the non-human, those outside the map and those not placed', () => {
		const inV = people.filter((person) => isInValidSet(person)).map((person) => person.name);
		expect(inV).toEqual(['Mia', 'Tom', 'Ben', 'Kim', 'Sara', 'Dr. Weber', 'Eva']);
	});

	it('counts a place or group like a person, as easyNWK counts an institution', () => {
		expect(isInValidSet(makePerson(1, { kind: 'place' }))).toBe(true);
	});
});

describe('computeFigures for the whole network', () => {
	it('size: 6 with a tie to ego, 7 in the valid set (Kim has no contact now)', () => {
		expect(all.size).toEqual({ connected: 6, connectable: 7 });
	});

	it('size by gender: Mia female, Tom male, the other five unspecified, Kim not connected', () => {
		expect(all.sizeByGender).toEqual({
			female: { connected: 1, connectable: 1 },
			male: { connected: 1, connectable: 1 },
			diverse: { connected: 0, connectable: 0 },
			unspecified: { connected: 4, connectable: 5 }
		});
	});

	it('size by horizon: near Mia, Eva; middle Tom, Ben, Weber; far Sara and Kim', () => {
		expect(all.sizeByHorizon).toEqual({
			near: { connected: 2, connectable: 2 },
			middle: { connected: 3, connectable: 3 },
			far: { connected: 1, connectable: 2 }
		});
	});

	it('closeness: scores 9, 6, 5, 3, 4, 7 → mean 34/6 ≈ 5.667, SD √(35/9) ≈ 1.972', () => {
		// Deviations from 17/3: 10/3, 1/3, −2/3, −8/3, −5/3, 4/3; squares sum to 210/9; /6 = 35/9.
		expect(all.closeness.mean).toBeCloseTo(34 / 6, 10);
		expect(all.closeness.sd).toBeCloseTo(Math.sqrt(35 / 9), 10);
	});

	it('density: 5 ties among 7 people → 5 / (7·6/2) = 5/21', () => {
		expect(all.ties).toBe(5);
		expect(all.density).toBeCloseTo(5 / 21, 10);
	});

	it('degree: Mia 3, Tom 2, Ben 3, Kim 0, Sara 1, Weber 1, Eva 0 → mean 10/7, SD √68/7', () => {
		// Σd² / n − mean² = 24/7 − 100/49 = 68/49.
		expect(all.degree.mean).toBeCloseTo(10 / 7, 10);
		expect(all.degree.sd).toBeCloseTo(Math.sqrt(68) / 7, 10);
		expect(all.maxDegree).toBe(3);
	});

	it('stars: Mia and Ben share the highest degree, 3', () => {
		expect(all.stars).toEqual(ids(1, 4));
	});

	it('isolated: Eva has a tie to ego but her only tie is to the dog, who is not in V', () => {
		expect(all.isolated).toEqual(ids(11));
	});

	it('without a tie to ego: Kim', () => {
		expect(all.withoutTieToEgo).toEqual(ids(5));
	});
});

describe('computeFigures per group', () => {
	it('Familie: Mia and Tom, one tie → density 1, degree 1 each, both stars, closeness 7.5 ± 1.5', () => {
		const family = figures.groups.family;
		expect(family.size).toEqual({ connected: 2, connectable: 2 });
		expect(family.density).toBe(1);
		expect(family.degree).toEqual({ mean: 1, sd: 0 });
		expect(family.stars).toEqual(ids(1, 2));
		expect(family.closeness).toEqual({ mean: 7.5, sd: 1.5 });
	});

	it('Freunde: Ben and Kim, no tie between them → density 0, no stars, Ben is not isolated', () => {
		// Ben's ties go to other sectors: they do not count for degree here but do for isolation.
		const friends = figures.groups.friends;
		expect(friends.size).toEqual({ connected: 1, connectable: 2 });
		expect(friends.density).toBe(0);
		expect(friends.degree).toEqual({ mean: 0, sd: 0 });
		expect(friends.stars).toEqual([]);
		expect(friends.isolated).toEqual([]);
		expect(friends.withoutTieToEgo).toEqual(ids(5));
	});

	it('Quartier: Sara (3) and Eva (7) → closeness 5 ± 2, Eva isolated', () => {
		const quartier = figures.groups.quartier;
		expect(quartier.size).toEqual({ connected: 2, connectable: 2 });
		expect(quartier.closeness).toEqual({ mean: 5, sd: 2 });
		expect(quartier.isolated).toEqual(ids(11));
	});

	it('Profis: Dr. Weber alone (Frau Ott is outside) → density 0 below two people', () => {
		const professionals = figures.groups.professionals;
		expect(professionals.size).toEqual({ connected: 1, connectable: 1 });
		expect(professionals.density).toBe(0);
		expect(professionals.closeness).toEqual({ mean: 4, sd: 0 });
		expect(professionals.isolated).toEqual([]);
	});

	it('without Profis: 4 ties among 6 → density 4/15; degrees 2, 2, 3, 0, 1, 0; Ben the star', () => {
		// Mean 8/6 = 4/3; Σd²/n − mean² = 18/6 − 16/9 = 11/9. Closeness 9, 6, 5, 3, 7 → 6 ± 2.
		const rest = figures.groups.withoutProfessionals;
		expect(rest.size).toEqual({ connected: 5, connectable: 6 });
		expect(rest.ties).toBe(4);
		expect(rest.density).toBeCloseTo(4 / 15, 10);
		expect(rest.degree.mean).toBeCloseTo(4 / 3, 10);
		expect(rest.degree.sd).toBeCloseTo(Math.sqrt(11) / 3, 10);
		expect(rest.stars).toEqual(ids(4));
		expect(rest.closeness).toEqual({ mean: 6, sd: 2 });
	});
});

describe('cliques', () => {
	it('finds Mia–Tom–Oma Lisa and Mia–Tom–Ben: cliques count everyone, the deceased too', () => {
		expect(figures.cliques).toEqual([ids(1, 2, 3), ids(1, 2, 4)]);
	});

	it('finds only maximal cliques: a full group of four is one clique, not four triangles', () => {
		const four = [1, 2, 3, 4].map((n) => makePerson(n));
		const full = ties([1, 2], [1, 3], [1, 4], [2, 3], [2, 4], [3, 4]);
		expect(findCliques(four, full)).toEqual([ids(1, 2, 3, 4)]);
	});

	it('finds no clique in a chain or a pair', () => {
		const chain = [1, 2, 3].map((n) => makePerson(n));
		expect(findCliques(chain, ties([1, 2], [2, 3]))).toEqual([]);
	});

	it('copes with a dense network of 60 people quickly', () => {
		const crowd = Array.from({ length: 60 }, (_, i) => makePerson(i + 1));
		const pairs: [number, number][] = [];
		for (let x = 1; x <= 60; x++)
			for (let y = x + 1; y <= 60; y++) if ((x + y) % 3) pairs.push([x, y]);
		const started = performance.now();
		expect(findCliques(crowd, ties(...pairs)).length).toBeGreaterThan(0);
		expect(performance.now() - started).toBeLessThan(2000);
	});
});

describe('people made in nahbei', () => {
	it('stand in the middle of their horizon: scores 8, 5 and 2 for sehr nah, nah, weiter weg', () => {
		// Distances 16.67, 50, 83.33: 9 − ⌊1.5⌋ = 8, 9 − ⌊4.5⌋ = 5, 9 − ⌊7.5⌋ = 2; mean 5, SD √6.
		const own = [placed(1, 'family', 1), placed(2, 'family', 2), placed(3, 'family', 3)];
		const result = computeFigures(own, []).groups.family;
		expect(result.closeness.mean).toBe(5);
		expect(result.closeness.sd).toBeCloseTo(Math.sqrt(6), 10);
		expect(result.sizeByHorizon.near.connected).toBe(1);
	});

	it('count "gerade kein Kontakt" in brackets only, in the far horizon', () => {
		const own = [placed(1, 'friends', 1), placed(2, 'friends', 0)];
		const result = computeFigures(own, []).groups.friends;
		expect(result.size).toEqual({ connected: 1, connectable: 2 });
		expect(result.sizeByHorizon.far).toEqual({ connected: 0, connectable: 1 });
		expect(result.withoutTieToEgo).toEqual(ids(2));
	});

	it('an imported person whose closeness was changed in nahbei follows the new choice', () => {
		// Imported at distance 10 (sehr nah, score 9), then moved to weiter weg: score 2.
		const moved = { ...alter(1, 'Mia', 30, 10), closeness: 3 as const };
		expect(computeFigures([moved], []).groups.all.closeness.mean).toBe(2);
	});

	it('an imported person who moved to another area is counted there', () => {
		const moved = { ...alter(1, 'Mia', 30, 10), area: 'professionals' as const };
		const result = computeFigures([moved], []);
		expect(result.groups.family.size.connectable).toBe(0);
		expect(result.groups.professionals.size.connectable).toBe(1);
	});
});

describe('edge cases', () => {
	it('an empty network has sizes 0, density 0 and no means', () => {
		const result = computeFigures([], []).groups.all;
		expect(result.size).toEqual({ connected: 0, connectable: 0 });
		expect(result.density).toBe(0);
		expect(result.closeness).toEqual({ mean: null, sd: null });
		expect(result.degree).toEqual({ mean: null, sd: null });
		expect(result.stars).toEqual([]);
	});

	it('shows no stars when nobody has a tie to anyone else', () => {
		const alone = [placed(1, 'family', 1), placed(2, 'family', 2)];
		expect(computeFigures(alone, []).groups.all.stars).toEqual([]);
	});

	it('ignores ties to people who are not in the list', () => {
		const result = computeFigures([placed(1, 'family', 1)], ties([1, 2]));
		expect(result.groups.all.ties).toBe(0);
		expect(result.groups.all.isolated).toEqual(ids(1));
	});

	it('density is 0 below two people and ties over possible ties above', () => {
		expect(density(1, 0)).toBe(0);
		expect(density(4, 3)).toBe(0.5);
	});
});

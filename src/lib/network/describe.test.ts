import { describe, expect, it } from 'vitest';
import { makePerson, placed, ties } from '../../../tests/fixtures/network/people';
import { compareSnapshots } from './compare';
import { describeComparison, describeFigures, describePerson } from './describe';
import { computeFigures } from './figures';

describe('describePerson', () => {
	it('gives the parts for "Anna. Familie. Sehr nah. Hilft beim Einkaufen."', () => {
		const anna = makePerson(1, { name: 'Anna', helpsWith: ['shopping'] });
		expect(describePerson(anna)).toEqual([
			{ key: 'network.person.name', name: 'Anna' },
			{ key: 'network.area.family' },
			{ key: 'network.closeness.veryClose' },
			{ key: 'network.person.helpsWith.shopping' }
		]);
	});

	it('adds one part per help topic, the free text, and what I do for them', () => {
		const ben = makePerson(2, {
			name: 'Ben',
			area: 'friends',
			closeness: 0,
			helpsWith: ['garden', 'driving'],
			helpsWithOther: ' Hund ausführen ',
			iDoForThem: 'Ich gieße seine Blumen.'
		});
		expect(describePerson(ben).slice(1)).toEqual([
			{ key: 'network.area.friends' },
			{ key: 'network.closeness.noContactNow' },
			{ key: 'network.person.helpsWith.garden' },
			{ key: 'network.person.helpsWith.driving' },
			{ key: 'network.person.helpsWithOther', text: 'Hund ausführen' },
			{ key: 'network.person.iDoForThem', text: 'Ich gieße seine Blumen.' }
		]);
	});

	it('says when it is a place or group, a pet, or someone who has died', () => {
		const keys = (person: ReturnType<typeof makePerson>) =>
			describePerson(person).map((part) => part.key);
		expect(keys(makePerson(1, { kind: 'place', area: 'quartier' }))).toContain(
			'network.person.isPlace'
		);
		expect(keys(makePerson(1, { notHuman: true }))).toContain('network.person.notHuman');
		expect(keys(makePerson(1, { deceased: true }))).toContain('network.person.deceased');
	});
});

describe('describeFigures', () => {
	it('says how many people, per area, who has no contact, the star, the isolated and the groups', () => {
		// Anna, Ben and Carla all know each other; Dora knows nobody else; Emil has no contact now.
		const people = [
			placed(1, 'family', 1, 'Anna'),
			placed(2, 'family', 2, 'Ben'),
			placed(3, 'friends', 1, 'Carla'),
			placed(4, 'professionals', 2, 'Dora'),
			placed(5, 'friends', 0, 'Emil')
		];
		const figures = computeFigures(people, ties([1, 2], [1, 3], [2, 3]));
		expect(describeFigures(figures, people)).toEqual([
			{ key: 'network.figures.size', count: 4, total: 5 },
			{ key: 'network.figures.areaCount', count: 2, total: 2, area: 'family' },
			{ key: 'network.figures.areaCount', count: 1, total: 2, area: 'friends' },
			{ key: 'network.figures.areaCount', count: 1, total: 1, area: 'professionals' },
			{ key: 'network.figures.noContactNow', count: 1, names: ['Emil'] },
			// The verb agrees with the three names; how many each knows is its own sentence.
			{ key: 'network.figures.stars', count: 3, names: ['Anna', 'Ben', 'Carla'] },
			{ key: 'network.figures.starsEachKnow', count: 2 },
			{ key: 'network.figures.isolated', count: 1, names: ['Dora'] },
			{ key: 'network.figures.clique', count: 3, names: ['Anna', 'Ben', 'Carla'] }
		]);
	});

	it('says only the size for an empty network', () => {
		expect(describeFigures(computeFigures([], []), [])).toEqual([
			{ key: 'network.figures.size', count: 0, total: 0 }
		]);
	});
});

describe('describeComparison', () => {
	it('gives one part per kind of change, with the names', () => {
		const older = { people: [placed(1, 'family', 2, 'Anna'), placed(2, 'friends', 1, 'Ben')] };
		const newer = { people: [placed(1, 'family', 1, 'Anna'), placed(3, 'friends', 1, 'Carla')] };
		expect(describeComparison(compareSnapshots(older, newer))).toEqual([
			{ key: 'network.compare.added', count: 1, names: ['Carla'] },
			{ key: 'network.compare.removed', count: 1, names: ['Ben'] },
			{ key: 'network.compare.closer', count: 1, names: ['Anna'] }
		]);
	});

	it('says "nothing changed" when nothing did', () => {
		const same = { people: [placed(1, 'family', 1)] };
		expect(describeComparison(compareSnapshots(same, same))).toEqual([
			{ key: 'network.compare.unchanged' }
		]);
	});
});

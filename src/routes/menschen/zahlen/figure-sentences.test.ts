import { describe, expect, it } from 'vitest';
import { placed, ties } from '../../../../tests/fixtures/network/people';
import { figureSentences } from './figure-sentences';

describe('figureSentences', () => {
	it('says something about every area and points empty ones to offers', () => {
		const people = [
			placed(1, 'family', 1, 'Anna'),
			placed(2, 'family', 2, 'Ben'),
			placed(3, 'family', 3, 'Carla')
		];
		const parts = figureSentences(people, ties([1, 2]));
		expect(parts.map((part) => part.key)).toEqual([
			'network.figures.size',
			'network.figures.areaCount.family',
			'network.figures.areaEmpty.friends',
			'network.figures.areaEmpty.quartier',
			'network.figures.areaEmpty.professionals',
			'network.figures.stars',
			'network.figures.starsEachKnow',
			'network.figures.isolated'
		]);
		expect(parts[1]).toMatchObject({ count: 3 });
		expect(parts[2]).toMatchObject({ offer: 'treffpunkt' });
		expect(parts[3]).toMatchObject({ offer: 'nachbarschaftshilfe' });
	});
});

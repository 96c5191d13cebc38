import { describe, expect, it } from 'vitest';
import { tiePath } from './tie-path';

describe('tiePath', () => {
	const points = new Map([
		['a', { x: 10, y: 20 }],
		['b', { x: 30.04, y: 40.96 }],
		['c', { x: 5, y: 5 }]
	]);

	it('draws one move and one line per tie, rounded to a tenth', () => {
		expect(
			tiePath(
				[
					{ a: 'a', b: 'b' },
					{ a: 'b', b: 'c' }
				],
				points
			)
		).toBe('M10 20L30 41M30 41L5 5');
	});

	it('leaves out a tie whose end is not on the map, and is empty without ties', () => {
		expect(tiePath([{ a: 'a', b: 'gone' }], points)).toBe('');
		expect(tiePath([], points)).toBe('');
	});
});

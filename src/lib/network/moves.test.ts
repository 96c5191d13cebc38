import { describe, expect, it } from 'vitest';
import { nextArea, stepCloser, stepFurther } from './moves';

describe('stepCloser', () => {
	it('goes one step towards sehr nah, from no contact to weiter weg', () => {
		expect(stepCloser(0)).toBe(3);
		expect(stepCloser(3)).toBe(2);
		expect(stepCloser(2)).toBe(1);
	});

	it('stops at sehr nah', () => {
		expect(stepCloser(1)).toBeNull();
	});
});

describe('stepFurther', () => {
	it('goes one step away, from weiter weg to no contact now', () => {
		expect(stepFurther(1)).toBe(2);
		expect(stepFurther(2)).toBe(3);
		expect(stepFurther(3)).toBe(0);
	});

	it('stops at no contact now', () => {
		expect(stepFurther(0)).toBeNull();
	});
});

describe('nextArea', () => {
	it('goes round the four areas in map order', () => {
		expect(nextArea('family')).toBe('friends');
		expect(nextArea('friends')).toBe('quartier');
		expect(nextArea('quartier')).toBe('professionals');
		expect(nextArea('professionals')).toBe('family');
	});
});

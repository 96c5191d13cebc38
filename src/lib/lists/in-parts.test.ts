import { describe, expect, it } from 'vitest';
import { firstNewItem, firstPartWithChosen } from './in-parts';

const items = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));

describe('firstPartWithChosen', () => {
	it('shows the whole list when it is short', () => {
		expect(firstPartWithChosen(items, 5, []).map(({ id }) => id)).toEqual([
			'a',
			'b',
			'c',
			'd',
			'e'
		]);
	});

	it('shows the first part, plus chosen items further down, in list order', () => {
		expect(firstPartWithChosen(items, 2, ['e', 'b']).map(({ id }) => id)).toEqual(['a', 'b', 'e']);
	});

	it('ignores chosen ids that are not in the list', () => {
		expect(firstPartWithChosen(items, 2, ['x']).map(({ id }) => id)).toEqual(['a', 'b']);
	});
});

describe('firstNewItem', () => {
	it('finds the first item that "show more" brought', () => {
		const before = firstPartWithChosen(items, 2, ['d']);
		const after = firstPartWithChosen(items, 4, ['d']);
		expect(firstNewItem(before, after)?.id).toBe('c');
	});

	it('finds nothing when nothing new came', () => {
		expect(firstNewItem(items, items)).toBeUndefined();
	});
});

import { describe, expect, it } from 'vitest';
import { hasControlCharacters, removeControlCharacters } from './text';

describe('removeControlCharacters', () => {
	it('removes invisible control characters and keeps tab, line breaks and emoji', () => {
		expect(removeControlCharacters('A\u0000n\u0007n\u007fa\t😀\r\n')).toBe('Anna\t😀\r\n');
	});
});

describe('hasControlCharacters', () => {
	it('finds a control character but not a tab or a line break', () => {
		expect(hasControlCharacters('An\u0007na')).toBe(true);
		expect(hasControlCharacters('Anna\t\r\n')).toBe(false);
	});
});

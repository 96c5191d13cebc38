import { describe, expect, it } from 'vitest';
import { networkSize, networkWellShown } from './limits';

describe('networkSize', () => {
	it('loads a network up to what nahbei shows well', () => {
		expect(networkSize({ people: 150, ties: 1_000 })).toBe('fine');
		expect(networkSize(networkWellShown)).toBe('fine');
	});

	it('asks first beyond the limit of people or of ties', () => {
		expect(networkSize({ people: 501, ties: 0 })).toBe('confirm');
		expect(networkSize({ people: 10, ties: 5_001 })).toBe('confirm');
	});

	it('refuses three times beyond the limit', () => {
		expect(networkSize({ people: 1_500, ties: 15_000 })).toBe('confirm');
		expect(networkSize({ people: 1_501, ties: 0 })).toBe('refuse');
		expect(networkSize({ people: 10, ties: 15_001 })).toBe('refuse');
		expect(networkSize({ people: 100_000, ties: 0 })).toBe('refuse');
	});
});

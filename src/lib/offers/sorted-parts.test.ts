import { describe, expect, it } from 'vitest';
import { mergeSorted } from './sorted-parts';

const byNumber = (a: { n: number }, b: { n: number }) => a.n - b.n;

describe('mergeSorted', () => {
	it('merges sorted parts into one sorted list, equal items in the order of the parts', async () => {
		const runs = [
			[
				{ n: 1, from: 'a' },
				{ n: 4, from: 'a' },
				{ n: 9, from: 'a' }
			],
			[
				{ n: 2, from: 'b' },
				{ n: 4, from: 'b' }
			],
			[],
			[
				{ n: 0, from: 'd' },
				{ n: 4, from: 'd' },
				{ n: 10, from: 'd' }
			]
		];
		const merged = await mergeSorted(runs, byNumber);
		expect(merged.map((item) => `${item.n}${item.from}`)).toEqual([
			'0d',
			'1a',
			'2b',
			'4a',
			'4b',
			'4d',
			'9a',
			'10d'
		]);
	});

	it('gives the same order as one sort of everything, for names with umlauts', async () => {
		const collator = new Intl.Collator('de');
		const names = [
			'Ärztehaus',
			'Zoo',
			'apotheke',
			'Öffentliche Bücherhalle',
			'Bad',
			'Ober',
			'Ähre'
		];
		const compare = (a: string, b: string) => collator.compare(a, b);
		const runs = [names.slice(0, 3).sort(compare), names.slice(3).sort(compare)];
		expect(await mergeSorted(runs, compare)).toEqual([...names].sort(compare));
	});

	it('waits for a task of its own after each budget of comparisons', async () => {
		let pauses = 0;
		const runs = [
			Array.from({ length: 50 }, (_, i) => ({ n: i * 2 })),
			Array.from({ length: 50 }, (_, i) => ({ n: i * 2 + 1 }))
		];
		const merged = await mergeSorted(runs, byNumber, {
			budget: 10,
			pause: async () => {
				pauses++;
			}
		});
		expect(merged.map((item) => item.n)).toEqual(Array.from({ length: 100 }, (_, i) => i));
		expect(pauses).toBeGreaterThanOrEqual(9);
	});

	it('gives an empty list for no parts', async () => {
		expect(await mergeSorted([], byNumber)).toEqual([]);
	});
});

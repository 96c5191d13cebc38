import { describe, expect, it } from 'vitest';
import { anOffer } from '../../../../tests/fixtures/builders.js';
import type { Offer } from '../offer';
import { offersByName, offersDueForCheck } from './overview';

function offer(name: string, checkedOn?: string): Offer {
	return anOffer({ name, ...(checkedOn ? { checkedOn } : {}) });
}

describe('the editor overview', () => {
	it('sorts offers by name as the language does', () => {
		const names = offersByName([offer('Zug'), offer('Ärzte'), offer('Bad')], 'de').map(
			(each) => each.name
		);
		expect(names).toEqual(['Ärzte', 'Bad', 'Zug']);
	});

	it('lists the offers due for a check, the never checked first, then the oldest', () => {
		const due = offersDueForCheck(
			[
				offer('neu', '2026-10-01'),
				offer('alt', '2025-01-05'),
				offer('nie'),
				offer('älter', '2024-06-01')
			],
			'2026-11-23'
		);
		expect(due.map((each) => each.name)).toEqual(['nie', 'älter', 'alt']);
	});
});

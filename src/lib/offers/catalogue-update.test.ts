import { describe, expect, it } from 'vitest';
import { anOffer } from '../../../tests/fixtures/builders.js';
import { catalogueChanges } from './catalogue-update';

describe('what a newer catalogue changes', () => {
	it('names the offers it adds, changes and leaves out; a new check date alone is no change', () => {
		const lunch = anOffer({ id: 'a', name: 'Mittags-Tisch', checkedOn: '2026-11-01' });
		const repair = anOffer({ id: 'b', name: 'Repair-Café' });
		const walk = anOffer({ id: 'c', name: 'Spazier-Gang' });
		const choir = anOffer({ id: 'd', name: 'Chor' });
		expect(
			catalogueChanges(
				[lunch, repair, walk],
				[{ ...lunch, checkedOn: '2026-12-01' }, { ...repair, phone: '040 1' }, choir]
			)
		).toEqual({ added: ['Chor'], changed: ['Repair-Café'], removed: ['Spazier-Gang'] });
	});
});

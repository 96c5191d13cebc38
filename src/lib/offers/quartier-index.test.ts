import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCatalogueFile } from './catalogue-file';
import { findQuartiere, readQuartierIndex, type QuartierEntry } from './quartier-index';

const entry = (id: string, name: string, area: string, postcodes: string[]): QuartierEntry => ({
	id,
	name,
	area,
	postcodes,
	file: `/data/${id}.json`,
	stand: '2026-11-20',
	bytes: 1000,
	offers: 10
});

const city = [
	entry('lindenhof', 'Lindenhof', 'Altona', ['22767', '22769']),
	entry('osterbrook', 'Osterbrook', 'Hamm', ['20537']),
	entry('schanze', 'Sternschanze', 'Altona', ['20357'])
];

describe('readQuartierIndex', () => {
	it('reads the entries and leaves out broken ones and repeated ids', () => {
		const entries = readQuartierIndex({
			quartiere: [
				{ ...city[0], postcodes: ['22767', 'abc'] },
				{ ...city[1], file: 'https://example.org/osterbrook.json' },
				{ ...city[2], stand: 'gestern' },
				{ ...city[0], name: 'Noch einmal' },
				{ ...city[2], id: 'Große Buchstaben' },
				'nothing'
			]
		});
		expect(entries).toEqual([{ ...city[0], postcodes: ['22767'] }]);
	});

	it('gives nothing for a file that is no index', () => {
		expect(readQuartierIndex([])).toEqual([]);
		expect(readQuartierIndex(null)).toEqual([]);
	});

	it('agrees with the shipped catalogue files it names', () => {
		const index = readQuartierIndex(JSON.parse(readFileSync('static/data/quartiere.json', 'utf8')));
		expect(index.length).toBeGreaterThan(0);
		for (const quartier of index) {
			const path = `static${quartier.file}`;
			const file = readCatalogueFile(JSON.parse(readFileSync(path, 'utf8')));
			if (!file.ok) throw new Error(file.message);
			expect({ stand: file.stand, name: file.quartier, offers: file.offers.length }).toEqual({
				stand: quartier.stand,
				name: quartier.name,
				offers: quartier.offers
			});
			expect(statSync(path).size).toBe(quartier.bytes);
			const codes = new Set(
				file.offers.flatMap((offer) =>
					offer.address?.postalCode ? [offer.address.postalCode] : []
				)
			);
			expect([...codes].sort()).toEqual(quartier.postcodes);
		}
	});
});

describe('findQuartiere', () => {
	it('finds by postcode and by its first digits', () => {
		expect(findQuartiere(city, '20537').map((q) => q.id)).toEqual(['osterbrook']);
		expect(findQuartiere(city, '227').map((q) => q.id)).toEqual(['lindenhof']);
		expect(findQuartiere(city, '99999')).toEqual([]);
	});

	it('finds by a part of the name or district, whatever the spelling of capitals and umlauts', () => {
		expect(findQuartiere(city, 'schanze').map((q) => q.id)).toEqual(['schanze']);
		expect(findQuartiere(city, 'ALTONA').map((q) => q.id)).toEqual(['lindenhof', 'schanze']);
		expect(findQuartiere(city, 'Lindenhöf').map((q) => q.id)).toEqual(['lindenhof']);
		expect(findQuartiere(city, 'Eppendorf')).toEqual([]);
		expect(findQuartiere([entry('grun', 'Grün-Ecke', 'Mitte', [])], 'grun ecke')).toHaveLength(1);
	});

	it('gives all when nothing is typed', () => {
		expect(findQuartiere(city, '  ')).toHaveLength(3);
	});
});

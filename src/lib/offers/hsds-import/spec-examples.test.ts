// The example files of the HSDS 3.0 specification (tests/fixtures/hsds/spec, CC BY-SA 4.0): every
// form that holds services imports, and every file without services says what it is.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { specExample } from '../../../../tests/fixtures/hsds/spec-schema';
import { importHsds, type ImportResult } from '.';

const referenceDate = { year: 2026, month: 12, day: 4 };

function imported(result: ImportResult) {
	if (!result.ok) throw new Error(result.message);
	return result;
}

function csvPackage(): Record<string, string> {
	const folder = join(process.cwd(), 'tests/fixtures/hsds/spec/examples/csv');
	return Object.fromEntries(
		readdirSync(folder).map((name) => [name, readFileSync(join(folder, name), 'utf8')])
	);
}

const serviceFiles = [
	'service_full.json',
	'service_list.json',
	'service_at_location_full.json',
	'service_at_location_list.json',
	'organization_full.json',
	'tabular.json'
];

describe('the HSDS 3.0 example files', () => {
	it.each(serviceFiles)('%s gives its service as an offer, nothing dropped', (name) => {
		const result = imported(importHsds(specExample(name), { referenceDate }));
		expect(result.rejected).toEqual([]);
		expect(result.offers).toHaveLength(1);
		const [offer] = result.offers;
		expect(offer).toMatchObject({
			id: 'ac148810-d857-441c-9679-408f346de14b',
			name: 'Community Counselling',
			// No taxonomy of ours: the word "Counselling" in the table gives the category.
			category: 'beratung',
			ageFrom: 12,
			ageTo: 100,
			status: 'active'
		});
		expect(result.sources.get(offer!.id)).toMatchObject({ name: 'Community Counselling' });
	});

	it('service_full.json keeps its place, phone, prices, times and languages', () => {
		const [offer] = imported(
			importHsds(specExample('service_full.json'), { referenceDate })
		).offers;
		expect(offer?.organization.name).toBe('Example Organization Inc.');
		expect(offer?.phone).toBeTruthy();
		expect(offer?.address?.city).toBeTruthy();
		expect(offer?.costs.length).toBeGreaterThan(0);
		// The example's schedule uses "count", which nahbei cannot read: it is named once.
		const { repaired } = imported(importHsds(specExample('service_full.json'), { referenceDate }));
		expect(repaired.filter((entry) => entry.reason.includes('„count“'))).toHaveLength(1);
		expect(offer?.languages.length).toBeGreaterThan(0);
		expect(offer?.forWhom).toContain('aged 12 and over');
	});

	it('the CSV data package gives its service as an offer', () => {
		const result = imported(importHsds(csvPackage(), { referenceDate }));
		expect(result.rejected).toEqual([]);
		expect(result.offers.map((offer) => [offer.name, offer.category])).toEqual([
			['Community Counselling', 'beratung']
		]);
		// Tables beyond the ones nahbei shows still reach the kept record.
		const source = result.sources.get(result.offers[0]!.id);
		expect(source).toHaveProperty('program.name');
		expect(source).toHaveProperty('funding');
		expect(source).toHaveProperty('service_areas');
	});

	it.each([
		['location.json', 'Orte (HSDS „location“)'],
		['organization_list.json', 'Träger (HSDS „organization“)'],
		['taxonomy.json', 'eine Liste von Begriffen (HSDS „taxonomy“)'],
		['taxonomy_list.json', 'eine Liste von Begriffen (HSDS „taxonomy“)'],
		['taxonomy_term.json', 'Begriffe einer Taxonomie (HSDS „taxonomy_term“)'],
		['taxonomy_term_list.json', 'Begriffe einer Taxonomie (HSDS „taxonomy_term“)']
	])('%s is refused with what it holds and what nahbei needs', (name, what) => {
		const result = importHsds(specExample(name));
		expect(result).toEqual({
			ok: false,
			error: 'no-services',
			message: `Diese Datei enthält ${what}, aber keine Angebote. nahbei braucht Angebote (HSDS „service“): eine Datei mit Angeboten, eine Liste von Angeboten oder ein Daten-Paket mit „services.csv“. Es wurde nichts übernommen.`
		});
	});

	it('base.json (the API description) is no catalogue', () => {
		expect(importHsds(specExample('base.json'))).toMatchObject({ ok: false, error: 'wrong-shape' });
	});

	it('uses the Quartier team’s own lines of the category table first', () => {
		const result = imported(
			importHsds(specExample('service_full.json'), {
				referenceDate,
				rules: [{ word: 'community', category: 'treffpunkt' }]
			})
		);
		expect(result.offers[0]?.category).toBe('treffpunkt');
	});
});

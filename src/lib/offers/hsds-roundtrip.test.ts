// Import → export gives back every field the HSDS 3.0 schema defines, and what the team changes is
// written where the file had it; every export validates against the spec's JSON schemas (ajv).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaErrors, specExample } from '../../../tests/fixtures/hsds/spec-schema';
import { readCsv } from '$lib/files/csv';
import { exportHsds, hsdsPage } from './hsds-export';
import { importHsds } from './hsds-import';
import type { Offer } from './offer';

const referenceDate = { year: 2026, month: 12, day: 4 };

function read(text: string) {
	const result = importHsds(text, { referenceDate });
	if (!result.ok) throw new Error(result.message);
	return result;
}

function roundTrip(text: string, change: (offer: Offer) => Offer = (offer) => offer) {
	const { offers, sources } = read(text);
	return exportHsds(offers.map(change), { referenceDate, sources });
}

describe('import then export', () => {
	it.each(['service_full.json', 'service_list.json'])('gives back %s field for field', (name) => {
		const input = JSON.parse(specExample(name));
		const [original] = 'contents' in input ? input.contents : [input];
		const [exported] = roundTrip(specExample(name));
		expect(exported).toEqual(original);
		expect(schemaErrors('service.json', exported)).toEqual([]);
	});

	it('gives back the service of service_at_location_full.json with its place', () => {
		const input = JSON.parse(specExample('service_at_location_full.json'));
		const [exported] = roundTrip(specExample('service_at_location_full.json'));
		const { service, ...link } = input;
		expect(exported).toMatchObject({ ...service, id: service.id });
		expect((exported as { service_at_locations: unknown[] }).service_at_locations).toContainEqual(
			expect.objectContaining({ id: link.id, description: link.description })
		);
		expect(schemaErrors('service.json', exported)).toEqual([]);
	});

	it('writes only what the team changed, where the file had it', () => {
		const input = JSON.parse(specExample('service_full.json'));
		const [exported] = roundTrip(specExample('service_full.json'), (offer) => ({
			...offer,
			name: 'Beratung im Quartier',
			category: 'gesundheit',
			ageFrom: 16,
			address: offer.address && { ...offer.address, street: 'Lindenplatz 4' },
			costs: [{ option: 'Für alle', amount: 0, currency: 'EUR' }]
		}));
		const service = exported as Record<string, unknown> & typeof input;
		expect(service.name).toBe('Beratung im Quartier');
		expect(service.minimum_age).toBe(16);
		expect(service.maximum_age).toBe(input.maximum_age);
		expect(service.service_at_locations[0].location.addresses[0].address_1).toBe('Lindenplatz 4');
		expect(service.service_at_locations[0].location.addresses[0].city).toBe(
			input.service_at_locations[0].location.addresses[0].city
		);
		expect(service.cost_options).toEqual([
			expect.objectContaining({ option: 'Für alle', amount: 0, currency: 'EUR' })
		]);
		// What nahbei does not show is untouched.
		for (const key of ['program', 'contacts', 'funding', 'service_areas', 'required_documents'])
			expect(service[key]).toEqual(input[key]);
		expect(service.attributes).toEqual(
			expect.arrayContaining([
				...input.attributes,
				expect.objectContaining({
					taxonomy_term: expect.objectContaining({ code: 'gesundheit' })
				})
			])
		);
		expect(schemaErrors('service.json', service)).toEqual([]);
		// And the import reads the change back.
		const again = read(JSON.stringify(service)).offers[0];
		expect(again).toMatchObject({
			name: 'Beratung im Quartier',
			category: 'gesundheit',
			ageFrom: 16
		});
	});

	it('validates the export of the CSV data package and of nahbei’s own catalogue', () => {
		const folder = join(process.cwd(), 'tests/fixtures/hsds/spec/examples/csv');
		const names = ['datapackage.json', 'services.csv', 'organizations.csv', 'locations.csv'];
		const files = Object.fromEntries(
			names.map((name) => [name, readFileSync(join(folder, name), 'utf8')])
		);
		for (const service of roundTrip(files as unknown as string))
			expect([service.id, schemaErrors('service.json', service)]).toEqual([service.id, []]);
		const shipped = readFileSync(join(process.cwd(), 'static/data/angebote.json'), 'utf8');
		const services = roundTrip(shipped);
		expect(services.length).toBeGreaterThan(40);
		for (const service of services) expect(schemaErrors('service.json', service)).toEqual([]);
		// nahbei's own catalogue comes back as it went in, too.
		expect(hsdsPage(services).contents).toEqual(JSON.parse(shipped).contents);
	});

	it('gives back every cell of the CSV data package, row for row', () => {
		const folder = join(process.cwd(), 'tests/fixtures/hsds/spec/examples/csv');
		const names = readdirSync(folder);
		const files = Object.fromEntries(
			names.map((name) => [name, readFileSync(join(folder, name), 'utf8')])
		);
		const exported = roundTrip(files as unknown as string);
		// Every object of the export that has an id, by its id: the rows of the tables, nested.
		const objects = new Map<string, Record<string, unknown>>();
		const walk = (value: unknown): void => {
			if (Array.isArray(value)) value.forEach(walk);
			else if (value && typeof value === 'object') {
				const record = value as Record<string, unknown>;
				if (typeof record.id === 'string' && !objects.has(record.id))
					objects.set(record.id, record);
				Object.values(record).forEach(walk);
			}
		};
		walk(exported);
		// The tables the import reads; the package's own descriptions are no data.
		const tables = names.filter(
			(name) =>
				name.endsWith('.csv') &&
				!['meta_table_descriptions.csv', 'metadata.csv', 'taxonomies.csv'].includes(name) &&
				name !== 'organization_identifiers.csv'
		);
		// The spec's one attribute names no entity nahbei reads ("link_entity" is a placeholder):
		// the import leaves such attributes, and the term only they use, to their own system.
		const unread = new Set([
			'ae58cc39-8b70-4ab1-8aea-786882e5ac8e',
			'3f7b145d-84af-42d7-8fae-eaca714b02b2'
		]);
		expect(files['attributes.csv']).toContain(',link_entity,value');
		let cells = 0;
		const differences: string[] = [];
		for (const name of tables) {
			const result = readCsv(files[name] ?? '');
			if (!result.ok) throw new Error(`${name}: unreadable`);
			const [header = [], ...rows] = result.rows;
			for (const row of rows) {
				const id = row[header.indexOf('id')] ?? '';
				if (unread.has(id)) continue;
				const object = objects.get(id);
				if (!object) {
					differences.push(`${name} ${id}: missing`);
					continue;
				}
				header.forEach((column, position) => {
					const cell = row[position] ?? '';
					if (cell === '') return;
					const value = object[column];
					cells++;
					const same = typeof value === 'number' ? Number(cell) === value : cell === String(value);
					if (!same) differences.push(`${name} ${column}: ${cell} → ${String(value)}`);
				});
			}
		}
		expect(differences).toEqual([]);
		expect(cells).toBeGreaterThan(140);
		for (const service of exported) expect(schemaErrors('service.json', service)).toEqual([]);
	});

	it('writes who an offer is for and its ages as HSDS eligibility', () => {
		const [offer] = read(
			readFileSync(join(process.cwd(), 'static/data/angebote.json'), 'utf8')
		).offers;
		const [service] = exportHsds([{ ...offer!, forWhom: 'Für Kinder.', ageFrom: 6, ageTo: 12 }], {
			referenceDate
		});
		expect(service).toMatchObject({
			eligibility_description: 'Für Kinder.',
			minimum_age: 6,
			maximum_age: 12
		});
		expect(schemaErrors('service.json', service)).toEqual([]);
	});

	it('has a schema check that finds a wrong field', () => {
		const [exported] = roundTrip(specExample('service_full.json'));
		expect(schemaErrors('service.json', { ...exported, status: 'open' })).not.toEqual([]);
		expect(schemaErrors('service.json', { ...exported, name: undefined })).not.toEqual([]);
	});
});

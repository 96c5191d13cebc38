import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportHsds, hsdsPage, stableUuid } from './hsds-export';
import { importHsds } from './hsds-import';
import { offerCategories, offerTerms, type Offer } from './offer';

/**
 * A small JSON Schema check, walking the structure of the HSDS compiled service schema (saved in
 * tests/fixtures/hsds/service.schema.json; ajv is not a dependency). It checks, at every level:
 * - `type` (string, number, integer, boolean, array, object; null is never allowed),
 * - `enum`,
 * - `required` (present and not undefined), and follows `$ref` into `definitions`,
 * - `format` uuid (8-4-4-4-12 hex), uri (parsable by URL), email (one @), date-time (ISO 8601),
 * - HSDS's `datapackage_type` date (YYYY-MM-DD) and time (HH:MM[:SS] with Z or an offset, as HSDS
 *   asks for times),
 * - and, stricter than the schema, any property the schema does not name, to catch typos.
 * It does not check `tabular_required`, which applies to the CSV form only.
 */
interface SchemaNode {
	type?: string;
	format?: string;
	enum?: string[];
	datapackage_type?: string;
	properties?: Record<string, SchemaNode>;
	items?: SchemaNode;
	required?: string[];
	$ref?: string;
	definitions?: Record<string, SchemaNode>;
}

const schema = JSON.parse(
	readFileSync(join(process.cwd(), 'tests/fixtures/hsds/service.schema.json'), 'utf8')
) as SchemaNode;

const FORMATS: Record<string, (value: string) => boolean> = {
	uuid: (value) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value),
	uri: (value) => URL.canParse(value),
	email: (value) => /^[^@\s]+@[^@\s]+$/.test(value),
	'date-time': (value) =>
		/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) &&
		!Number.isNaN(Date.parse(value))
};
const DATAPACKAGE_TYPES: Record<string, RegExp> = {
	date: /^\d{4}-\d{2}-\d{2}$/,
	time: /^\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/
};

function typeMatches(value: unknown, type: string): boolean {
	switch (type) {
		case 'string':
			return typeof value === 'string';
		case 'number':
			return typeof value === 'number' && Number.isFinite(value);
		case 'integer':
			return Number.isInteger(value);
		case 'boolean':
			return typeof value === 'boolean';
		case 'array':
			return Array.isArray(value);
		case 'object':
			return typeof value === 'object' && value !== null && !Array.isArray(value);
		default:
			return false;
	}
}

function checkAgainst(value: unknown, node: SchemaNode, path = '$'): string[] {
	if (node.$ref) {
		const name = node.$ref.replace('#/definitions/', '');
		const target = schema.definitions?.[name];
		return target ? checkAgainst(value, target, path) : [`${path}: unknown $ref ${node.$ref}`];
	}
	if (node.type && !typeMatches(value, node.type)) return [`${path}: expected ${node.type}`];
	const problems: string[] = [];
	if (node.enum && !node.enum.includes(value as string)) problems.push(`${path}: not in enum`);
	if (typeof value === 'string') {
		if (node.format && FORMATS[node.format] && !FORMATS[node.format]!(value)) {
			problems.push(`${path}: not a ${node.format}: ${value}`);
		}
		const pattern = node.datapackage_type ? DATAPACKAGE_TYPES[node.datapackage_type] : undefined;
		if (pattern && !pattern.test(value)) problems.push(`${path}: not a ${node.datapackage_type}`);
	}
	if (Array.isArray(value) && node.items) {
		value.forEach((item, index) =>
			problems.push(...checkAgainst(item, node.items!, `${path}[${index}]`))
		);
	}
	if (typeMatches(value, 'object') && node.properties) {
		const object = value as Record<string, unknown>;
		for (const key of node.required ?? []) {
			if (object[key] === undefined) problems.push(`${path}.${key}: required`);
		}
		for (const [key, child] of Object.entries(object)) {
			// JSON has no undefined: such a property is simply absent.
			if (child === undefined) continue;
			const property = node.properties[key];
			if (!property) problems.push(`${path}.${key}: not in the schema`);
			else problems.push(...checkAgainst(child, property, `${path}.${key}`));
		}
	}
	return problems;
}

const NOVEMBER = { year: 2026, month: 11, day: 20 };

const lunchTable: Offer = {
	id: '5e000000-0000-4000-8000-00000000aaaa',
	name: 'Mittags-Tisch',
	description: 'Hier essen Sie zu Mittag. Das Essen ist warm.',
	category: 'essen',
	keywords: ['Mittagessen', 'Essen für alle'],
	organization: { id: '0a000000-0000-4000-8000-00000000aaaa', name: 'Nachbarschafts-Treff e. V.' },
	forWhom: 'Für alle im Quartier.',
	phone: '040 123 45 67',
	email: 'essen@lindenhof.example',
	url: 'https://treff.lindenhof.example/essen',
	address: { street: 'Lindenplatz 4', postalCode: '22769', city: 'Hamburg', district: 'Lindenhof' },
	latitude: 53.5612,
	longitude: 9.9321,
	transport: 'Bus 15, Halte-Stelle Lindenplatz',
	schedules: [
		{
			id: 'b1000000-0000-4000-8000-000000000001',
			freq: 'WEEKLY',
			byday: 'MO,TU,WE,TH,FR',
			opens_at: '12:00',
			closes_at: '14:00'
		},
		{
			id: 'b1000000-0000-4000-8000-000000000002',
			valid_from: '2026-12-24',
			valid_to: '2027-01-01',
			description: 'geschlossen: Weihnachts-Ferien'
		}
	],
	scheduleNote: 'Bitte kommen Sie pünktlich.',
	costs: [
		{ option: 'für Menschen mit wenig Geld oder kleiner Rente', amount: 3, currency: 'EUR' },
		{ option: 'für alle anderen', amount: 4, currency: 'EUR', amountDescription: 'pro Essen' }
	],
	terms: ['rollstuhl', 'ohne-anmeldung', 'gebaerdensprache'],
	languages: ['de', 'tr', 'gsg'],
	isContactPoint: true,
	checkedOn: '2026-11-20',
	status: 'active'
};

const helpline: Offer = {
	id: '5e000000-0000-4000-8000-00000000bbbb',
	name: 'Telefon-Seelsorge',
	description: 'Sie können Tag und Nacht anrufen.',
	category: 'beratung',
	keywords: [],
	organization: { id: '0a000000-0000-4000-8000-00000000bbbb', name: 'Telefon-Seelsorge Hamburg' },
	phone: '0800 111 0 111',
	schedules: [
		{
			id: 'b1000000-0000-4000-8000-000000000003',
			freq: 'MONTHLY',
			byday: '-1FR',
			interval: 1,
			opens_at: '00:00',
			closes_at: '24:00'
		},
		{ id: 'b1000000-0000-4000-8000-000000000004', freq: 'MONTHLY', bymonthday: '15' }
	],
	costs: [{ option: 'kostenlos', amount: 0, currency: 'EUR' }],
	terms: ['kostenlos'],
	languages: ['de'],
	status: 'inactive'
};

describe('exportHsds', () => {
	it('writes services that meet the HSDS compiled service schema', () => {
		const services = JSON.parse(
			JSON.stringify(exportHsds([lunchTable, helpline], { referenceDate: NOVEMBER }))
		);
		for (const service of services) expect(checkAgainst(service, schema)).toEqual([]);
	});

	it('has a schema check that finds missing, mistyped and unknown fields', () => {
		const [service] = exportHsds([lunchTable], { referenceDate: NOVEMBER });
		expect(checkAgainst({ ...service, status: 'open' }, schema)).toEqual(['$.status: not in enum']);
		expect(checkAgainst({ ...service, id: 'x' }, schema)).toEqual(['$.id: not a uuid: x']);
		expect(checkAgainst({ ...service, name: undefined }, schema)).toEqual(['$.name: required']);
		expect(checkAgainst({ ...service, phones: [{ id: stableUuid('x') }] }, schema)).toEqual([
			'$.phones[0].number: required'
		]);
		expect(checkAgainst({ ...service, latitude: 1 }, schema)).toEqual([
			'$.latitude: not in the schema'
		]);
		expect(
			checkAgainst({ ...service, schedules: [{ id: stableUuid('x'), opens_at: '12:00' }] }, schema)
		).toEqual(['$.schedules[0].opens_at: not a time']);
	});

	it('writes times with the UTC offset of their date in Berlin', () => {
		const summer = {
			...lunchTable,
			schedules: [{ ...lunchTable.schedules[0]!, dtstart: '2026-07-06' }]
		};
		const [winter] = exportHsds([lunchTable], { referenceDate: NOVEMBER });
		const [july] = exportHsds([summer], { referenceDate: NOVEMBER });
		expect(winter?.schedules?.[0]).toMatchObject({
			opens_at: '12:00+01:00',
			closes_at: '14:00+01:00'
		});
		expect(july?.schedules?.[0]).toMatchObject({
			opens_at: '12:00+02:00',
			closes_at: '14:00+02:00'
		});
	});

	it('writes our vocabulary as attributes with taxonomy terms', () => {
		const [service] = exportHsds([lunchTable], { referenceDate: NOVEMBER });
		const codes = service?.attributes?.map(
			(attribute) => `${attribute.taxonomy_term?.taxonomy}:${attribute.taxonomy_term?.code}`
		);
		expect(codes).toEqual([
			'nahbei-category:essen',
			'nahbei:rollstuhl',
			'nahbei:ohne-anmeldung',
			'nahbei:gebaerdensprache',
			'nahbei:eine-nummer',
			'nahbei:zeiten-hinweis',
			'nahbei-keyword:Mittagessen',
			'nahbei-keyword:Essen für alle'
		]);
		// The same term has the same id in every service, so directories can filter by it.
		const [other] = exportHsds([{ ...helpline, category: 'essen' }], { referenceDate: NOVEMBER });
		expect(other?.attributes?.[0]?.taxonomy_term_id).toBe(
			service?.attributes?.[0]?.taxonomy_term_id
		);
	});

	it('writes the same ids every time', () => {
		const first = exportHsds([lunchTable, helpline], { referenceDate: NOVEMBER });
		const second = exportHsds([lunchTable, helpline], { referenceDate: NOVEMBER });
		expect(JSON.stringify(first)).toBe(JSON.stringify(second));
	});

	it('wraps services in a list page', () => {
		const services = exportHsds([lunchTable], { referenceDate: NOVEMBER });
		expect(hsdsPage(services, { stand: '2026-11-20', quartier: 'Lindenhof' })).toEqual({
			total_items: 1,
			total_pages: 1,
			page_number: 1,
			size: 1,
			first_page: true,
			last_page: true,
			empty: false,
			contents: services,
			nahbei: { stand: '2026-11-20', quartier: 'Lindenhof' }
		});
		expect(hsdsPage([]).empty).toBe(true);
	});
});

describe('stableUuid', () => {
	it('derives a version 8 UUID that depends on every name', () => {
		const id = stableUuid('schedule', 'offer', '0');
		expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
		expect(stableUuid('schedule', 'offer', '0')).toBe(id);
		expect(stableUuid('schedule', 'offer', '1')).not.toBe(id);
		expect(stableUuid('schedule', 'offer0')).not.toBe(id);
	});
});

describe('export and import round trip', () => {
	it('gives back the same offers', () => {
		const page = hsdsPage(exportHsds([lunchTable, helpline], { referenceDate: NOVEMBER }));
		const result = importHsds(JSON.stringify(page), { referenceDate: NOVEMBER });
		expect(result).toMatchObject({ ok: true, rejected: [], repaired: [] });
		if (result.ok) expect(result.offers).toEqual([lunchTable, helpline]);
	});

	it('gives back the same offers when imported in another season', () => {
		const services = exportHsds([lunchTable], { referenceDate: NOVEMBER });
		const result = importHsds(services, { referenceDate: { year: 2027, month: 7, day: 1 } });
		if (!result.ok) throw new Error(result.message);
		expect(result.offers).toEqual([lunchTable]);
	});

	it('gives back any offer the catalogue can hold', () => {
		const word = fc.stringMatching(/^[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß -]{0,20}[a-zäöüß]$/);
		const time = fc
			.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
			.map(
				([hour, minute]) => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`
			);
		const schedule = fc.record(
			{
				id: fc.uuid(),
				freq: fc.constantFrom('WEEKLY', 'MONTHLY'),
				byday: fc.constantFrom('MO', 'TU,TH', 'SA,SU', 'FR'),
				opens_at: time,
				closes_at: time,
				description: word
			},
			{ requiredKeys: ['id', 'freq', 'byday', 'opens_at', 'closes_at'] }
		);
		const offer = fc
			.record({
				id: fc.uuid(),
				name: word,
				description: word,
				category: fc.constantFrom(...offerCategories),
				keywords: fc.uniqueArray(word, { maxLength: 3 }),
				organization: fc.record({ id: fc.uuid(), name: word }),
				schedules: fc.array(schedule, { maxLength: 3 }),
				costs: fc.array(
					fc.record(
						{ option: word, amount: fc.integer({ min: 0, max: 50 }), currency: fc.constant('EUR') },
						{ requiredKeys: [] }
					),
					{ maxLength: 3 }
				),
				terms: fc.uniqueArray(
					fc.constantFrom(...offerTerms.filter((term) => term !== 'gebaerdensprache'))
				),
				languages: fc.uniqueArray(fc.constantFrom('de', 'en', 'tr', 'ar', 'uk'), { maxLength: 3 }),
				status: fc.constantFrom('active' as const, 'inactive' as const),
				phone: fc.option(fc.constantFrom('040 123 45 67', '0800 111 0 111'), { nil: undefined }),
				checkedOn: fc.option(fc.constantFrom('2026-11-20', '2025-01-31'), { nil: undefined })
			})
			.map((value) => {
				const result: Offer = { ...value };
				if (value.phone === undefined) delete result.phone;
				if (value.checkedOn === undefined) delete result.checkedOn;
				return result;
			});
		fc.assert(
			fc.property(
				fc.uniqueArray(offer, { maxLength: 4, selector: (value) => value.id }),
				(offers) => {
					const result = importHsds(
						JSON.stringify(exportHsds(offers, { referenceDate: NOVEMBER })),
						{
							referenceDate: NOVEMBER
						}
					);
					if (!result.ok) throw new Error(result.message);
					expect(result.rejected).toEqual([]);
					expect(result.offers).toEqual(offers);
				}
			),
			{ numRuns: 60 }
		);
	});
});

describe('the demo catalogue', () => {
	it('meets the HSDS compiled service schema in every service', () => {
		const page = JSON.parse(
			readFileSync(join(process.cwd(), 'static/data/angebote.json'), 'utf8')
		) as { contents: unknown[]; total_items: number; empty: boolean };
		expect(page.total_items).toBe(page.contents.length);
		expect(page.empty).toBe(false);
		for (const service of page.contents) expect(checkAgainst(service, schema)).toEqual([]);
	});
});

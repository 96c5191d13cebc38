// Test records for the HSDS import's tests: a complete service as another directory might publish
// it, the offer it becomes, and helpers that import and expect success or refusal.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Offer } from '../offer';
import { importHsds, type ImportResult } from '.';

const FIXTURES = join(process.cwd(), 'tests/fixtures/hsds');
export const NOVEMBER = { year: 2026, month: 11, day: 20 };
export const JULY = { year: 2026, month: 7, day: 15 };

export function packageFiles(): Record<string, string> {
	const files: Record<string, string> = {};
	for (const name of readdirSync(FIXTURES)) {
		if (name.endsWith('.csv') || name === 'datapackage.json') {
			files[name] = readFileSync(join(FIXTURES, name), 'utf8');
		}
	}
	return files;
}

export function term(taxonomy: string, code: string, value?: string) {
	return {
		id: `term-${code}`,
		taxonomy_term: { id: `t-${code}`, code, name: code, description: code, taxonomy },
		...(value === undefined ? {} : { value })
	};
}

/** A complete HSDS service for the lunch table, as another directory might publish it. */
export function lunchTable(overrides: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		id: '5e000000-0000-4000-8000-00000000aaaa',
		name: 'Mittags-Tisch',
		description: 'Hier essen Sie zu Mittag.',
		status: 'active',
		url: 'https://treff.lindenhof.example/essen',
		email: 'essen@lindenhof.example',
		eligibility_description: 'Für alle im Quartier.',
		assured_date: '2026-11-20',
		organization: {
			id: '0a000000-0000-4000-8000-00000000aaaa',
			name: 'Nachbarschafts-Treff Lindenhof e. V.',
			description: 'Treffpunkt im Quartier.'
		},
		phones: [{ id: 'p1', number: '040 123 45 67' }],
		schedules: [
			{
				id: 's1',
				freq: 'WEEKLY',
				byday: 'MO,TU,WE,TH,FR',
				opens_at: '12:00',
				closes_at: '14:00',
				description: 'Montag bis Freitag'
			}
		],
		service_at_locations: [
			{
				id: 'sal1',
				location: {
					id: 'l1',
					location_type: 'physical',
					latitude: 53.5612,
					longitude: 9.9321,
					transportation: 'Bus 15, Halte-Stelle Lindenplatz',
					addresses: [
						{
							id: 'a1',
							address_1: 'Lindenplatz 4',
							city: 'Hamburg',
							region: 'Lindenhof',
							state_province: 'Hamburg',
							postal_code: '22769',
							country: 'DE',
							address_type: 'physical'
						}
					],
					accessibility: [{ id: 'acc1', description: 'Eingang ohne Stufen.' }]
				}
			}
		],
		cost_options: [
			{
				id: 'c1',
				option: 'für Menschen mit wenig Geld oder kleiner Rente',
				amount: 3,
				currency: 'EUR'
			},
			{ id: 'c2', option: 'für alle anderen', amount: 4, currency: 'eur' }
		],
		languages: [
			{ id: 'l-de', name: 'Deutsch', code: 'de' },
			{ id: 'l-tr', name: 'Türkisch', code: 'tr' }
		],
		attributes: [
			term('nahbei-category', 'essen'),
			term('nahbei', 'rollstuhl'),
			term('nahbei', 'ohne-anmeldung'),
			term('nahbei-keyword', 'Mittagessen'),
			term('Open Eligibility', 'Food')
		],
		...overrides
	};
}

export const lunchOffer: Offer = {
	id: '5e000000-0000-4000-8000-00000000aaaa',
	name: 'Mittags-Tisch',
	description: 'Hier essen Sie zu Mittag.',
	category: 'essen',
	keywords: ['Mittagessen', 'Food'],
	organization: {
		id: '0a000000-0000-4000-8000-00000000aaaa',
		name: 'Nachbarschafts-Treff Lindenhof e. V.'
	},
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
			id: 's1',
			freq: 'WEEKLY',
			byday: 'MO,TU,WE,TH,FR',
			opens_at: '12:00',
			closes_at: '14:00',
			description: 'Montag bis Freitag'
		}
	],
	costs: [
		{ option: 'für Menschen mit wenig Geld oder kleiner Rente', amount: 3, currency: 'EUR' },
		{ option: 'für alle anderen', amount: 4, currency: 'EUR' }
	],
	terms: ['rollstuhl', 'ohne-anmeldung'],
	languages: ['de', 'tr'],
	checkedOn: '2026-11-20',
	status: 'active'
};

export function imported(input: unknown, options = { referenceDate: NOVEMBER }) {
	const result = importHsds(input, options);
	if (!result.ok) throw new Error(`import refused: ${result.error}: ${result.message}`);
	return result;
}

export function refused(result: ImportResult) {
	if (result.ok) throw new Error('import was expected to be refused');
	// Nothing partial: a refusal carries no offers at all.
	expect(Object.keys(result).sort()).toEqual(['error', 'message', 'ok']);
	return result;
}

export function withSchedule(schedule: Record<string, unknown>) {
	return lunchTable({ schedules: [{ id: 'x', freq: 'WEEKLY', byday: 'WE', ...schedule }] });
}

import { describe, expect, it } from 'vitest';
import { catalogueFacts, exportFile, importInput, planImport } from './files';
import { importHsds } from '../hsds-import';
import type { Offer } from '../offer';

const offers: Offer[] = [
	{
		id: '6f1c2a4e-8a55-4c55-9b59-2f0c1d5f7a01',
		name: 'Mittags-Tisch',
		description: 'Hier gibt es warmes Essen.',
		category: 'essen',
		keywords: [],
		organization: { id: '6f1c2a4e-8a55-4c55-9b59-2f0c1d5f7a02', name: 'Nachbarschafts-Verein' },
		phone: '040 123456',
		schedules: [{ id: 's1', freq: 'WEEKLY', byday: 'WE', opens_at: '12:00', closes_at: '14:00' }],
		costs: [{ option: 'für alle', amount: 4, currency: 'EUR' }],
		terms: ['rollstuhl'],
		languages: ['de'],
		checkedOn: '2026-10-01',
		status: 'active'
	},
	{
		id: '6f1c2a4e-8a55-4c55-9b59-2f0c1d5f7a03',
		name: 'Spiele-Treff',
		description: 'Wir spielen zusammen.',
		category: 'treffpunkt',
		keywords: [],
		organization: { id: '6f1c2a4e-8a55-4c55-9b59-2f0c1d5f7a02', name: 'Nachbarschafts-Verein' },
		schedules: [],
		costs: [],
		terms: [],
		languages: ['de'],
		checkedOn: '2025-03-01',
		status: 'active'
	}
];

describe('picked files', () => {
	it('hands one JSON file to the import as its text', () => {
		expect(importInput([{ name: 'angebote.json', text: '[]' }])).toBe('[]');
	});

	it('hands CSV and several files to the import as a data package', () => {
		expect(
			importInput([
				{ name: 'datapackage.json', text: '{}' },
				{ name: 'tabellen/services.csv', text: 'id,name' }
			])
		).toEqual({ 'datapackage.json': '{}', 'services.csv': 'id,name' });
		expect(importInput([{ name: 'services.CSV', text: 'id' }])).toEqual({ 'services.CSV': 'id' });
	});
});

describe('the date and Quartier of an import', () => {
	it('come from nahbei’s envelope of a JSON file', () => {
		const text = JSON.stringify({
			contents: [],
			nahbei: { stand: '2026-11-20', quartier: 'Ottensen' }
		});
		expect(catalogueFacts([{ name: 'a.json', text }], offers, '2026-11-23', 'Altona')).toEqual({
			stand: '2026-11-20',
			quartier: 'Ottensen'
		});
	});

	it('fall back to the newest check date and the Quartier on the device', () => {
		expect(
			catalogueFacts([{ name: 'a.json', text: '[]' }], offers, '2026-11-23', 'Altona')
		).toEqual({ stand: '2026-10-01', quartier: 'Altona' });
	});

	it('fall back to today when no offer was ever checked', () => {
		expect(catalogueFacts([{ name: 'a.csv', text: 'x' }], [], '2026-11-23', '')).toEqual({
			stand: '2026-11-23',
			quartier: ''
		});
	});
});

describe('the export file', () => {
	it('is an HSDS list page dated today that the import reads back unchanged', () => {
		const file = exportFile(offers, 'Altona', '2026-11-23');
		expect(file.name).toBe('nahbei-angebote-2026-11-23.json');
		expect(file.type).toBe('application/json');
		const page = JSON.parse(file.text);
		expect(page.nahbei).toEqual({ stand: '2026-11-23', quartier: 'Altona' });
		expect(page.total_items).toBe(2);

		const again = importHsds(importInput([{ name: file.name, text: file.text }]));
		if (!again.ok) throw new Error(again.message);
		expect(again.rejected).toEqual([]);
		expect(again.offers).toEqual(offers);
	});
});

describe('planning an import', () => {
	const today = '2026-11-23';
	const file = (name: string, text: string) => new File([text], name);

	it('reads the picked files into an import to confirm, changing nothing', async () => {
		const text = JSON.stringify({ nahbei: { stand: '2026-11-01', quartier: 'Lindenhof' } });
		const plan = await planImport([file('angebote.json', text)], today, 'Altstadt');
		expect(plan).toEqual({ ok: false, problem: 'refused', message: expect.any(String) });
		const exported = exportFile(offers, 'Lindenhof', today);
		const good = await planImport([file(exported.name, exported.text)], today, 'Altstadt');
		if (!good.ok) throw new Error('the export was refused');
		expect(good.pending).toMatchObject({
			read: 2,
			stand: today,
			quartier: 'Lindenhof',
			files: [exported.name],
			repaired: [],
			rejected: []
		});
		expect(good.pending.offers.map((offer) => offer.name)).toEqual([
			'Mittags-Tisch',
			'Spiele-Treff'
		]);
	});

	it('refuses files too large to read before reading them', async () => {
		const huge = {
			name: 'huge.json',
			size: 51 * 1024 * 1024,
			text: () => Promise.reject(new Error('read'))
		};
		expect(await planImport([huge], today, '')).toEqual({ ok: false, problem: 'too-large' });
	});

	it('says when a file cannot be read', async () => {
		const broken = { name: 'a.json', size: 3, text: () => Promise.reject(new Error('gone')) };
		expect(await planImport([broken], today, '')).toEqual({ ok: false, problem: 'unreadable' });
	});
});

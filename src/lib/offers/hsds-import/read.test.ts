import { describe, expect, it } from 'vitest';
import { importHsds } from '.';
import { Refusal } from './check';
import { assembleDataPackage } from './data-package';
import { parseJson, utf8Length } from './json';
import { asFileMap, readInput } from './read';
import { imported, lunchOffer, lunchTable, packageFiles, refused } from './test-records';

describe('importHsds reads every form HSDS publishes', () => {
	it('reads one service with its nested objects into an offer', () => {
		const result = imported(lunchTable());
		expect(result.offers).toEqual([lunchOffer]);
		expect(result.read).toBe(1);
		expect(result.repaired).toEqual([]);
		expect(result.rejected).toEqual([]);
	});

	it('reads JSON text the same as parsed JSON', () => {
		expect(imported(JSON.stringify(lunchTable())).offers).toEqual([lunchOffer]);
	});

	it('reads a list page of the HSDS API', () => {
		const second = lunchTable({ id: 'second', name: 'Kaffee-Runde' });
		const page = {
			total_items: 2,
			total_pages: 1,
			page_number: 1,
			size: 2,
			first_page: true,
			last_page: true,
			empty: false,
			contents: [lunchTable(), second]
		};
		const result = imported(page);
		expect(result.read).toBe(2);
		expect(result.offers.map((offer) => offer.name)).toEqual(['Mittags-Tisch', 'Kaffee-Runde']);
	});

	it('reads a plain array of services', () => {
		const result = imported([lunchTable(), lunchTable({ id: 'b', name: 'Bücher-Halle' })]);
		expect(result.offers).toHaveLength(2);
	});

	it('reads an empty list page as no offers', () => {
		const result = imported({ total_items: 0, empty: true, contents: [] });
		expect(result).toMatchObject({ ok: true, offers: [], read: 0, rejected: [] });
	});

	it('reads the tabular data package, joined by its id columns', () => {
		const result = imported(packageFiles());
		expect(result.read).toBe(3);
		const [lunch, help, dance] = result.offers;
		expect(result.offers).toHaveLength(3);
		// An unknown category goes through the table from words to categories, never away.
		expect(dance?.category).toBe('kultur');
		expect(lunch).toEqual({
			id: '5e000000-0000-4000-8000-000000000001',
			name: 'Mittags-Tisch',
			description: 'Hier essen Sie zu Mittag.\nDas Essen ist warm.',
			category: 'essen',
			keywords: [],
			organization: {
				id: '0a000000-0000-4000-8000-000000000001',
				name: 'Nachbarschafts-Treff Lindenhof e. V.'
			},
			forWhom: 'Für alle im Quartier.',
			phone: '040 123 45 67',
			email: 'treff@lindenhof.example',
			url: 'https://treff.lindenhof.example',
			address: {
				street: 'Lindenplatz 4',
				postalCode: '22769',
				city: 'Hamburg',
				district: 'Lindenhof'
			},
			latitude: 53.5612,
			longitude: 9.9321,
			transport: 'Bus 15, Halte-Stelle Lindenplatz',
			schedules: [
				{
					id: '5c000000-0000-4000-8000-000000000001',
					freq: 'WEEKLY',
					interval: 1,
					byday: 'MO,TU,WE,TH,FR',
					description: 'Montag bis Freitag',
					opens_at: '12:00',
					closes_at: '14:00'
				}
			],
			costs: [
				{
					option: 'für Menschen mit wenig Geld oder kleiner Rente',
					amount: 3,
					currency: 'EUR',
					amountDescription: 'pro Essen'
				},
				{ option: 'für alle anderen', amount: 4, currency: 'EUR', amountDescription: 'pro Essen' }
			],
			terms: ['ohne-anmeldung', 'rollstuhl'],
			languages: ['de', 'tr'],
			checkedOn: '2026-11-20',
			status: 'active'
		});
		expect(help).toMatchObject({
			name: 'Nachbarschafts-Hilfe',
			category: 'nachbarschaftshilfe',
			description:
				'Mitglieder helfen und bekommen Hilfe: Haushalt, Einkauf, Garten, Fahr-Dienst.\r\nSie sagen: "Ich brauche Hilfe."',
			phone: '040 765 43 21',
			terms: ['nur-mitglieder', 'gebaerdensprache'],
			languages: ['gsg'],
			// 23:30 UTC on 19 November is already 20 November in Hamburg.
			checkedOn: '2026-11-20',
			costs: [
				{ option: 'Mitglieds-Beitrag', amount: 2, currency: 'EUR', amountDescription: 'im Monat' }
			]
		});
		expect(help?.schedules).toEqual([
			{
				id: '5c000000-0000-4000-8000-000000000002',
				freq: 'MONTHLY',
				byday: '1SA',
				description: 'jeden 1. Samstag',
				opens_at: '10:00',
				closes_at: '12:00'
			}
		]);
	});

	it('reports what it fixed and left out of the data package', () => {
		const result = imported(packageFiles());
		expect(result.repaired).toEqual([
			{
				id: '5e000000-0000-4000-8000-000000000002',
				name: 'Nachbarschafts-Hilfe',
				reason: 'Die Öffnungszeit 25:00 ist ungültig – Zeitplan weggelassen.'
			},
			{
				id: '5e000000-0000-4000-8000-000000000003',
				name: 'Tanz-Abend',
				reason: 'Der Bereich „tanzen“ ist unbekannt. Das Angebot steht jetzt unter „kultur“.'
			}
		]);
		expect(result.rejected).toEqual([
			{
				id: '5c000000-0000-4000-8000-000000000004',
				reason: 'Zeitplan gehört zu keinem Angebot (unbekannte Kennung) – weggelassen.'
			}
		]);
	});

	it('reads a data package given as a Map, without datapackage.json', () => {
		const files = new Map(Object.entries(packageFiles()));
		files.delete('datapackage.json');
		expect(imported(files).offers).toHaveLength(3);
	});

	it('finds tables under the paths that datapackage.json names', () => {
		const files = {
			'datapackage.json': JSON.stringify({
				resources: [{ name: 'service', path: 'data/angebote.csv' }]
			}),
			'data/angebote.csv': 'id,name,status,description\nx1,Lauf-Treff,active,Wir gehen zusammen.\n',
			'attributes.csv': 'id,link_id,taxonomy_term_id,link_entity\na1,x1,t1,service\n',
			'taxonomy_terms.csv':
				'id,code,name,description,taxonomy\nt1,sport,Sport,Bereich,nahbei-category\n'
		};
		expect(imported(files).offers).toMatchObject([
			{ id: 'x1', name: 'Lauf-Treff', category: 'sport' }
		]);
	});
});

describe('importHsds refuses hostile or broken input as a whole', () => {
	it('refuses text that is not JSON', () => {
		expect(refused(importHsds('{"id": "x", "name": '))).toMatchObject({ error: 'not-json' });
		expect(refused(importHsds('<html>Angebote</html>'))).toMatchObject({ error: 'not-json' });
	});

	it('refuses JSON of the wrong shape', () => {
		for (const input of [
			'42',
			'"Mittags-Tisch"',
			'null',
			'{"contents": 5}',
			'{"foo": 1}',
			'true'
		]) {
			expect(refused(importHsds(input))).toMatchObject({ error: 'wrong-shape' });
		}
		expect(refused(importHsds(new Date()))).toMatchObject({ error: 'wrong-shape' });
		expect(refused(importHsds(undefined))).toMatchObject({ error: 'wrong-shape' });
	});

	it('refuses input larger than 50 MB', () => {
		const huge = JSON.stringify({
			contents: [lunchTable({ description: 'x'.repeat(52_500_000) })]
		});
		expect(refused(importHsds(huge))).toMatchObject({ error: 'too-large' });
		const parsed = { contents: [lunchTable({ description: 'ü'.repeat(52_500_000) })] };
		expect(refused(importHsds(parsed))).toMatchObject({ error: 'too-large' });
	}, 60_000);

	it('refuses more than 20,000 services', () => {
		const many = Array.from({ length: 20_001 }, (_, index) => ({ id: String(index), name: 'A' }));
		expect(refused(importHsds({ contents: many }))).toMatchObject({ error: 'too-many-records' });
	});

	it('refuses __proto__, constructor and prototype keys anywhere, without polluting objects', () => {
		const hostile = [
			'{"__proto__": {"polluted": true}, "id": "x", "name": "y"}',
			JSON.stringify({
				contents: [lunchTable({ organization: { constructor: { prototype: 1 } } })]
			}),
			'[{"id": "x", "name": "y", "attributes": [{"taxonomy_term": {"__proto__": {"polluted": 1}}}]}]'
		];
		for (const input of hostile) {
			const result = refused(importHsds(input));
			expect(result.error).toBe('forbidden-key');
			expect(result.message).toMatch(/aus Sicherheits-Gründen nicht erlaubt/);
		}
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('refuses input nested too deeply', () => {
		const deep = '['.repeat(100) + ']'.repeat(100);
		expect(refused(importHsds(deep))).toMatchObject({ error: 'too-deep' });
		const veryDeep = '['.repeat(200_000) + ']'.repeat(200_000);
		expect(refused(importHsds(veryDeep)).error).toMatch(/too-deep|too-large/);
	});

	it('keeps script in texts as plain text, never as markup', () => {
		const script = '<script>alert("hallo")</script><img src=x onerror=alert(1)>';
		const result = imported(lunchTable({ name: script, description: script }));
		expect(result.offers[0]?.name).toBe(script);
		expect(result.offers[0]?.description).toBe(script);
	});

	it('refuses a data package with a broken CSV table', () => {
		const files = {
			...packageFiles(),
			'schedules.csv': 'id,service_id,description\n1,2,"nicht zu'
		};
		const result = refused(importHsds(files));
		expect(result).toMatchObject({ error: 'csv-invalid' });
		expect(result.message).toBe(
			'Die Tabelle „schedules.csv“ ist in Zeile 2 fehlerhaft: Ein Anführungs-Zeichen wird nicht geschlossen. Es wurde nichts übernommen.'
		);
	});

	it('refuses a data package without its services table', () => {
		const files = packageFiles();
		delete files['services.csv'];
		expect(refused(importHsds(files))).toMatchObject({ error: 'missing-file' });
	});

	it('refuses forbidden column and file names in a data package', () => {
		const columns = { 'services.csv': 'id,name,__proto__\nx,y,z\n' };
		expect(refused(importHsds(columns))).toMatchObject({ error: 'forbidden-key' });
		const files = new Map([
			['services.csv', 'id,name\nx,y\n'],
			['constructor', 'x']
		]);
		expect(refused(importHsds(files))).toMatchObject({ error: 'forbidden-key' });
	});

	it('refuses a datapackage.json that is not JSON or names no tables', () => {
		const broken = { ...packageFiles(), 'datapackage.json': '{ "resources": [' };
		expect(refused(importHsds(broken))).toMatchObject({ error: 'not-json' });
		const empty = { ...packageFiles(), 'datapackage.json': '{"name": "x"}' };
		expect(refused(importHsds(empty))).toMatchObject({ error: 'wrong-shape' });
	});

	it('refuses a data package larger than 50 MB', () => {
		const files = { ...packageFiles(), 'phones.csv': 'id,number\n' + '1,040\n'.repeat(9_000_000) };
		expect(refused(importHsds(files))).toMatchObject({ error: 'too-large' });
	}, 60_000);
});

describe('the read stage on its own', () => {
	it('gives the services of every JSON form, still unchecked', () => {
		const service = { id: 'a', name: 'A' };
		expect(readInput(service)).toEqual({ services: [service], orphans: [] });
		expect(readInput([service, 3])).toEqual({ services: [service, 3], orphans: [] });
		expect(readInput(JSON.stringify({ contents: [service] })).services).toEqual([service]);
	});

	it('throws a refusal for input that is no HSDS form', () => {
		expect(() => readInput(42)).toThrow(Refusal);
		expect(() => readInput('{')).toThrow(Refusal);
	});

	it('takes a map of files as a data package only when it has one', () => {
		expect(asFileMap({ id: 'a' })).toBeNull();
		expect(asFileMap('services.csv')).toBeNull();
		expect(asFileMap({ 'services.csv': 'id,name' })?.get('services.csv')).toBe('id,name');
	});

	it('joins the tables of a data package and lists rows of no service', () => {
		const { services, orphans } = assembleDataPackage(
			new Map([
				['services.csv', 'id,name\ns1,Mittags-Tisch\n'],
				['phones.csv', 'id,service_id,number\np1,s1,040 1\np2,s9,040 2\n']
			])
		);
		expect(services).toEqual([
			{ id: 's1', name: 'Mittags-Tisch', phones: [{ id: 'p1', service_id: 's1', number: '040 1' }] }
		]);
		expect(orphans).toEqual([
			{
				id: 'p2',
				reason: 'Telefon-Nummer gehört zu keinem Angebot (unbekannte Kennung) – weggelassen.'
			}
		]);
	});

	it('parses JSON text and counts UTF-8 bytes where it matters', () => {
		expect(parseJson('{"a":[1]}')).toEqual({ a: [1] });
		expect(() => parseJson('{"__proto__":1}')).toThrow(Refusal);
		expect(utf8Length('äöü')).toBe(3);
	});
});

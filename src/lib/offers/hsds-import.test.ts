import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importHsds, type ImportResult } from './hsds-import';
import { offerCategories, type Offer } from './offer';

const FIXTURES = join(process.cwd(), 'tests/fixtures/hsds');
const NOVEMBER = { year: 2026, month: 11, day: 20 };
const JULY = { year: 2026, month: 7, day: 15 };

function packageFiles(): Record<string, string> {
	const files: Record<string, string> = {};
	for (const name of readdirSync(FIXTURES)) {
		if (name.endsWith('.csv') || name === 'datapackage.json') {
			files[name] = readFileSync(join(FIXTURES, name), 'utf8');
		}
	}
	return files;
}

function term(taxonomy: string, code: string, value?: string) {
	return {
		id: `term-${code}`,
		taxonomy_term: { id: `t-${code}`, code, name: code, description: code, taxonomy },
		...(value === undefined ? {} : { value })
	};
}

/** A complete HSDS service for the lunch table, as another directory might publish it. */
function lunchTable(overrides: Record<string, unknown> = {}): Record<string, unknown> {
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

const lunchOffer: Offer = {
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

function imported(input: unknown, options = { referenceDate: NOVEMBER }) {
	const result = importHsds(input, options);
	if (!result.ok) throw new Error(`import refused: ${result.error}: ${result.message}`);
	return result;
}

function refused(result: ImportResult) {
	if (result.ok) throw new Error('import was expected to be refused');
	// Nothing partial: a refusal carries no offers at all.
	expect(Object.keys(result).sort()).toEqual(['error', 'message', 'ok']);
	return result;
}

function withSchedule(schedule: Record<string, unknown>) {
	return lunchTable({ schedules: [{ id: 'x', freq: 'WEEKLY', byday: 'WE', ...schedule }] });
}

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
		const [lunch, help] = result.offers;
		expect(result.offers).toHaveLength(2);
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
			}
		]);
		expect(result.rejected).toEqual([
			{
				id: '5c000000-0000-4000-8000-000000000004',
				reason: 'Zeitplan gehört zu keinem Angebot (unbekannte Kennung) – weggelassen.'
			},
			{
				id: '5e000000-0000-4000-8000-000000000003',
				name: 'Tanz-Abend',
				reason: 'Angebot weggelassen: Der Bereich „tanzen“ ist unbekannt.'
			}
		]);
	});

	it('reads a data package given as a Map, without datapackage.json', () => {
		const files = new Map(Object.entries(packageFiles()));
		files.delete('datapackage.json');
		expect(imported(files).offers).toHaveLength(2);
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

describe('importHsds maps our vocabulary', () => {
	it('takes the category from an attribute whose term code is nahbei-category', () => {
		const service = lunchTable({
			attributes: [term('irgendeine', 'nahbei-category', 'beratung')]
		});
		expect(imported(service).offers[0]?.category).toBe('beratung');
	});

	it('adds Gebärden-Sprache when German Sign Language is spoken', () => {
		const service = lunchTable({ languages: [{ id: 'x', code: 'gsg' }] });
		const offer = imported(service).offers[0];
		expect(offer?.languages).toEqual(['gsg']);
		expect(offer?.terms).toContain('gebaerdensprache');
	});

	it('marks the Quartier contact point and reads the note on times', () => {
		const service = lunchTable({
			attributes: [
				term('nahbei-category', 'treffpunkt'),
				term('nahbei', 'eine-nummer'),
				term('nahbei', 'zeiten-hinweis', 'In den Ferien nur dienstags.')
			]
		});
		expect(imported(service).offers[0]).toMatchObject({
			category: 'treffpunkt',
			isContactPoint: true,
			scheduleNote: 'In den Ferien nur dienstags.'
		});
	});

	it('maps temporarily closed to inactive', () => {
		const offer = imported(lunchTable({ status: 'temporarily closed' })).offers[0];
		expect(offer?.status).toBe('inactive');
	});

	it('uses the description of fees when there are no cost options', () => {
		const service = lunchTable({ cost_options: [], fees_description: 'Spende erwünscht' });
		expect(imported(service).offers[0]?.costs).toEqual([{ option: 'Spende erwünscht' }]);
	});

	it('takes the checked date from last_modified when assured_date is missing', () => {
		const service = lunchTable({ assured_date: null, last_modified: '2026-03-28T23:15:00.000Z' });
		expect(imported(service).offers[0]?.checkedOn).toBe('2026-03-29');
	});
});

describe('importHsds copies schedules as local times', () => {
	const timesOf = (service: unknown, referenceDate = NOVEMBER) => {
		const schedule = imported(service, { referenceDate }).offers[0]?.schedules[0];
		return [schedule?.opens_at, schedule?.closes_at];
	};

	it('keeps times without offset as they are, seconds too', () => {
		expect(timesOf(withSchedule({ opens_at: '09:30:00', closes_at: '24:00' }))).toEqual([
			'09:30:00',
			'24:00'
		]);
	});

	it('reads Berlin offsets in winter and summer as the wall time written', () => {
		expect(timesOf(withSchedule({ opens_at: '12:00+01:00', closes_at: '14:00+02:00' }))).toEqual([
			'12:00',
			'14:00'
		]);
	});

	it('turns UTC times into Berlin time of the reference date', () => {
		const service = withSchedule({ opens_at: '10:00Z', closes_at: '12:30Z' });
		expect(timesOf(service, NOVEMBER)).toEqual(['11:00', '13:30']);
		expect(timesOf(service, JULY)).toEqual(['12:00', '14:30']);
	});

	it('uses the schedule’s own start date for the offset, when it has one', () => {
		const service = withSchedule({
			dtstart: '2026-07-01',
			opens_at: '08:00-04:00',
			closes_at: '09:00-04:00'
		});
		expect(timesOf(service, NOVEMBER)).toEqual(['14:00', '15:00']);
	});

	it('keeps closures and notes without times', () => {
		const service = lunchTable({
			schedules: [
				{ id: 'a', freq: 'WEEKLY', byday: 'MO', opens_at: '12:00', closes_at: '14:00' },
				{
					id: 'b',
					valid_from: '2026-12-24',
					valid_to: '2027-01-01',
					description: 'geschlossen: Ferien'
				},
				{ id: 'c', description: 'Termine nach Absprache' }
			]
		});
		expect(imported(service).offers[0]?.schedules.map((schedule) => schedule.id)).toEqual([
			'a',
			'b',
			'c'
		]);
	});

	it('reads a schedule repeated on the service and its location once', () => {
		const schedule = {
			id: 'same',
			freq: 'WEEKLY',
			byday: 'FR',
			opens_at: '15:00',
			closes_at: '17:00'
		};
		const service = lunchTable({ schedules: [schedule] });
		const link = (service.service_at_locations as Record<string, unknown>[])[0]!;
		link.schedules = [schedule];
		expect(imported(service).offers[0]?.schedules).toHaveLength(1);
	});
});

describe('importHsds repairs broken parts and says so', () => {
	function repairsOf(service: unknown) {
		const result = imported(service);
		expect(result.offers).toHaveLength(1);
		return result.repaired.map((repair) => repair.reason);
	}

	it('leaves out a schedule with the time 25:00', () => {
		const result = imported(withSchedule({ opens_at: '25:00', closes_at: '26:00' }));
		expect(result.offers[0]?.schedules).toEqual([]);
		expect(result.repaired).toEqual([
			{
				id: lunchOffer.id,
				name: 'Mittags-Tisch',
				reason: 'Die Öffnungszeit 25:00 ist ungültig – Zeitplan weggelassen.'
			}
		]);
	});

	it('leaves out schedules it cannot read', () => {
		expect(repairsOf(withSchedule({ opens_at: '12:00' }))).toEqual([
			'Der Zeitplan hat nur eine Anfangs- oder nur eine End-Zeit – Zeitplan weggelassen.'
		]);
		expect(repairsOf(withSchedule({ byday: 'XY', opens_at: '12:00', closes_at: '13:00' }))).toEqual(
			['Der Zeitplan ist nicht lesbar (Tage, Daten oder Abstand) – Zeitplan weggelassen.']
		);
		expect(
			repairsOf(withSchedule({ freq: 'DAILY', opens_at: '12:00', closes_at: '13:00' }))
		).toEqual(['Zeitplan weggelassen: „freq“ hat den unbekannten Wert „DAILY“.']);
		expect(repairsOf(withSchedule({ count: 3, opens_at: '12:00', closes_at: '13:00' }))[0]).toMatch(
			/nutzt „count“/
		);
	});

	it('leaves out links that are not web links', () => {
		const result = imported(lunchTable({ url: 'javascript:alert(1)' }));
		expect(result.offers[0]?.url).toBeUndefined();
		expect(result.repaired[0]?.reason).toBe(
			'Die Internet-Adresse „javascript:alert(1)“ ist nicht erlaubt – weggelassen.'
		);
	});

	it('leaves out bad prices, e-mail addresses and languages', () => {
		const service = lunchTable({
			email: 'kein-at-zeichen',
			cost_options: [
				{ id: 'c1', option: 'Essen', amount: -3, currency: 'EUR' },
				{ id: 'c2', option: 'Kaffee', amount: 1, currency: 'Euro' }
			],
			languages: [{ id: 'x', name: 'Türkisch' }]
		});
		const result = imported(service);
		expect(result.offers[0]?.costs).toEqual([{ option: 'Kaffee', amount: 1 }]);
		expect(result.offers[0]?.email).toBeUndefined();
		expect(result.offers[0]?.languages).toEqual([]);
		expect(result.repaired.map((repair) => repair.reason)).toEqual([
			'Die Sprache „Türkisch“ hat keinen Sprach-Code – weggelassen.',
			'Der Preis -3 ist ungültig – Preis weggelassen.',
			'Die Währung „EURO“ ist kein Währungs-Code – Währung weggelassen.',
			'Die E-Mail-Adresse „kein-at-zeichen“ ist ungültig – weggelassen.'
		]);
	});

	it('says when the status or description is missing', () => {
		const service = lunchTable({ status: undefined, description: undefined });
		const result = imported(service);
		expect(result.offers[0]).toMatchObject({ status: 'active', description: '' });
		expect(result.repaired.map((repair) => repair.reason)).toEqual([
			'Die Beschreibung fehlt. Bitte ergänzen Sie sie.',
			'Der Status fehlt. Das Angebot wurde als aktiv übernommen.'
		]);
	});

	it('takes only the first of several locations, and says so', () => {
		const service = lunchTable();
		const links = service.service_at_locations as unknown[];
		service.service_at_locations = [
			...links,
			{ id: 'sal2', location: { id: 'l2', location_type: 'physical' } }
		];
		expect(repairsOf(service)).toEqual([
			'Das Angebot hat 2 Orte. Nur der erste Ort wurde übernommen.'
		]);
	});

	it('leaves out unknown terms of our taxonomy and broken attributes', () => {
		const service = lunchTable({
			attributes: [term('nahbei-category', 'essen'), term('nahbei', 'fahrstuhl'), { id: 5 }]
		});
		expect(repairsOf(service)).toEqual([
			'Merkmal weggelassen: „id“ muss ein Text sein.',
			'Das Merkmal „fahrstuhl“ ist unbekannt – weggelassen.'
		]);
	});

	it('puts the service name in place of a missing organization, and says so', () => {
		const result = imported(lunchTable({ organization: undefined, organization_id: 'org-7' }));
		expect(result.offers[0]?.organization).toEqual({ id: 'org-7', name: 'Mittags-Tisch' });
		expect(result.repaired[0]?.reason).toBe(
			'Der Träger fehlt oder ist unvollständig. Als Träger steht jetzt der Name des Angebots.'
		);
	});

	it('writes interval as a number and bymonthday as text, whichever HSDS version sent them', () => {
		const service = lunchTable({
			schedules: [
				{
					id: 'm',
					freq: 'MONTHLY',
					interval: '1',
					bymonthday: 15,
					opens_at: '10:00',
					closes_at: '11:00'
				}
			]
		});
		expect(imported(service).offers[0]?.schedules[0]).toMatchObject({
			interval: 1,
			bymonthday: '15'
		});
	});

	it('leaves out coordinates out of range and an incomplete address', () => {
		const service = lunchTable();
		const link = (service.service_at_locations as Record<string, Record<string, unknown>>[])[0]!;
		link.location = {
			id: 'l',
			latitude: 153,
			longitude: 9.9,
			addresses: [{ id: 'a', city: 'Hamburg' }]
		};
		const result = imported(service);
		expect(result.offers[0]?.latitude).toBeUndefined();
		expect(result.offers[0]?.address).toBeUndefined();
		expect(result.repaired.map((repair) => repair.reason)).toEqual([
			'Die Adresse ist unvollständig (Straße, Post-Leitzahl oder Ort fehlt) – weggelassen.',
			'Die Koordinaten sind unvollständig oder ungültig – weggelassen.'
		]);
	});
});

describe('importHsds rejects records that cannot become offers', () => {
	it('rejects a service without a name or with wrong types, and keeps the others', () => {
		const result = imported([
			lunchTable({ name: undefined }),
			lunchTable({ id: 'b', latitude: 'nah', name: 7 }),
			lunchTable({ id: 'c' })
		]);
		expect(result.offers.map((offer) => offer.id)).toEqual(['c']);
		expect(result.rejected).toEqual([
			{ id: lunchOffer.id, reason: 'Angebot weggelassen: „name“ fehlt.' },
			{ id: 'b', reason: 'Angebot weggelassen: „name“ muss ein Text sein.' }
		]);
	});

	it('rejects services without a known category', () => {
		const result = imported(lunchTable({ attributes: [] }));
		expect(result.rejected[0]?.reason).toBe(
			'Angebot weggelassen: Der Bereich fehlt (ein Merkmal der Taxonomie „nahbei-category“).'
		);
	});

	it('rejects defunct services, unknown status values and repeated ids', () => {
		const result = imported([
			lunchTable({ status: 'defunct' }),
			lunchTable({ id: 'b', status: 'open' }),
			lunchTable({ id: 'c' }),
			lunchTable({ id: 'c', name: 'Doppelt' })
		]);
		expect(result.offers.map((offer) => offer.id)).toEqual(['c']);
		expect(result.rejected.map((entry) => entry.reason)).toEqual([
			'Angebot weggelassen: Es gibt das Angebot nicht mehr (Status „defunct“).',
			'Angebot weggelassen: „status“ hat den unbekannten Wert „open“.',
			'Diese Kennung kommt doppelt vor – der zweite Eintrag wurde weggelassen.'
		]);
	});

	it('rejects a description longer than an offer may be', () => {
		const result = imported(lunchTable({ description: 'Sehr lang. '.repeat(400) }));
		expect(result.rejected[0]?.reason).toBe(
			'Angebot weggelassen: „description“ ist zu lang (höchstens 3000 Zeichen).'
		);
	});

	it('rejects entries of a list that are no objects', () => {
		const result = imported([42, 'Mittags-Tisch', null, lunchTable()]);
		expect(result.read).toBe(4);
		expect(result.offers).toHaveLength(1);
		expect(result.rejected).toHaveLength(3);
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

	it('refuses input larger than 10 MB', () => {
		const huge = JSON.stringify({
			contents: [lunchTable({ description: 'x'.repeat(10_500_000) })]
		});
		expect(refused(importHsds(huge))).toMatchObject({ error: 'too-large' });
		const parsed = { contents: [lunchTable({ description: 'ü'.repeat(10_500_000) })] };
		expect(refused(importHsds(parsed))).toMatchObject({ error: 'too-large' });
	});

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

	it('refuses a data package larger than 10 MB', () => {
		const files = { ...packageFiles(), 'phones.csv': 'id,number\n' + '1,040\n'.repeat(2_000_000) };
		expect(refused(importHsds(files))).toMatchObject({ error: 'too-large' });
	});
});

describe('the demo catalogue static/data/angebote.json', () => {
	const text = readFileSync(join(process.cwd(), 'static/data/angebote.json'), 'utf8');
	const catalogue = JSON.parse(text) as { nahbei?: { stand: string; quartier: string } };
	const result = imported(text);

	it('imports at least 40 offers without rejecting or repairing any', () => {
		expect(result.offers.length).toBeGreaterThanOrEqual(40);
		expect(result.read).toBe(result.offers.length);
		expect(result.rejected).toEqual([]);
		expect(result.repaired).toEqual([]);
	});

	it('uses every category', () => {
		const used = new Set(result.offers.map((offer) => offer.category));
		expect([...used].sort()).toEqual([...offerCategories].sort());
	});

	it('has the lunch table with its prices of 3 and 4 Euro', () => {
		const lunch = result.offers.find((offer) => offer.name === 'Mittags-Tisch');
		expect(lunch?.costs).toEqual([
			expect.objectContaining({
				option: 'für Menschen mit wenig Geld oder kleiner Rente',
				amount: 3,
				currency: 'EUR'
			}),
			expect.objectContaining({ option: 'für alle anderen', amount: 4, currency: 'EUR' })
		]);
	});

	it('has one contact point, a 24-hour offer and an offer without schedules', () => {
		expect(result.offers.filter((offer) => offer.isContactPoint)).toHaveLength(1);
		const allDay = result.offers.filter((offer) =>
			offer.schedules.some(
				(schedule) => schedule.opens_at === '00:00' && schedule.closes_at === '24:00'
			)
		);
		expect(allDay.length).toBeGreaterThanOrEqual(1);
		expect(result.offers.some((offer) => offer.schedules.length === 0)).toBe(true);
	});

	it('has offers in Turkish, Arabic, Ukrainian, English and German Sign Language', () => {
		const spoken = new Set(result.offers.flatMap((offer) => offer.languages));
		for (const code of ['de', 'tr', 'ar', 'uk', 'en', 'gsg']) expect(spoken).toContain(code);
	});

	it('says when it was checked and for which Quartier', () => {
		expect(catalogue.nahbei).toEqual({ stand: '2026-11-20', quartier: 'Lindenhof' });
		for (const offer of result.offers) expect(offer.checkedOn! <= '2026-11-20').toBe(true);
	});
});

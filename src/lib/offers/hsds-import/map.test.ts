import { describe, expect, it } from 'vitest';
import { checkerFor } from './check';
import { mapService } from './map';
import { localTime, readSchedules } from './schedules';
import {
	imported,
	JULY,
	lunchOffer,
	lunchTable,
	NOVEMBER,
	term,
	withSchedule
} from './test-records';

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

	it('refuses code in a phone field and takes the next real number', () => {
		const result = imported(
			lunchTable({
				phones: [{ number: 'javascript:alert(13)' }, { number: '"040 123 45 67"' }]
			})
		);
		expect(result.offers[0]?.phone).toBe('040 123 45 67');
		expect(result.repaired.map((entry) => entry.reason)).toContain(
			'Die Telefon-Nummer „javascript:alert(13)“ ist keine Telefon-Nummer (nur Ziffern, Leerzeichen, + - / ( ) sind erlaubt) – weggelassen.'
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

describe('the map stage on its own', () => {
	const context = { zone: 'Europe/Berlin', referenceDate: NOVEMBER };

	it('maps one service to an offer with its notes', () => {
		const mapped = mapService(lunchTable({ status: undefined }), context);
		expect(mapped).toEqual({
			offer: lunchOffer,
			notes: ['Der Status fehlt. Das Angebot wurde als aktiv übernommen.'],
			source: JSON.parse(JSON.stringify(lunchTable({ status: undefined })))
		});
	});

	it('says why a service cannot become an offer', () => {
		expect(mapService('Mittags-Tisch', context)).toEqual({
			reason: 'Der Eintrag ist kein Angebot (kein Objekt) – weggelassen.'
		});
		expect(mapService(lunchTable({ status: 'defunct' }), context)).toEqual({
			id: lunchOffer.id,
			name: lunchOffer.name,
			reason: 'Angebot weggelassen: Es gibt das Angebot nicht mehr (Status „defunct“).'
		});
	});

	it('turns times into Berlin wall time, keeping times in Berlin offsets as written', () => {
		expect(localTime('09:30', NOVEMBER, 'Europe/Berlin')).toBe('09:30');
		expect(localTime('09:30+02:00', NOVEMBER, 'Europe/Berlin')).toBe('09:30');
		expect(localTime('09:30Z', NOVEMBER, 'Europe/Berlin')).toBe('10:30');
		expect(localTime('09:30Z', JULY, 'Europe/Berlin')).toBe('11:30');
		expect(localTime('25:00', NOVEMBER, 'Europe/Berlin')).toBeNull();
	});

	it('reads a schedule id once and notes a schedule it cannot read', () => {
		const notes: string[] = [];
		const weekly = {
			id: 's',
			freq: 'WEEKLY' as const,
			byday: 'MO',
			opens_at: '10:00',
			closes_at: '12:00'
		};
		const schedules = readSchedules(
			[weekly, weekly, { freq: 'WEEKLY', count: 3 }],
			context,
			checkerFor(notes)
		);
		expect(schedules).toEqual([weekly]);
		expect(notes).toEqual([
			'Der Zeitplan nutzt „count“. Das kann nahbei nicht lesen – Zeitplan weggelassen.'
		]);
	});
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCatalogueFile } from './catalogue-file';
import {
	byDistance,
	distanceMetres,
	distanceWords,
	findPlace,
	placeTable,
	quartierCentre
} from './nearby';
import type { Offer } from './offer';

const file = readCatalogueFile(JSON.parse(readFileSync('static/data/angebote.json', 'utf8')));
if (!file.ok) throw new Error(file.message);
const offers = file.offers;

describe('distances', () => {
	it('measures the distance between two places on the earth', () => {
		// Hamburg Rathaus to the Hauptbahnhof: about 1 km as the crow flies.
		const rathaus = { latitude: 53.5503, longitude: 9.9925 };
		const hauptbahnhof = { latitude: 53.553, longitude: 10.0069 };
		expect(distanceMetres(rathaus, hauptbahnhof)).toBeGreaterThan(950);
		expect(distanceMetres(rathaus, hauptbahnhof)).toBeLessThan(1050);
		expect(distanceMetres(rathaus, rathaus)).toBe(0);
	});

	it('says distances as people do, with walking minutes', () => {
		expect(distanceWords(12)).toEqual({ key: 'metres', value: 50, minutes: 1 });
		expect(distanceWords(290)).toEqual({ key: 'metres', value: 300, minutes: 4 });
		expect(distanceWords(740)).toEqual({ key: 'metres', value: 700, minutes: 11 });
		expect(distanceWords(1260)).toEqual({ key: 'kilometres', value: 1.5, minutes: 18 });
		expect(distanceWords(4000)).toEqual({ key: 'kilometres', value: 4, minutes: 57 });
	});
});

describe('places from the catalogue alone', () => {
	const table = placeTable(offers);

	it('knows the postcodes and streets of the catalogue', () => {
		expect([...table.postcodes.keys()].sort()).toEqual(['22767', '22769']);
		expect(table.streets.size).toBeGreaterThan(5);
	});

	it('finds a typed postcode or street, with house number or "Str."', () => {
		const withAddress = offers.find((offer) => offer.address && offer.latitude !== undefined);
		if (!withAddress?.address) throw new Error('no offer with an address');
		expect(findPlace(table, '22769')).not.toBeNull();
		expect(findPlace(table, 'Ich wohne in 22767')).not.toBeNull();
		expect(findPlace(table, '99999')).toBeNull();
		const street = withAddress.address.street;
		const place = findPlace(table, street.toUpperCase());
		expect(place).not.toBeNull();
		expect(
			distanceMetres(place!, { latitude: withAddress.latitude!, longitude: withAddress.longitude! })
		).toBeLessThan(300);
		expect(findPlace(table, 'Xylophonweg 3')).toBeNull();
	});

	it('sorts offers nearest first and puts offers without a place last', () => {
		const centre = quartierCentre(offers);
		if (!centre) throw new Error('no centre');
		const nowhere: Offer = {
			...offers[0]!,
			id: 'nowhere',
			latitude: undefined,
			longitude: undefined
		};
		const sorted = byDistance([nowhere, ...offers], centre);
		const metres = sorted.offers.map((offer) => sorted.metres.get(offer.id) ?? Infinity);
		expect(metres).toEqual([...metres].sort((a, b) => a - b));
		// Offers without a place follow, in the order they came.
		const unplaced = sorted.offers.filter((offer) => !sorted.metres.has(offer.id));
		expect(unplaced[0]?.id).toBe('nowhere');
		expect(sorted.offers.slice(-unplaced.length)).toEqual(unplaced);
		expect(sorted.metres.has('nowhere')).toBe(false);
	});
});

import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { PersonSchema, TieSchema } from '$lib/network/model';
import { OfferSchema } from '$lib/offers/offer';
import { WishSchema } from '$lib/wishes/model';
import { aPerson, anOffer, aTie, aWish } from '../fixtures/builders.js';

describe('fixture builders', () => {
	it('make a valid wish, with single answers filled in and the others empty', () => {
		const wish = aWish({ text: 'Schwimmen', answers: { network: { text: 'Ayşe fährt mich.' } } });
		expect(v.parse(WishSchema, wish)).toEqual(wish);
		expect(wish.answers.network).toEqual({ peopleIds: [], text: 'Ayşe fährt mich.' });
		expect(wish.answers.self).toEqual({ scale: null, text: '' });
	});

	it('keep the fields of a wish in the order of the schema', () => {
		expect(Object.keys(aWish({ answers: {}, step: 8 }))).toEqual(Object.keys(WishSchema.entries));
	});

	it('make a valid person', () => {
		const person = aPerson({ name: 'Ben', area: 'family', closeness: 1 });
		expect(v.parse(PersonSchema, person)).toEqual(person);
	});

	it('make a tie in its one form, the smaller id first', () => {
		const [x, y] = [aPerson(), aPerson()].map((person) => person.id).sort();
		expect(aTie(y!, x!)).toEqual({ a: x, b: y });
		expect(v.is(TieSchema, aTie(x!, y!))).toBe(true);
	});

	it('make a valid offer', () => {
		const offer = anOffer({ name: 'Chor' });
		expect(v.parse(OfferSchema, offer)).toEqual(offer);
	});

	it('give each record its own id', () => {
		expect(aWish().id).not.toBe(aWish().id);
		expect(aPerson().id).not.toBe(aPerson().id);
	});
});

import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { PersonSchema } from '$lib/network/model';
import { WishSchema } from '$lib/wishes/model';
import { ayse, lunch, makeWish } from '../../../tests/fixtures/sharing/share-data';
import { planImport } from './import-plan';
import { buildSharePayload, defaultShareChoice } from './payload';

const swim = makeWish('5b0c6d1e-2f3a-4b4c-8d5e-6f7a8b9c0d1e', 'Ich möchte schwimmen.');
const cook = makeWish('9e8d7c6b-5a4f-4e3d-9c2b-1a0f9e8d7c6b', 'Ich möchte kochen.');
const payload = buildSharePayload(
	{ wishes: [swim, cook], people: [ayse], savedOffers: [lunch] },
	{ ...defaultShareChoice(), offerIds: [lunch.id], personIds: [ayse.id] },
	{ from: '', to: '', purpose: 'take-along' }
);
const now = new Date('2026-11-24T10:00:00.000Z');

describe('planImport', () => {
	it('adds everything to an empty phone as valid records', () => {
		const plan = planImport(payload, { wishes: [], people: [], favouriteIds: [] }, now);
		expect(plan.newWishes.map((wish) => wish.text)).toEqual([swim.text, cook.text]);
		expect(plan.newPeople.map((person) => person.name)).toEqual(['Ayşe Öztürk']);
		expect(plan.newOfferIds).toEqual([lunch.id]);
		expect(plan.changedWishes).toEqual([]);
		for (const wish of plan.newWishes) expect(v.is(WishSchema, wish)).toBe(true);
		for (const person of plan.newPeople) expect(v.is(PersonSchema, person)).toBe(true);
	});

	it('counts items that are on the phone exactly so and adds nothing for them', () => {
		const plan = planImport(
			payload,
			{ wishes: [swim, cook], people: [ayse], favouriteIds: [lunch.id] },
			now
		);
		expect(plan.same).toBe(4);
		expect(plan.newWishes).toEqual([]);
		expect(plan.newOfferIds).toEqual([]);
	});

	it('never overwrites a changed wish by itself: it offers both forms', () => {
		const mine = { ...swim, text: 'Ich möchte im See schwimmen.' };
		const plan = planImport(payload, { wishes: [mine], people: [], favouriteIds: [] }, now);
		expect(plan.changedWishes).toHaveLength(1);
		expect(plan.changedWishes[0]?.existing).toBe(mine);
		expect(plan.changedWishes[0]?.incoming.text).toBe(swim.text);
		// What did not travel (linked people, suggestions) stays as it is on the phone.
		expect(plan.changedWishes[0]?.incoming.suggestions).toEqual(mine.suggestions);
		expect(plan.newWishes.map((wish) => wish.id)).toEqual([cook.id]);
	});

	it('keeps the phone number and note of a person already known', () => {
		const mine = { ...ayse, closeness: 2 as const };
		const plan = planImport(payload, { wishes: [], people: [mine], favouriteIds: [] }, now);
		expect(plan.changedPeople[0]?.incoming).toMatchObject({
			closeness: 1,
			phone: '0170 123',
			note: 'Geheim'
		});
	});
});

/*
 * Import back: a person takes what they saved at the kiosk onto their own phone. New items are
 * added; an item the phone already holds in another form is never overwritten unless the
 * person says so, item by item.
 */
import { emptyWish, stepCount, type Wish } from '$lib/wishes/model';
import type { Person } from '$lib/network/model';
import {
	sharePerson,
	shareWish,
	type SharedPerson,
	type SharedWish,
	type SharePayload
} from './payload';

/** One item that exists on the phone in another form: the person decides. */
export interface ImportConflict<T> {
	incoming: T;
	existing: T;
}

/** What an import would do. */
export interface ImportPlan {
	newWishes: Wish[];
	newPeople: Person[];
	newOfferIds: string[];
	changedWishes: ImportConflict<Wish>[];
	changedPeople: ImportConflict<Person>[];
	/** Items that are on the phone already, exactly so. */
	same: number;
}

/** What is on the phone now. */
export interface ImportExisting {
	wishes: readonly Wish[];
	people: readonly Person[];
	favouriteIds: readonly string[];
}

/**
 * A shared wish as a whole wish, with its linked people and offers, who helped and whether the
 * person confirmed it; fields that did not travel (suggestions, the step) come from `base` or
 * start anew.
 */
export function wishFromShare(shared: SharedWish, base?: Wish): Wish {
	const start = base ?? {
		...emptyWish(),
		id: shared.id,
		step: stepCount,
		createdAt: shared.createdAt,
		updatedAt: shared.updatedAt
	};
	const ids = (people: readonly { id: string }[]) => people.map((person) => person.id);
	const [helper] = shared.helpers;
	// The picture answers are the share's: none in it means none now (or an older share).
	const kept: Wish = { ...start };
	delete kept.pictureAnswers;
	return {
		...kept,
		...(shared.pictureAnswers ? { pictureAnswers: structuredClone(shared.pictureAnswers) } : {}),
		text: shared.text,
		pictogram: shared.pictogram,
		status: shared.status,
		paused: shared.paused,
		answers: {
			self: { scale: shared.answers.self.scale, text: shared.answers.self.text },
			network: {
				text: shared.answers.network.text,
				peopleIds: ids(shared.answers.network.people)
			},
			quartier: {
				text: shared.answers.quartier.text,
				offerIds: [...shared.answers.quartier.offerIds]
			},
			professionals: {
				text: shared.answers.professionals.text,
				peopleIds: ids(shared.answers.professionals.people)
			},
			others: { text: shared.answers.others.text }
		},
		firstStep: { ...shared.firstStep },
		author: helper ? { kind: 'helper', name: helper } : start.author,
		confirmedByMe: shared.confirmed,
		updatedAt: shared.updatedAt
	};
}

/** A shared person as a whole record; fields that did not travel come from `base` or start empty. */
export function personFromShare(shared: SharedPerson, now: string, base?: Person): Person {
	const start: Person = base ?? {
		...shared,
		phone: '',
		note: '',
		deceased: false,
		notHuman: false,
		createdAt: now,
		updatedAt: now
	};
	return { ...start, ...shared, helpsWith: [...shared.helpsWith], updatedAt: now };
}

function sameJson(a: unknown, b: unknown): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

// A wish is the same when its own fields are; the names of the people it links belong to the
// people, which may be missing on the phone.
function sameWish(have: Wish, shared: SharedWish): boolean {
	const ids = (wish: SharedWish) => ({
		...wish,
		answers: {
			...wish.answers,
			network: { ...wish.answers.network, people: wish.answers.network.people.map((p) => p.id) },
			professionals: {
				...wish.answers.professionals,
				people: wish.answers.professionals.people.map((p) => p.id)
			}
		}
	});
	const linkedIds = [...have.answers.network.peopleIds, ...have.answers.professionals.peopleIds];
	const own = shareWish(
		have,
		linkedIds.map((id) => ({ id, name: id }))
	);
	return sameJson(ids(own), ids(shared));
}

/** Sorts a share's items into new, the same, and changed (which need the person's answer). */
export function planImport(
	payload: SharePayload,
	existing: ImportExisting,
	now: Date = new Date()
): ImportPlan {
	const stamp = now.toISOString();
	const wishes = new Map(existing.wishes.map((wish) => [wish.id, wish]));
	const people = new Map(existing.people.map((person) => [person.id, person]));
	const favourites = new Set(existing.favouriteIds);
	const plan: ImportPlan = {
		newWishes: [],
		newPeople: [],
		newOfferIds: [],
		changedWishes: [],
		changedPeople: [],
		same: 0
	};
	for (const shared of payload.wishes) {
		const have = wishes.get(shared.id);
		if (!have) plan.newWishes.push(wishFromShare(shared));
		else if (sameWish(have, shared)) plan.same++;
		else plan.changedWishes.push({ incoming: wishFromShare(shared, have), existing: have });
	}
	for (const shared of payload.people) {
		const have = people.get(shared.id);
		if (!have) plan.newPeople.push(personFromShare(shared, stamp));
		else if (sameJson(sharePerson(have), shared)) plan.same++;
		else
			plan.changedPeople.push({ incoming: personFromShare(shared, stamp, have), existing: have });
	}
	for (const offer of payload.offers) {
		if (favourites.has(offer.id)) plan.same++;
		else plan.newOfferIds.push(offer.id);
	}
	return plan;
}

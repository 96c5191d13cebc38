/*
 * The share payload: exactly what leaves the device when a person shares with their Lotse, or
 * takes things along from the kiosk. Plain data, no Svelte, no storage.
 *
 * Version 2, as an object:
 *   { format: 'nahbei-share', version: 2, purpose: 'lotse' | 'take-along',
 *     from, to, sharedAt, message, wishes: SharedWish[], people: SharedPerson[],
 *     offers: SharedOffer[] }
 * It travels packed (`packSharePayload`): the same values as JSON arrays in a fixed order,
 * without the field names, because a QR code holds little and the names alone would fill half
 * of it. envelope.ts then compresses and encrypts it.
 *   [ 'nahbei-share', 2, purpose, from, to, sharedAt, message, wishes, people, offers ]
 *   wish   [ id, text, pictogram, status, paused, self scale, self text, network text,
 *            quartier text, professionals text, others text, first step, its date,
 *            createdAt, updatedAt, network people [[id, name]…], quartier offer ids,
 *            professionals people [[id, name]…], helpers, confirmed,
 *            picture answers: null, or per question [picture ids, feeling] or null ]
 *   person [ id, name, kind, area, closeness, helpsWith, helpsWithOther, iDoForThem ]
 *   offer  [ id, name, organization, phone, address, email, times ]
 * Version 1 wrote the first 15 fields of a wish and the first 5 of an offer; it still opens.
 * The picture answers came later within version 2: a share without them opens as before, and
 * an older nahbei reading a newer share only leaves them out.
 * Only fields a Lotse needs travel: a wish without its helper suggestions, the people linked in
 * it by name only (their closeness only when the person shares them too), a person without
 * phone or notes, an offer as its name, how to reach it and when it is open. A reader validates
 * everything with the schemas (in lib/db/share-schema.ts) and renders it as text only.
 */
import * as v from 'valibot';
import {
	SHARE_PAYLOAD_VERSION,
	shareFormat,
	shareLimits,
	SharePayloadSchema,
	upgradeSharePayload,
	type LinkedPerson,
	type SharedOffer,
	type SharedPerson,
	type SharedWish,
	type SharePayload,
	type SharePurpose
} from '$lib/db/share-schema';
import type { Person } from '$lib/network/model';
import type { Offer } from '$lib/offers/offer';
import type { Wish } from '$lib/wishes/model';

// The payload's schemas live with what is stored (a Lotse keeps received shares); this module
// builds, packs and reads payloads and gives the schemas to the rest of the app.
export {
	SHARE_PAYLOAD_VERSION,
	shareFormat,
	shareLimits,
	SharedOfferSchema,
	SharedPersonSchema,
	SharedWishSchema,
	SharePayloadSchema,
	sharePurposes,
	type LinkedPerson,
	type SharedOffer,
	type SharedPerson,
	type SharedWish,
	type SharePayload,
	type SharePurpose
} from '$lib/db/share-schema';

/** What the person chose to share. */
export interface ShareChoice {
	/** The ids of the wishes to share, or 'all'. */
	wishIds: readonly string[] | 'all';
	/**
	 * The people of the network to share, one by one. The network is data about other people,
	 * so nobody goes unless the person picks them.
	 */
	personIds: readonly string[];
	/** The saved offers to share, one by one. */
	offerIds: readonly string[];
	message: string;
}

/** Everything on the device a share may draw from. */
export interface ShareSources {
	wishes: readonly Wish[];
	people: readonly Person[];
	/** The saved offers, already looked up in the catalogue. */
	savedOffers: readonly Offer[];
	/** Looks up an offer linked in a wish's plan; missing: only saved offers can go. */
	findOffer?: (id: string) => Offer | undefined;
	/** The opening times of an offer in words; missing: no times travel. */
	describeTimes?: (offer: Offer) => string[];
}

/** Who shares with whom, when and why. */
export interface ShareMeta {
	from: string;
	to: string;
	purpose: SharePurpose;
	now?: Date;
}

/** The choice a share screen starts with: every wish, nobody of the network, no offer. */
export function defaultShareChoice(): ShareChoice {
	return { wishIds: 'all', personIds: [], offerIds: [], message: '' };
}

/**
 * Who helped write a wish: the helper who wrote with the person, then everyone whose idea the
 * person accepted, each name once.
 */
export function helpersOf(wish: Pick<Wish, 'author' | 'suggestions'>): string[] {
	const names = [
		...(wish.author.kind === 'helper' ? [wish.author.name] : []),
		...wish.suggestions.filter((each) => each.state === 'accepted').map((each) => each.by)
	];
	return [...new Set(names)].slice(0, shareLimits.links);
}

type Named = Pick<Person, 'id' | 'name'>;

function linked(ids: readonly string[], people: ReadonlyMap<string, Named>): LinkedPerson[] {
	return ids
		.map((id) => people.get(id))
		.filter((person) => person !== undefined)
		.map((person) => ({ id: person.id, name: person.name }))
		.slice(0, shareLimits.links);
}

/**
 * Only the fields of a wish that a Lotse needs: its plan with the people linked in it by name
 * (`people`: who is on the device) and the ids of its offers, who helped write it, and whether
 * the person confirmed it.
 */
export function shareWish(wish: Wish, people: readonly Named[] = []): SharedWish {
	const { answers } = wish;
	const byId = new Map(people.map((person) => [person.id, person]));
	return {
		id: wish.id,
		text: wish.text,
		pictogram: wish.pictogram,
		status: wish.status,
		paused: wish.paused,
		answers: {
			self: { scale: answers.self.scale, text: answers.self.text },
			network: { text: answers.network.text, people: linked(answers.network.peopleIds, byId) },
			quartier: {
				text: answers.quartier.text,
				offerIds: answers.quartier.offerIds.slice(0, shareLimits.links)
			},
			professionals: {
				text: answers.professionals.text,
				people: linked(answers.professionals.peopleIds, byId)
			},
			others: { text: answers.others.text }
		},
		firstStep: { text: wish.firstStep.text, date: wish.firstStep.date },
		helpers: helpersOf(wish),
		confirmed: wish.confirmedByMe,
		...(wish.pictureAnswers ? { pictureAnswers: structuredClone(wish.pictureAnswers) } : {}),
		createdAt: wish.createdAt,
		updatedAt: wish.updatedAt
	};
}

/** A person of the network without phone number or notes. */
export function sharePerson(person: Person): SharedPerson {
	return {
		id: person.id,
		name: person.name,
		kind: person.kind,
		area: person.area,
		closeness: person.closeness,
		helpsWith: [...person.helpsWith],
		helpsWithOther: person.helpsWithOther,
		iDoForThem: person.iDoForThem
	};
}

/** An offer as its name, how to reach it, and its opening times in words (`times`). */
export function shareOffer(offer: Offer, times: readonly string[] = []): SharedOffer {
	const address = offer.address
		? `${offer.address.street}, ${offer.address.postalCode} ${offer.address.city}`.trim()
		: '';
	return {
		id: offer.id,
		name: offer.name,
		organization: offer.organization.name,
		phone: offer.phone ?? '',
		email: offer.email ?? '',
		address,
		times: times.slice(0, shareLimits.times).map((each) => each.slice(0, 400))
	};
}

/**
 * Builds exactly what will leave the device from what the person chose; validated. The offers
 * are the chosen saved ones and those linked in the chosen wishes, each once.
 */
export function buildSharePayload(
	sources: ShareSources,
	choice: ShareChoice,
	meta: ShareMeta
): SharePayload {
	const chosen =
		choice.wishIds === 'all'
			? sources.wishes
			: sources.wishes.filter((wish) => choice.wishIds.includes(wish.id));
	const wishes = chosen.map((wish) => shareWish(wish, sources.people));
	const offers = new Map<string, Offer>();
	for (const offer of sources.savedOffers) {
		if (choice.offerIds.includes(offer.id)) offers.set(offer.id, offer);
	}
	for (const id of wishes.flatMap((wish) => wish.answers.quartier.offerIds)) {
		const offer = offers.get(id) ?? sources.findOffer?.(id);
		if (offer) offers.set(id, offer);
	}
	const known = new Set(offers.keys());
	for (const wish of wishes) {
		// An offer the catalogue no longer has cannot be shown: its id does not travel either.
		wish.answers.quartier.offerIds = wish.answers.quartier.offerIds.filter((id) => known.has(id));
	}
	return v.parse(SharePayloadSchema, {
		format: shareFormat,
		version: SHARE_PAYLOAD_VERSION,
		purpose: meta.purpose,
		from: meta.from.trim().slice(0, shareLimits.name),
		to: meta.to.trim().slice(0, shareLimits.name),
		sharedAt: (meta.now ?? new Date()).toISOString(),
		message: [...choice.message.trim()].slice(0, shareLimits.message).join(''),
		wishes,
		people: sources.people
			.filter((person) => choice.personIds.includes(person.id))
			.map(sharePerson),
		offers: [...offers.values()].map((offer) =>
			shareOffer(offer, sources.describeTimes?.(offer) ?? [])
		)
	});
}

/**
 * Why data from an opened envelope is not a share this version can show: not a share at all,
 * from a newer nahbei, more items than any real share holds, or a share with broken items
 * (two items with one id, a kind this version does not know, a field of the wrong form).
 */
export type PayloadError = 'not-a-share' | 'future-version' | 'too-many' | 'bad-content';

const pairs = (people: readonly LinkedPerson[]) => people.map((person) => [person.id, person.name]);

// The five questions in the order their picture answers travel.
const pictureQuestions = ['self', 'network', 'quartier', 'professionals', 'others'] as const;

/** Picture answers as they travel: per question [pictures, feeling] or null; none: null. */
function packPictures(answers: SharedWish['pictureAnswers']): unknown {
	if (!answers) return null;
	return pictureQuestions.map((question) => {
		const answer = answers[question];
		return answer ? [answer.pictures, answer.feeling] : null;
	});
}

function unpackPictures(data: unknown): Record<string, unknown> | undefined {
	if (!Array.isArray(data)) return undefined;
	const answers: Record<string, unknown> = {};
	pictureQuestions.forEach((question, index) => {
		const answer: unknown = data[index];
		if (Array.isArray(answer)) answers[question] = { pictures: answer[0], feeling: answer[1] };
	});
	return answers;
}

/** The payload as it travels: arrays in a fixed order instead of named fields. */
export function packSharePayload(payload: SharePayload): unknown[] {
	return [
		payload.format,
		payload.version,
		payload.purpose,
		payload.from,
		payload.to,
		payload.sharedAt,
		payload.message,
		payload.wishes.map((wish) => [
			wish.id,
			wish.text,
			wish.pictogram,
			wish.status,
			wish.paused,
			wish.answers.self.scale,
			wish.answers.self.text,
			wish.answers.network.text,
			wish.answers.quartier.text,
			wish.answers.professionals.text,
			wish.answers.others.text,
			wish.firstStep.text,
			wish.firstStep.date,
			wish.createdAt,
			wish.updatedAt,
			pairs(wish.answers.network.people),
			wish.answers.quartier.offerIds,
			pairs(wish.answers.professionals.people),
			wish.helpers,
			wish.confirmed,
			packPictures(wish.pictureAnswers)
		]),
		payload.people.map((person) => [
			person.id,
			person.name,
			person.kind,
			person.area,
			person.closeness,
			person.helpsWith,
			person.helpsWithOther,
			person.iDoForThem
		]),
		payload.offers.map((offer) => [
			offer.id,
			offer.name,
			offer.organization,
			offer.phone,
			offer.address,
			offer.email,
			offer.times
		])
	];
}

// Turns packed arrays back into named fields; anything else gives a shape the schema refuses.
function unpack(data: unknown[]): Record<string, unknown> {
	// One item past the limit is kept, so the reader can still tell "too many".
	const list = (value: unknown, max: number) =>
		Array.isArray(value) ? value.slice(0, max + 1) : [];
	const rows = (value: unknown, max: number) =>
		list(value, max).map((row) => (Array.isArray(row) ? row : []));
	const linkedPeople = (value: unknown) =>
		rows(value, shareLimits.links).map(([id, name]) => ({ id, name }));
	const [format, version, purpose, from, to, sharedAt, message, wishes, people, offers] = data;
	return {
		format,
		version,
		purpose,
		from,
		to,
		sharedAt,
		message,
		wishes: rows(wishes, shareLimits.wishes).map((w) => ({
			id: w[0],
			text: w[1],
			pictogram: w[2],
			status: w[3],
			paused: w[4],
			answers: {
				self: { scale: w[5], text: w[6] },
				network: { text: w[7], people: linkedPeople(w[15]) },
				quartier: { text: w[8], offerIds: w[16] },
				professionals: { text: w[9], people: linkedPeople(w[17]) },
				others: { text: w[10] }
			},
			firstStep: { text: w[11], date: w[12] },
			helpers: w[18],
			confirmed: w[19],
			pictureAnswers: unpackPictures(w[20]),
			createdAt: w[13],
			updatedAt: w[14]
		})),
		people: rows(people, shareLimits.people).map((p) => ({
			id: p[0],
			name: p[1],
			kind: p[2],
			area: p[3],
			closeness: p[4],
			helpsWith: p[5],
			helpsWithOther: p[6],
			iDoForThem: p[7]
		})),
		offers: rows(offers, shareLimits.offers).map((o) => ({
			id: o[0],
			name: o[1],
			organization: o[2],
			phone: o[3],
			address: o[4],
			email: o[5],
			times: o[6]
		}))
	};
}

/**
 * Reads opened data, packed or with named fields, of this version or version 1, as a share
 * payload; never throws.
 */
export function readSharePayload(
	opened: unknown
): { ok: true; payload: SharePayload } | { ok: false; error: PayloadError } {
	const data = Array.isArray(opened) ? unpack(opened) : opened;
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		return { ok: false, error: 'not-a-share' };
	}
	const record = data as Record<string, unknown>;
	if (record.format !== shareFormat) return { ok: false, error: 'not-a-share' };
	// A newer payload may look different, so its version is read before anything else.
	if (typeof record.version !== 'number') return { ok: false, error: 'not-a-share' };
	if (record.version > SHARE_PAYLOAD_VERSION) return { ok: false, error: 'future-version' };
	if (isOverLimit(record)) return { ok: false, error: 'too-many' };
	const result = v.safeParse(SharePayloadSchema, upgradeSharePayload(record));
	return result.success
		? { ok: true, payload: result.output }
		: { ok: false, error: 'bad-content' };
}

// More items of one kind than the limits allow: a real share never holds so many.
function isOverLimit(record: Record<string, unknown>): boolean {
	const over = (value: unknown, max: number) => Array.isArray(value) && value.length > max;
	return (
		over(record.wishes, shareLimits.wishes) ||
		over(record.people, shareLimits.people) ||
		over(record.offers, shareLimits.offers)
	);
}

/** How many of each kind a share holds, for the share log and the preview. */
export interface ShareCounts {
	wishes: number;
	people: number;
	offers: number;
	message: boolean;
}

/** Counts what a share holds. */
export function countShare(payload: SharePayload): ShareCounts {
	return {
		wishes: payload.wishes.length,
		people: payload.people.length,
		offers: payload.offers.length,
		message: payload.message !== ''
	};
}

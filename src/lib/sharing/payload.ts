/*
 * The share payload: exactly what leaves the device when a person shares with their Lotse, or
 * takes things along from the kiosk. Plain data, no Svelte, no storage.
 *
 * Version 1, as an object:
 *   { format: 'nahbei-share', version: 1, purpose: 'lotse' | 'take-along',
 *     from, to, sharedAt, message, wishes: SharedWish[], people: SharedPerson[],
 *     offers: SharedOffer[] }
 * It travels packed (`packSharePayload`): the same values as JSON arrays in a fixed order,
 * without the field names, because a QR code holds at most 666 bytes at version 20, level M,
 * and the names alone would fill half of it. envelope.ts then compresses and encrypts it.
 *   [ 'nahbei-share', 1, purpose, from, to, sharedAt, message, wishes, people, offers ]
 *   wish   [ id, text, pictogram, status, paused, self scale, self text, network text,
 *            quartier text, professionals text, others text, first step, its date,
 *            createdAt, updatedAt ]
 *   person [ id, name, kind, area, closeness, helpsWith, helpsWithOther, iDoForThem ]
 *   offer  [ id, name, organization, phone, address ]
 * Only fields a Lotse needs travel: a wish without its helper suggestions or the ids of the
 * people it names, a person without phone or notes, an offer as its name and how to reach it.
 * A reader validates everything with the schemas (in lib/db/share-schema.ts) and renders it as
 * text only.
 */
import * as v from 'valibot';
import {
	SHARE_PAYLOAD_VERSION,
	shareFormat,
	shareLimits,
	SharePayloadSchema,
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
	/** The network is data about other people, so it is off unless the person turns it on. */
	network: boolean;
	/** Whether the saved offers go along. */
	offers: boolean;
	message: string;
}

/** Everything on the device a share may draw from. */
export interface ShareSources {
	wishes: readonly Wish[];
	people: readonly Person[];
	/** The saved offers, already looked up in the catalogue. */
	savedOffers: readonly Offer[];
}

/** Who shares with whom, when and why. */
export interface ShareMeta {
	from: string;
	to: string;
	purpose: SharePurpose;
	now?: Date;
}

/** The choice a share screen starts with: every wish, no network, the saved offers, no message. */
export function defaultShareChoice(): ShareChoice {
	return { wishIds: 'all', network: false, offers: true, message: '' };
}

/** Only the fields of a wish that a Lotse needs. */
export function shareWish(wish: Wish): SharedWish {
	const { answers } = wish;
	return {
		id: wish.id,
		text: wish.text,
		pictogram: wish.pictogram,
		status: wish.status,
		paused: wish.paused,
		answers: {
			self: { scale: answers.self.scale, text: answers.self.text },
			network: { text: answers.network.text },
			quartier: { text: answers.quartier.text },
			professionals: { text: answers.professionals.text },
			others: { text: answers.others.text }
		},
		firstStep: { text: wish.firstStep.text, date: wish.firstStep.date },
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

/** An offer as its name and how to reach it. */
export function shareOffer(offer: Offer): SharedOffer {
	const address = offer.address
		? `${offer.address.street}, ${offer.address.postalCode} ${offer.address.city}`.trim()
		: '';
	return {
		id: offer.id,
		name: offer.name,
		organization: offer.organization.name,
		phone: offer.phone ?? '',
		address
	};
}

/** Builds exactly what will leave the device from what the person chose; validated. */
export function buildSharePayload(
	sources: ShareSources,
	choice: ShareChoice,
	meta: ShareMeta
): SharePayload {
	const chosen =
		choice.wishIds === 'all'
			? sources.wishes
			: sources.wishes.filter((wish) => choice.wishIds.includes(wish.id));
	return v.parse(SharePayloadSchema, {
		format: shareFormat,
		version: SHARE_PAYLOAD_VERSION,
		purpose: meta.purpose,
		from: meta.from.trim().slice(0, shareLimits.name),
		to: meta.to.trim().slice(0, shareLimits.name),
		sharedAt: (meta.now ?? new Date()).toISOString(),
		message: [...choice.message.trim()].slice(0, shareLimits.message).join(''),
		wishes: chosen.map(shareWish),
		people: choice.network ? sources.people.map(sharePerson) : [],
		offers: choice.offers ? sources.savedOffers.map(shareOffer) : []
	});
}

/**
 * Why data from an opened envelope is not a share this version can show: not a share at all,
 * from a newer nahbei, more items than any real share holds, or a share with broken items
 * (two items with one id, a kind this version does not know, a field of the wrong form).
 */
export type PayloadError = 'not-a-share' | 'future-version' | 'too-many' | 'bad-content';

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
			wish.updatedAt
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
			offer.address
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
				network: { text: w[7] },
				quartier: { text: w[8] },
				professionals: { text: w[9] },
				others: { text: w[10] }
			},
			firstStep: { text: w[11], date: w[12] },
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
			address: o[4]
		}))
	};
}

/** Reads opened data, packed or with named fields, as a share payload; never throws. */
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
	const result = v.safeParse(SharePayloadSchema, data);
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

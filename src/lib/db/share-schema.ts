/**
 * What sharing stores and carries: the share payload (exactly what leaves the device, see
 * lib/sharing/payload.ts for how it travels), the local share log, shares a Lotse keeps and
 * "Mein Lotse". lib/sharing builds on these and re-exports them.
 */
import * as v from 'valibot';
import { areas, closenessLevels, helpTopics, kinds } from './network-schema';
import { PictureAnswersSchema, selfScale, wishStatuses } from './wish-schema';
import { pictogramIds } from './wish-pictograms';

export const shareFormat = 'nahbei-share';
/**
 * The payload version this code writes and the newest it reads. Version 2 (December 2026) adds
 * to each wish the people and offers linked in its plan, who helped write it and whether the
 * person confirmed it, and to each offer its e-mail and opening times. Version 1 shares still
 * open: `upgradeSharePayload` fills what they lack.
 */
export const SHARE_PAYLOAD_VERSION = 2;

/** Why a share was made: for the Lotse, or for the person's own phone from the kiosk. */
export const sharePurposes = ['lotse', 'take-along'] as const;
export type SharePurpose = (typeof sharePurposes)[number];

/** Upper bounds, so a hostile file cannot fill the screen or the device. */
export const shareLimits = {
	name: 200,
	text: 2_000,
	message: 1_000,
	wishes: 500,
	people: 2_000,
	offers: 1_000,
	/** People or offers linked in one answer of a wish; helpers named for one wish. */
	links: 200,
	/** Opening-time sentences of one offer. */
	times: 20
} as const;

const timestamp = v.pipe(v.string(), v.isoTimestamp());
const uuid = v.pipe(v.string(), v.uuid());
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const answerText = v.object({ text: text(shareLimits.text) });
const offerId = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
const name = v.pipe(text(shareLimits.name), v.minLength(1));

/** A person linked in a wish's plan: by name, so the Lotse reads who helps. */
export const LinkedPersonSchema = v.object({ id: uuid, name });
export type LinkedPerson = v.InferOutput<typeof LinkedPersonSchema>;

const linkedPeople = v.pipe(v.array(LinkedPersonSchema), v.maxLength(shareLimits.links));
const peopleAnswer = v.object({ text: text(shareLimits.text), people: linkedPeople });

export const SharedWishSchema = v.object({
	id: uuid,
	text: text(shareLimits.text),
	pictogram: v.nullable(v.picklist(pictogramIds)),
	status: v.picklist(wishStatuses),
	paused: v.boolean(),
	answers: v.object({
		self: v.object({ scale: v.nullable(v.picklist(selfScale)), text: text(shareLimits.text) }),
		network: peopleAnswer,
		/** The linked offers travel whole in the payload's offers; here only their ids. */
		quartier: v.object({
			text: text(shareLimits.text),
			offerIds: v.pipe(v.array(offerId), v.maxLength(shareLimits.links))
		}),
		professionals: peopleAnswer,
		others: answerText
	}),
	firstStep: v.object({
		text: text(shareLimits.text),
		date: v.nullable(v.pipe(v.string(), v.isoDate()))
	}),
	/** Who helped write the wish ("Geschrieben mit Hilfe von …"); empty: the person alone. */
	helpers: v.pipe(v.array(name), v.maxLength(shareLimits.links)),
	/** Whether the person confirmed the wish as their own. */
	confirmed: v.boolean(),
	/** The questions answered with pictures and a face; older shares have none. */
	pictureAnswers: v.optional(PictureAnswersSchema),
	createdAt: timestamp,
	updatedAt: timestamp
});
export type SharedWish = v.InferOutput<typeof SharedWishSchema>;

export const SharedPersonSchema = v.object({
	id: uuid,
	name: v.pipe(text(shareLimits.name), v.minLength(1)),
	kind: v.picklist(kinds),
	area: v.picklist(areas),
	closeness: v.picklist(closenessLevels),
	helpsWith: v.pipe(v.array(v.picklist(helpTopics)), v.maxLength(helpTopics.length)),
	helpsWithOther: text(shareLimits.name),
	iDoForThem: text(shareLimits.text)
});
export type SharedPerson = v.InferOutput<typeof SharedPersonSchema>;

export const SharedOfferSchema = v.object({
	id: offerId,
	name: text(shareLimits.name),
	organization: text(shareLimits.name),
	phone: text(40),
	email: text(200),
	address: text(400),
	/** The opening times in words, as the person read them. */
	times: v.pipe(v.array(text(400)), v.maxLength(shareLimits.times))
});
export type SharedOffer = v.InferOutput<typeof SharedOfferSchema>;

/** Whether every item of a list has its own id: two items with one id are a broken file. */
export function hasUniqueIds(items: readonly { id: string }[]): boolean {
	return new Set(items.map((item) => item.id)).size === items.length;
}

export const SharePayloadSchema = v.object({
	format: v.literal(shareFormat),
	version: v.literal(SHARE_PAYLOAD_VERSION),
	purpose: v.picklist(sharePurposes),
	from: text(shareLimits.name),
	to: text(shareLimits.name),
	sharedAt: timestamp,
	message: text(shareLimits.message),
	wishes: v.pipe(
		v.array(SharedWishSchema),
		v.maxLength(shareLimits.wishes),
		v.check((items) => hasUniqueIds(items), 'duplicate ids')
	),
	people: v.pipe(
		v.array(SharedPersonSchema),
		v.maxLength(shareLimits.people),
		v.check((items) => hasUniqueIds(items), 'duplicate ids')
	),
	offers: v.pipe(
		v.array(SharedOfferSchema),
		v.maxLength(shareLimits.offers),
		v.check((items) => hasUniqueIds(items), 'duplicate ids')
	)
});
export type SharePayload = v.InferOutput<typeof SharePayloadSchema>;

const record = (value: unknown): Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value)
		? (value as Record<string, unknown>)
		: {};

/**
 * A version 1 payload in the shape of version 2: its wishes without linked people, offers or
 * helpers, and confirmed (version 1 did not say); its offers without e-mail or times. Anything
 * else is given back as it is, for the schema to judge.
 */
export function upgradeSharePayload(data: unknown): unknown {
	const payload = record(data);
	if (payload.version !== 1) return data;
	const { wishes, offers } = payload;
	return {
		...payload,
		version: SHARE_PAYLOAD_VERSION,
		wishes: Array.isArray(wishes)
			? wishes.map((each) => {
					const wish = record(each);
					const answers = record(wish.answers);
					return {
						...wish,
						answers: {
							...answers,
							network: { ...record(answers.network), people: [] },
							quartier: { ...record(answers.quartier), offerIds: [] },
							professionals: { ...record(answers.professionals), people: [] }
						},
						helpers: [],
						confirmed: true
					};
				})
			: wishes,
		offers: Array.isArray(offers)
			? offers.map((offer) => ({ ...record(offer), email: '', times: [] }))
			: offers
	};
}

const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000));

/** How a share left the device. */
export const shareWays = ['file', 'qr', 'print'] as const;
export type ShareWay = (typeof shareWays)[number];

/** One line of the local share log: when, to whom, how, and how much. */
export const ShareLogEntrySchema = v.object({
	id: v.pipe(v.string(), v.uuid()),
	sentAt: timestamp,
	to: v.pipe(v.string(), v.maxLength(200)),
	purpose: v.picklist(sharePurposes),
	way: v.picklist(shareWays),
	counts: v.object({ wishes: count, people: count, offers: count, message: v.boolean() }),
	createdAt: timestamp,
	updatedAt: timestamp
});
export type ShareLogEntry = v.InferOutput<typeof ShareLogEntrySchema>;
export type ShareLogInput = Pick<ShareLogEntry, 'to' | 'purpose' | 'way' | 'counts'>;

/** A share the Lotse keeps on their device, apart from any data of their own. */
export const ReceivedShareSchema = v.object({
	id: v.pipe(v.string(), v.uuid()),
	keptAt: timestamp,
	payload: SharePayloadSchema,
	createdAt: timestamp,
	updatedAt: timestamp
});
export type ReceivedShare = v.InferOutput<typeof ReceivedShareSchema>;

const line = (max: number) =>
	v.pipe(v.string(), v.trim(), v.maxLength(max), v.regex(/^[^\r\n]*$/u));

/** "Mein Lotse": who the person shares with, and the name the person signs with. */
export const MyLotseValuesSchema = v.object({
	name: v.pipe(line(200), v.minLength(1)),
	phone: line(50),
	email: line(200),
	/** The Lotse picked from Meine Menschen (area Profis), or null when typed in. */
	personId: v.nullable(v.pipe(v.string(), v.uuid())),
	/** How the Lotse knows the person: "Geteilt von …". */
	myName: line(200)
});
export type MyLotseValues = v.InferOutput<typeof MyLotseValuesSchema>;

export interface MyLotseRecord extends MyLotseValues {
	id: 'mine';
	createdAt: string;
	updatedAt: string;
}

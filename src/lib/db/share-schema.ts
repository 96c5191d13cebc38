import * as v from 'valibot';
import { SharePayloadSchema, sharePurposes } from '$lib/sharing/payload';

const timestamp = v.pipe(v.string(), v.isoTimestamp());
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

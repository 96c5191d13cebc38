/**
 * Meine Menschen as stored: people, the ties between them, dated snapshots, remembered answers
 * of "Wer kennt wen?" and photos. lib/network builds on these and re-exports them.
 */
import * as v from 'valibot';
import { hasControlCharacters } from './text';
import {
	areas,
	closenessLevels,
	genders,
	helpTopics,
	kinds,
	networkLimits,
	supportDirections,
	tieAnswers
} from './network-values';

export {
	areas,
	cleanTies,
	closenessLevels,
	emptySelf,
	genders,
	helpTopics,
	kinds,
	networkLimits,
	normaliseTie,
	supportDirections,
	supportKinds,
	tieAnswers,
	tieKey,
	type Area,
	type Closeness,
	type Gender,
	type HelpTopic,
	type Kind,
	type SupportDirection,
	type SupportKind,
	type TieAnswer
} from './network-values';

const direction = v.optional(v.picklist(supportDirections));
export const SupportSchema = v.object({
	emotional: direction,
	instrumental: direction,
	informational: direction,
	social: direction,
	linking: direction
});
export type Support = v.InferOutput<typeof SupportSchema>;

const noLineBreaks = /^[^\r\n\u2028\u2029]*$/u;
const printable = v.check(
	(value: string) => !hasControlCharacters(value),
	'No control characters.'
);

function line(max: number) {
	return v.pipe(v.string(), v.maxLength(max), printable, v.regex(noLineBreaks));
}

function text(max: number) {
	return v.pipe(v.string(), v.maxLength(max), printable);
}

const timestamp = v.pipe(v.string(), v.isoTimestamp());
const id = v.pipe(v.string(), v.uuid());

/**
 * Where an imported person stood on the easyNWK map. Kept so that the figures of an imported map
 * equal easyNWK's own, which depend on the exact distance, angle and tie to ego.
 */
export const EasyNwkPlacementSchema = v.object({
	alterId: v.pipe(v.number(), v.integer(), v.minValue(-1_000_000_000), v.maxValue(1_000_000_000)),
	/** Degrees from the x-axis, −180 to 180, y up. */
	angle: v.pipe(v.number(), v.finite(), v.minValue(-360), v.maxValue(360)),
	/** 0 centre, 100 the outer horizon, over 100 outside the map, 0 or less not placed. */
	distance: v.pipe(v.number(), v.finite(), v.minValue(-1_000_000), v.maxValue(1_000_000)),
	/** 0 no current tie to ego, 1 tie, 2 multiplex tie. */
	edgeType: v.picklist([0, 1, 2]),
	role: line(networkLimits.shortText),
	/** easyNWK's gender text when it is none of ours, e.g. the category of a pet. */
	gender: v.optional(line(networkLimits.shortText)),
	/** easyNWK's fields that nahbei does not use, as JSON text, so an export gives them back. */
	extra: v.optional(v.pipe(v.string(), v.maxLength(networkLimits.extra)))
});
export type EasyNwkPlacement = v.InferOutput<typeof EasyNwkPlacementSchema>;

export const PersonSchema = v.object({
	id,
	name: v.pipe(line(networkLimits.name), v.minLength(1)),
	kind: v.picklist(kinds),
	area: v.picklist(areas),
	closeness: v.picklist(closenessLevels),
	helpsWith: v.pipe(v.array(v.picklist(helpTopics)), v.maxLength(helpTopics.length)),
	helpsWithOther: line(networkLimits.shortText),
	iDoForThem: text(networkLimits.text),
	phone: line(networkLimits.phone),
	note: text(networkLimits.text),
	deceased: v.boolean(),
	notHuman: v.boolean(),
	gender: v.optional(v.picklist(genders)),
	/** Free text as in easyNWK, where "ca. 50" is a fine answer. */
	age: v.optional(line(networkLimits.age)),
	/** Who supports whom, and how (easyNWK's support fields). */
	support: v.optional(SupportSchema),
	easynwk: v.optional(EasyNwkPlacementSchema),
	createdAt: timestamp,
	updatedAt: timestamp
});
export type Person = v.InferOutput<typeof PersonSchema>;

/**
 * The person themselves, at the centre of the map (easyNWK's ego). One record; a snapshot keeps
 * a copy, so each dated version knows who it was about.
 */
export const SelfSchema = v.object({
	name: line(networkLimits.name),
	note: text(networkLimits.text),
	/** easyNWK's words, e.g. weiblich or nicht festgelegt. */
	gender: line(networkLimits.shortText),
	age: line(networkLimits.age),
	/**
	 * easyNWK's fields of the ego, of the map and of the whole file that nahbei does not use, as
	 * JSON text (`{ ego, map, file }`).
	 */
	extra: v.optional(v.pipe(v.string(), v.maxLength(networkLimits.extra)))
});
export type Self = v.InferOutput<typeof SelfSchema>;

/** The stored record of the person themselves: one row with the id `self`. */
export const SelfRecordSchema = v.object({
	...SelfSchema.entries,
	id: v.literal('self'),
	updatedAt: timestamp
});
export type SelfRecord = v.InferOutput<typeof SelfRecordSchema>;

/** An undirected tie between two people; `a` is always the smaller id so each tie has one form. */
export const TieSchema = v.pipe(
	v.object({
		a: id,
		b: id,
		/** easyNWK's fields of the connection that nahbei does not use, as JSON text. */
		extra: v.optional(v.pipe(v.string(), v.maxLength(networkLimits.extra)))
	}),
	v.check((tie) => tie.a < tie.b, 'A tie joins two different people, the smaller id first.')
);
export type Tie = v.InferOutput<typeof TieSchema>;

export const NetworkSnapshotSchema = v.object({
	id,
	takenAt: timestamp,
	label: line(networkLimits.label),
	people: v.pipe(v.array(PersonSchema), v.maxLength(networkLimits.people)),
	ties: v.pipe(v.array(TieSchema), v.maxLength(networkLimits.ties)),
	/** The person themselves at that time. */
	self: v.optional(SelfSchema),
	/** The version as easyNWK knew it: its number, whether it was open, its other fields. */
	easynwk: v.optional(
		v.object({
			versionId: v.pipe(v.number(), v.safeInteger()),
			isCurrent: v.boolean(),
			extra: v.optional(v.pipe(v.string(), v.maxLength(networkLimits.extra)))
		})
	)
});
export type NetworkSnapshot = v.InferOutput<typeof NetworkSnapshotSchema>;

/** What Meine Menschen holds as a whole: today's people and ties, and the dated snapshots. */
export interface NetworkData {
	people: Person[];
	ties: Tie[];
	snapshots: NetworkSnapshot[];
	/** The person themselves; a file without it leaves the stored one as it is. */
	self?: Self;
}

/** A remembered answer of the "Wer kennt wen?" questions; `a` is the smaller id, as in a tie. */
export const TieAnswerRecordSchema = v.pipe(
	v.object({
		a: id,
		b: id,
		answer: v.picklist(tieAnswers),
		answeredAt: timestamp
	}),
	v.check((record) => record.a < record.b, 'The smaller id comes first.')
);
export type TieAnswerRecord = v.InferOutput<typeof TieAnswerRecordSchema>;

/** What a person types in: the fields they choose; ids and times are made by the repository. */
export type PersonFields = Omit<Person, 'id' | 'createdAt' | 'updatedAt'>;

/** The fields a new person must have; everything else starts empty. */
export type PersonInput = Pick<PersonFields, 'name'> & Partial<PersonFields>;

/** The checks for typed-in fields, before ids and times are added. */
export const PersonFieldsSchema = v.omit(PersonSchema, ['id', 'createdAt', 'updatedAt']);

/** Fills the fields a new person leaves out with their plain defaults. */
export function withDefaults(input: PersonInput): PersonFields {
	return {
		kind: 'person',
		area: 'friends',
		closeness: 2,
		helpsWith: [],
		helpsWithOther: '',
		iDoForThem: '',
		phone: '',
		note: '',
		deceased: false,
		notHuman: false,
		...input,
		name: input.name.trim()
	};
}

/** The largest photo of a person that is kept; a photo made smaller in the browser is far below it. */
export const maxPersonPhotoBytes = 2 * 1024 * 1024;

/** A person's photo, in its own table so that lists of people stay light. */
export const PersonPhotoSchema = v.object({
	personId: id,
	photo: v.pipe(
		v.blob(),
		v.check((blob) => /^image\/(jpeg|png|webp)$/u.test(blob.type), 'A photo is JPEG, PNG or WebP.'),
		v.maxSize(maxPersonPhotoBytes)
	),
	updatedAt: timestamp
});
export type PersonPhoto = v.InferOutput<typeof PersonPhotoSchema>;

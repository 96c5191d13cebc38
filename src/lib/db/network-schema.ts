import * as v from 'valibot';
import { PersonSchema, type Person } from '$lib/network/model';

/** The answers to "Kennen sich diese 2?": yes, no, I do not know, ask me later. */
export const tieAnswers = ['yes', 'no', 'unknown', 'later'] as const;
export type TieAnswer = (typeof tieAnswers)[number];

const id = v.pipe(v.string(), v.uuid());

/** A remembered answer of the "Wer kennt wen?" questions; `a` is the smaller id, as in a tie. */
export const TieAnswerRecordSchema = v.pipe(
	v.object({
		a: id,
		b: id,
		answer: v.picklist(tieAnswers),
		answeredAt: v.pipe(v.string(), v.isoTimestamp())
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
	updatedAt: v.pipe(v.string(), v.isoTimestamp())
});
export type PersonPhoto = v.InferOutput<typeof PersonPhotoSchema>;

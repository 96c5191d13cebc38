/**
 * A wish as stored: the lists of choices, the upper bounds, the schemas, and the plain helpers
 * the repository needs to write one (an empty wish, cutting text at the limit, reading and
 * writing one field). lib/wishes builds on these and re-exports them.
 */
import * as v from 'valibot';
import { removeControlCharacters } from './text';
import { answerPictureIds, feelingScale, pictogramIds } from './wish-pictograms';

/** Idee, Ich fange an, Geschafft. "Pausiert" is a separate flag, so the status is kept. */
export const wishStatuses = ['idea', 'started', 'done'] as const;
export type WishStatus = (typeof wishStatuses)[number];

/** Question 1 "Was kann ich selbst tun?": alone, with some help, with much help. */
export const selfScale = ['alone', 'someHelp', 'muchHelp'] as const;
export type SelfScale = (typeof selfScale)[number];

/** The fields a helper may suggest words for; each is one text a person writes. */
export const suggestionFields = [
	'text',
	'self',
	'network',
	'quartier',
	'professionals',
	'others',
	'firstStep'
] as const;
export type SuggestionField = (typeof suggestionFields)[number];

export const suggestionStates = ['open', 'accepted', 'rejected'] as const;
export type SuggestionState = (typeof suggestionStates)[number];

/** Upper bounds: a wish in own words may be long, but not endless. */
export const wishLimits = {
	text: 2_000,
	name: 100,
	ids: 500,
	suggestions: 200
} as const;

/** The number of screens in "Neuer Wunsch": the wish, 5 questions, first step, confirm. */
export const stepCount = 8;

const id = v.pipe(v.string(), v.uuid());
const text = v.pipe(v.string(), v.maxLength(wishLimits.text));
const ids = v.pipe(v.array(id), v.maxLength(wishLimits.ids));
const timestamp = v.pipe(v.string(), v.isoTimestamp());
const helperName = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(wishLimits.name));

export const AuthorSchema = v.variant('kind', [
	v.object({ kind: v.literal('me') }),
	v.object({ kind: v.literal('helper'), name: helperName })
]);
export type Author = v.InferOutput<typeof AuthorSchema>;

export const SuggestionSchema = v.object({
	id,
	field: v.picklist(suggestionFields),
	text: v.pipe(text, v.minLength(1)),
	by: helperName,
	state: v.picklist(suggestionStates)
});
export type Suggestion = v.InferOutput<typeof SuggestionSchema>;

export const AnswersSchema = v.object({
	self: v.object({ scale: v.nullable(v.picklist(selfScale)), text }),
	network: v.object({ peopleIds: ids, text }),
	quartier: v.object({ offerIds: ids, text }),
	professionals: v.object({ peopleIds: ids, text }),
	others: v.object({ text })
});
export type Answers = v.InferOutput<typeof AnswersSchema>;

/**
 * One question answered with pictures: the pictures chosen and how it feels (gut, geht so,
 * nicht gut). Question 1 keeps its own three-point scale in `answers.self.scale`.
 */
export const PictureAnswerSchema = v.object({
	pictures: v.pipe(v.array(v.picklist(answerPictureIds)), v.maxLength(answerPictureIds.length)),
	feeling: v.nullable(v.picklist(feelingScale))
});
export type PictureAnswer = v.InferOutput<typeof PictureAnswerSchema>;

/** The picture answers of the five questions; a question not answered with pictures is left out. */
export const PictureAnswersSchema = v.object({
	self: v.optional(PictureAnswerSchema),
	network: v.optional(PictureAnswerSchema),
	quartier: v.optional(PictureAnswerSchema),
	professionals: v.optional(PictureAnswerSchema),
	others: v.optional(PictureAnswerSchema)
});
export type PictureAnswers = v.InferOutput<typeof PictureAnswersSchema>;

export const WishSchema = v.object({
	id,
	text,
	pictogram: v.nullable(v.picklist(pictogramIds)),
	status: v.picklist(wishStatuses),
	paused: v.boolean(),
	answers: AnswersSchema,
	/** Added for people who answer with pictures; older wishes have none. */
	pictureAnswers: v.optional(PictureAnswersSchema),
	firstStep: v.object({
		text,
		date: v.nullable(v.pipe(v.string(), v.isoDate()))
	}),
	author: AuthorSchema,
	confirmedByMe: v.boolean(),
	suggestions: v.pipe(v.array(SuggestionSchema), v.maxLength(wishLimits.suggestions)),
	step: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(stepCount)),
	createdAt: timestamp,
	updatedAt: timestamp
});
export type Wish = v.InferOutput<typeof WishSchema>;

/** What a person can change; ids and times belong to the repository. */
export type WishFields = Omit<Wish, 'id' | 'createdAt' | 'updatedAt'>;

export const mediaKinds = ['voice', 'photo'] as const;
export type MediaKind = (typeof mediaKinds)[number];

/** A voice note or a photo of a wish; kept in its own table so wish lists stay light. */
export interface WishMedia {
	id: string;
	wishId: string;
	kind: MediaKind;
	mimeType: string;
	blob: Blob;
	createdAt: string;
}

/** A new, empty wish: nothing answered yet, written by me, at step 1. */
export function emptyWish(): WishFields {
	return {
		text: '',
		pictogram: null,
		status: 'idea',
		paused: false,
		answers: {
			self: { scale: null, text: '' },
			network: { peopleIds: [], text: '' },
			quartier: { offerIds: [], text: '' },
			professionals: { peopleIds: [], text: '' },
			others: { text: '' }
		},
		firstStep: { text: '', date: null },
		author: { kind: 'me' },
		confirmedByMe: false,
		suggestions: [],
		step: 1
	};
}

/** Cleans typed text and cuts it at the limit; says whether it had to cut. */
export function limitText(input: string): { text: string; cut: boolean } {
	const clean = removeControlCharacters(input);
	const chars = [...clean];
	if (chars.length <= wishLimits.text) return { text: clean, cut: false };
	return { text: chars.slice(0, wishLimits.text).join(''), cut: true };
}

/** Reads the text of one suggestion field from a wish. */
export function fieldText(
	wish: Pick<Wish, 'text' | 'answers' | 'firstStep'>,
	field: SuggestionField
): string {
	if (field === 'text') return wish.text;
	if (field === 'firstStep') return wish.firstStep.text;
	return wish.answers[field].text;
}

/** Returns the wish with one suggestion field's text replaced. */
export function withFieldText<T extends Pick<Wish, 'text' | 'answers' | 'firstStep'>>(
	wish: T,
	field: SuggestionField,
	value: string
): T {
	if (field === 'text') return { ...wish, text: value };
	if (field === 'firstStep') return { ...wish, firstStep: { ...wish.firstStep, text: value } };
	return {
		...wish,
		answers: { ...wish.answers, [field]: { ...wish.answers[field], text: value } }
	};
}

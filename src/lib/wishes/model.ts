import type { Wish } from '$lib/db/wish-schema';

// What is stored (the lists, the limits, the schemas, an empty wish, the text limit and the field
// access a suggestion needs) is defined in lib/db; this module gives it to the rest of the app
// under the names it has always had.
export {
	AnswersSchema,
	AuthorSchema,
	emptyWish,
	fieldText,
	limitText,
	PictureAnswerSchema,
	PictureAnswersSchema,
	mediaKinds,
	selfScale,
	stepCount,
	suggestionFields,
	SuggestionSchema,
	suggestionStates,
	WishSchema,
	wishLimits,
	wishStatuses,
	withFieldText,
	type Answers,
	type Author,
	type MediaKind,
	type PictureAnswer,
	type PictureAnswers,
	type SelfScale,
	type Suggestion,
	type SuggestionField,
	type SuggestionState,
	type Wish,
	type WishFields,
	type WishMedia,
	type WishStatus
} from '$lib/db/wish-schema';

/** Whether the wish step may go on: it needs words or a picture. */
export function hasWishContent(wish: Pick<Wish, 'text' | 'pictogram'>): boolean {
	return wish.text.trim() !== '' || wish.pictogram !== null;
}

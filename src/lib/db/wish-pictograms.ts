/**
 * The pictograms a wish may carry, grouped by life area: the ids a stored wish may hold.
 * Drawn for nahbei (see lib/wishes/pictograms.ts and the Pictogram component), so their licence
 * is ours. Every picture is always shown with its word.
 */
export const lifeAreas = [
	'living',
	'work',
	'freeTime',
	'people',
	'health',
	'money',
	'mobility',
	'learning'
] as const;
export type LifeArea = (typeof lifeAreas)[number];

export const pictogramsByArea = {
	living: ['home', 'cooking', 'cleaning'],
	work: ['job', 'tools', 'office'],
	freeTime: ['music', 'outing', 'garden'],
	people: ['friends', 'family', 'love'],
	health: ['doctor', 'exercise', 'rest'],
	money: ['money', 'shopping', 'saving'],
	mobility: ['bus', 'bike', 'walking'],
	learning: ['reading', 'computer', 'course']
} as const satisfies Record<LifeArea, readonly string[]>;

export type PictogramId = (typeof pictogramsByArea)[LifeArea][number];

export const pictogramIds = Object.values(pictogramsByArea).flat() as PictogramId[];

/**
 * The pictures each of the five questions offers as answers ("Wer kann helfen?": Familie,
 * Freunde, Nachbarn, …): the ids a wish's picture answers may hold. Four per question, so the
 * choice stays calm.
 */
export const answerPicturesByQuestion = {
	self: ['phone', 'alarm', 'notes', 'practice'],
	network: ['familyHelp', 'friendsHelp', 'neighbours', 'call'],
	quartier: ['club', 'lunch', 'shop', 'meetingPoint'],
	professionals: ['doctorVisit', 'advice', 'care', 'authority'],
	others: ['carry', 'listen', 'gardenHelp', 'bake']
} as const;

export type AnswerQuestion = keyof typeof answerPicturesByQuestion;
export type AnswerPictureId = (typeof answerPicturesByQuestion)[AnswerQuestion][number];

export const answerPictureIds = Object.values(answerPicturesByQuestion).flat() as AnswerPictureId[];

/** The three-point scale of every question, as Talking Mats has it: gut, geht so, nicht gut. */
export const feelingScale = ['good', 'soSo', 'notGood'] as const;
export type Feeling = (typeof feelingScale)[number];

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

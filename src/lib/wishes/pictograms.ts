/**
 * nahbei's own pictograms for wishes, grouped by life area. The ids and areas are what a wish
 * stores, so they are defined in lib/db. Every picture is always shown with its word.
 */
import {
	lifeAreas,
	pictogramsByArea,
	type LifeArea,
	type PictogramId
} from '$lib/db/wish-pictograms';

export {
	answerPictureIds,
	answerPicturesByQuestion,
	feelingScale,
	lifeAreas,
	pictogramIds,
	pictogramsByArea,
	type AnswerPictureId,
	type AnswerQuestion,
	type Feeling,
	type LifeArea,
	type PictogramId
} from '$lib/db/wish-pictograms';

/** The life area a pictogram belongs to. */
export function areaOf(pictogram: PictogramId): LifeArea {
	return (lifeAreas.find((area) =>
		(pictogramsByArea[area] as readonly string[]).includes(pictogram)
	) ?? 'living') as LifeArea;
}

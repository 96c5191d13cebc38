import type { Answers, PictureAnswer, PictureAnswers, Wish } from './model';
import type { AnswerQuestion } from './pictograms';

/** The answers with one question's answer changed in part; the others stay as they are. */
export function withAnswer<K extends keyof Answers>(
	answers: Answers,
	key: K,
	change: Partial<Answers[K]>
): Answers {
	return { ...answers, [key]: { ...answers[key], ...change } };
}

/** The answers with an offer added to question 3 ("Was gibt es im Quartier?"), once. */
export function withOffer(answers: Answers, offerId: string): Answers {
	const { offerIds } = answers.quartier;
	if (offerIds.includes(offerId)) return answers;
	return withAnswer(answers, 'quartier', { offerIds: [...offerIds, offerId] });
}

/** The wish to offer first when adding an offer: the first one that does not have it yet. */
export function firstWithoutOffer(wishes: readonly Wish[], offerId: string): string | null {
	return wishes.find((wish) => !wish.answers.quartier.offerIds.includes(offerId))?.id ?? null;
}

/** The picture answer to one question; nothing chosen yet when the question has none. */
export function pictureAnswer(
	answers: PictureAnswers | undefined,
	question: AnswerQuestion
): PictureAnswer {
	return answers?.[question] ?? { pictures: [], feeling: null };
}

/** The picture answers with one question's answer changed in part; the others stay. */
export function withPictureAnswer(
	answers: PictureAnswers | undefined,
	question: AnswerQuestion,
	change: Partial<PictureAnswer>
): PictureAnswers {
	return { ...answers, [question]: { ...pictureAnswer(answers, question), ...change } };
}

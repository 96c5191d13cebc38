// The choices of the Meine Menschen questions, each with its word (a translation key) and picture.
import type { ChoiceOption } from '$lib/components/ChoiceGroup/ChoiceGroup.svelte';
import { t } from '$lib/i18n/i18n.svelte';
import type { IconShape } from '$lib/icons/icons';
import {
	areas,
	closenessLevels,
	helpTopics,
	kinds,
	type Area,
	type Closeness,
	type HelpTopic,
	type Kind
} from '$lib/network/basics';
import type { MessageKey } from './person-text';
import { areaPictures, closenessPictures, kindPictures, topicPictures } from './pictures';

export interface Choice<T> {
	value: T;
	key: MessageKey;
	hint?: MessageKey;
	icon: IconShape;
}

export const kindChoices: Choice<Kind>[] = kinds.map((kind) => ({
	value: kind,
	key: `pages.people.kind.${kind}`,
	icon: kindPictures[kind]
}));

export const areaChoices: Choice<Area>[] = areas.map((area) => ({
	value: area,
	key: `network.area.${area}`,
	hint: `pages.people.areaHint.${area}`,
	icon: areaPictures[area]
}));

const closenessKeys = {
	1: 'network.closeness.veryClose',
	2: 'network.closeness.close',
	3: 'network.closeness.further',
	0: 'network.closeness.noContactNow'
} as const satisfies Record<Closeness, MessageKey>;

export const closenessChoices: Choice<Closeness>[] = closenessLevels.map((closeness) => ({
	value: closeness,
	key: closenessKeys[closeness],
	icon: closenessPictures[closeness]
}));

export const topicChoices: Choice<HelpTopic>[] = helpTopics.map((topic) => ({
	value: topic,
	key: `pages.people.topic.${topic}`,
	icon: topicPictures[topic]
}));

/**
 * Choices as ChoiceGroup options in the app's language, with their hints where `hints` says so.
 * Called in a `$derived`, they follow a change of language.
 */
export function optionsOf<T extends string | number>(
	choices: readonly Choice<T>[],
	{ hints = false } = {}
): ChoiceOption<T>[] {
	return choices.map(({ value, key, hint, icon }) => ({
		value,
		label: t(key),
		icon,
		...(hints && hint ? { hint: t(hint) } : {})
	}));
}

/** The questions about a person that take one answer, in the order the forms ask them. */
export const oneAnswerQuestions = ['kind', 'area', 'closeness'] as const;
export type OneAnswerQuestion = (typeof oneAnswerQuestions)[number];
type OneAnswers = { kind: Kind; area: Area; closeness: Closeness };

/** The choices of each one-answer question. */
const oneAnswerChoices: { [Q in OneAnswerQuestion]: readonly Choice<OneAnswers[Q]>[] } = {
	kind: kindChoices,
	area: areaChoices,
	closeness: closenessChoices
};

/** A one-answer question's choices as ChoiceGroup options (see optionsOf). */
export function oneAnswerOptions(
	question: OneAnswerQuestion,
	{ hints = false } = {}
): ChoiceOption<string | number>[] {
	return optionsOf<string | number>(oneAnswerChoices[question], { hints });
}

/**
 * Takes the answer a ChoiceGroup gives for a question into the form's answers; a value that is
 * none of the question's choices changes nothing.
 */
export function setAnswer<Q extends OneAnswerQuestion>(
	answers: OneAnswers,
	question: Q,
	value: string | number
): void {
	const choices: readonly Choice<OneAnswers[Q]>[] = oneAnswerChoices[question];
	const choice = choices.find((each) => each.value === value);
	if (choice) answers[question] = choice.value;
}

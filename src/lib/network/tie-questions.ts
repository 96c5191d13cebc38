/**
 * The "Wer kennt wen?" questions: every pair of people once, n(n−1)/2 at most. An answered pair
 * (yes, no, "Weiß nicht") is not asked again; "Später" pairs come after all new ones.
 */
import { normaliseTie, tieKey, type Person, type Tie } from './model';

/** An answer as the questions need it; the repository keeps more. */
export interface KnownAnswer extends Tie {
	answer: 'yes' | 'no' | 'unknown' | 'later';
}

/** A question: do these two people know each other? */
export interface TieQuestion {
	first: Pick<Person, 'id' | 'name'>;
	second: Pick<Person, 'id' | 'name'>;
}

/** How many questions there are for this many people: every pair once. */
export function questionCount(people: number): number {
	return people < 2 ? 0 : (people * (people - 1)) / 2;
}

/** The questions still open, in the order people are listed; "Später" pairs last. */
export function openTieQuestions(
	people: readonly Pick<Person, 'id' | 'name'>[],
	answers: readonly KnownAnswer[]
): TieQuestion[] {
	const answered = new Map(answers.map((record) => [tieKey(record), record.answer]));
	const fresh: TieQuestion[] = [];
	const later: TieQuestion[] = [];
	people.forEach((first, i) => {
		for (const second of people.slice(i + 1)) {
			const tie = normaliseTie(first.id, second.id);
			if (!tie) continue;
			const answer = answered.get(tieKey(tie));
			if (answer === undefined) fresh.push({ first, second });
			else if (answer === 'later') later.push({ first, second });
		}
	});
	return [...fresh, ...later];
}

/**
 * The "Wer kennt wen?" questions: every pair of people once, n(n−1)/2 at most. An answered pair
 * (yes, no, "Weiß nicht") and a pair that is already tied are not asked again; "Später" pairs
 * come after all new ones. People who died, and animals, know nobody new (as in easyNWK, where
 * they cannot be tied), so they are left out.
 */
import { normaliseTie, tieKey, type Person, type Tie } from './basics';

/** An answer as the questions need it; the repository keeps more. */
export interface KnownAnswer extends Tie {
	answer: 'yes' | 'no' | 'unknown' | 'later';
}

type Asked = Pick<Person, 'id' | 'name'> & Partial<Pick<Person, 'deceased' | 'notHuman'>>;

/** A question: do these two people know each other? */
export interface TieQuestion {
	first: Pick<Person, 'id' | 'name'>;
	second: Pick<Person, 'id' | 'name'>;
}

/** How many questions there are for this many people: every pair once. */
export function questionCount(people: number): number {
	return people < 2 ? 0 : (people * (people - 1)) / 2;
}

/** Whether someone can still get to know others: alive and a human or a place. */
export function canBeAsked(person: Asked): boolean {
	return !person.deceased && !person.notHuman;
}

/**
 * The questions still open, in the order people are listed; "Später" pairs last. With `about`,
 * only the questions about that one person.
 */
export function openTieQuestions(
	people: readonly Asked[],
	answers: readonly KnownAnswer[],
	ties: readonly Tie[] = [],
	about?: string
): TieQuestion[] {
	const answered = new Map(answers.map((record) => [tieKey(record), record.answer]));
	const tied = new Set(ties.map(tieKey));
	const asked = people.filter(canBeAsked);
	const fresh: TieQuestion[] = [];
	const later: TieQuestion[] = [];
	asked.forEach((first, i) => {
		for (const second of asked.slice(i + 1)) {
			if (about !== undefined && first.id !== about && second.id !== about) continue;
			const tie = normaliseTie(first.id, second.id);
			if (!tie || tied.has(tieKey(tie))) continue;
			const answer = answered.get(tieKey(tie));
			const pair = {
				first: { id: first.id, name: first.name },
				second: { id: second.id, name: second.name }
			};
			if (answer === undefined) fresh.push(pair);
			else if (answer === 'later') later.push(pair);
		}
	});
	return [...fresh, ...later];
}

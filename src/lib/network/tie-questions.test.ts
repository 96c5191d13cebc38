import { describe, expect, it } from 'vitest';
import { makePerson, testId } from '../../../tests/fixtures/network/people';
import { openTieQuestions, questionCount } from './tie-questions';

const people = [1, 2, 3, 4].map((n) => makePerson(n, { name: `P${n}` }));
const names = (questions: ReturnType<typeof openTieQuestions>) =>
	questions.map((question) => `${question.first.name}-${question.second.name}`);

describe('questionCount', () => {
	it('is n(n−1)/2, and 0 for fewer than 2 people', () => {
		expect([0, 1, 2, 3, 5].map(questionCount)).toEqual([0, 0, 1, 3, 10]);
	});
});

describe('openTieQuestions', () => {
	it('asks every pair once, in list order', () => {
		expect(names(openTieQuestions(people, []))).toEqual([
			'P1-P2',
			'P1-P3',
			'P1-P4',
			'P2-P3',
			'P2-P4',
			'P3-P4'
		]);
	});

	it('leaves out answered pairs, in either order of the ids, and asks "later" ones last', () => {
		const answers = [
			{ a: testId(1), b: testId(2), answer: 'yes' as const },
			{ a: testId(1), b: testId(3), answer: 'later' as const },
			{ a: testId(2), b: testId(3), answer: 'no' as const },
			{ a: testId(3), b: testId(4), answer: 'unknown' as const }
		];
		expect(names(openTieQuestions(people, answers))).toEqual(['P1-P4', 'P2-P4', 'P1-P3']);
	});

	it('never asks more than n(n−1)/2 questions', () => {
		expect(openTieQuestions(people, [])).toHaveLength(questionCount(people.length));
	});
});

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

describe('openTieQuestions after an import', () => {
	const four = [1, 2, 3, 4].map((n) => makePerson(n, { name: `P${n}` }));

	it('skips pairs that already know each other', () => {
		const known = [{ a: testId(1), b: testId(2) }];
		expect(names(openTieQuestions(four, [], known))).not.toContain('P1-P2');
		expect(openTieQuestions(four, [], known)).toHaveLength(5);
	});

	it('skips people who died and animals', () => {
		const some = [
			...four.slice(0, 2),
			makePerson(3, { name: 'P3', deceased: true }),
			makePerson(4, { name: 'P4', notHuman: true })
		];
		expect(names(openTieQuestions(some, []))).toEqual(['P1-P2']);
	});

	it('asks only about one person when asked to', () => {
		expect(names(openTieQuestions(four, [], [], testId(3)))).toEqual(['P1-P3', 'P2-P3', 'P3-P4']);
	});
});

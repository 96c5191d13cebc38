import { describe, expect, it } from 'vitest';
import {
	clampStep,
	flowHref,
	flowSteps,
	isQuestion,
	morePeople,
	peopleToOffer,
	readFlowPlace,
	stepName,
	usedWay
} from './flow';

const id = '5b0c6d1e-2f3a-4b4c-8d5e-6f7a8b9c0d1e';

describe('the flow of a new wish', () => {
	it('has 8 screens: the wish, the 5 questions in Qplus order, the first step, confirm', () => {
		expect(flowSteps).toEqual([
			'wish',
			'self',
			'network',
			'quartier',
			'professionals',
			'others',
			'firstStep',
			'confirm'
		]);
	});

	it('keeps step numbers between 1 and 8', () => {
		expect(clampStep('3')).toBe(3);
		expect(clampStep('0')).toBe(1);
		expect(clampStep('99')).toBe(8);
		expect(clampStep('drei')).toBe(1);
		expect(clampStep(4.7)).toBe(4);
	});

	it('reads the wish and step from the address', () => {
		expect(readFlowPlace(new URLSearchParams(`wunsch=${id}&schritt=5`))).toEqual({
			wishId: id,
			step: 5
		});
		expect(readFlowPlace(new URLSearchParams(`wunsch=${id}`))).toEqual({ wishId: id, step: 1 });
	});

	it('ignores an address without a valid wish id', () => {
		expect(readFlowPlace(new URLSearchParams(''))).toBeNull();
		expect(readFlowPlace(new URLSearchParams('wunsch=<script>&schritt=2'))).toBeNull();
	});

	it('writes the address of a step', () => {
		expect(flowHref(id, 3)).toBe(`/wuensche?wunsch=${id}&schritt=3`);
		expect(readFlowPlace(new URL(flowHref(id, 7), 'http://x').searchParams)?.step).toBe(7);
	});

	it('names the screen of a step and knows the questions', () => {
		expect(stepName(1)).toBe('wish');
		expect(stepName(6)).toBe('others');
		expect(isQuestion(stepName(6))).toBe(true);
		expect(isQuestion(stepName(7))).toBe(false);
	});
});

describe('people offered in a question', () => {
	const person = (id: string, name: string, closeness: number) => ({ id, name, closeness });
	const people = [
		person('a', 'Zora', 1),
		person('b', 'Anna', 3),
		person('c', 'Ben', 1),
		person('d', 'Cem', 0),
		person('e', 'Dana', 2),
		person('f', 'Eva', 2),
		person('g', 'Finn', 3),
		person('h', 'Gül', 3)
	];

	it('are the 6 closest, the closest first', () => {
		const { shown, rest } = peopleToOffer(people, []);
		expect(shown.map((each) => each.name)).toEqual(['Ben', 'Zora', 'Dana', 'Eva', 'Anna', 'Finn']);
		expect(rest).toBe(2);
	});

	it('always include the people already chosen', () => {
		const { shown, rest } = peopleToOffer(people, ['d']);
		expect(shown.map((each) => each.name)).toContain('Cem');
		expect(rest).toBe(1);
	});

	it('are all there when there are few', () => {
		expect(peopleToOffer(people.slice(0, 3), []).shown).toHaveLength(3);
	});

	it('come in parts: each part adds the next closest, never all of a large network at once', () => {
		const many = Array.from({ length: 100 }, (_, index) =>
			person(`p${index}`, `Mensch ${String(index).padStart(3, '0')}`, 2)
		);
		const { shown, rest } = peopleToOffer(many, ['p99'], 6 + morePeople);
		expect(shown).toHaveLength(6 + morePeople + 1);
		expect(shown.at(-1)?.name).toBe('Mensch 099');
		expect(rest).toBe(100 - shown.length);
		expect(peopleToOffer(many, [], 200)).toMatchObject({ rest: 0 });
	});
});

describe('the way to tell a wish', () => {
	const none = { voice: false, photo: false };
	it('lets a new wish choose first, and opens a wish again on the way it was told', () => {
		expect(usedWay({ text: ' ', pictogram: null }, none)).toBeNull();
		expect(usedWay({ text: 'Tanzen', pictogram: 'music' }, none)).toBe('write');
		expect(usedWay({ text: '', pictogram: 'music' }, none)).toBe('picture');
		expect(usedWay({ text: '', pictogram: null }, { voice: true, photo: true })).toBe('photo');
		expect(usedWay({ text: '', pictogram: null }, { voice: true, photo: false })).toBe('speak');
	});
});

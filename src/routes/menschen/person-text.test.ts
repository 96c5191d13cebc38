import { beforeAll, describe, expect, it } from 'vitest';
import { makePerson, placed, ties } from '../../../tests/fixtures/network/people';
import { i18n } from '$lib/i18n/i18n.svelte';
import { describeFigures } from '$lib/network/describe';
import { computeFigures } from '$lib/network/figures';
import { speakPart } from '$lib/network/spoken';
import { knownNames, supportSentences, tieSentence, translate } from './person-text';

// The texts checked here are not all on the start page.
beforeAll(async () => {
	await i18n.loadAll();
	await i18n.setLanguage('de-x-ls');
});

function figureTexts(people: ReturnType<typeof placed>[], pairs: [number, number][]): string[] {
	return describeFigures(computeFigures(people, ties(...pairs)), people).map((part) =>
		speakPart(part, translate, 'de-x-ls')
	);
}

describe('plural agreement from the names', () => {
	it('one star takes the singular verb, whatever number they know', () => {
		const people = [
			placed(1, 'family', 1, 'Maria'),
			placed(2, 'family', 1, 'Ewald'),
			placed(3, 'family', 1, 'Lara')
		];
		const texts = figureTexts(people, [
			[1, 2],
			[1, 3]
		]);
		expect(texts).toContain('Maria kennt die meisten anderen.');
		expect(texts).toContain('Das sind 2 Menschen.');
	});

	it('two stars take the plural verb, even when each knows one', () => {
		const people = [placed(1, 'family', 1, 'Maria'), placed(2, 'family', 1, 'Ewald')];
		const texts = figureTexts(people, [[1, 2]]);
		expect(texts).toContain('Maria und Ewald kennen die meisten anderen.');
		expect(texts).toContain('Jeder von ihnen kennt 1 Mensch.');
	});
});

describe('support and ties in words', () => {
	it('says support both ways', () => {
		const maria = makePerson(1, { name: 'Maria', support: { emotional: 2, instrumental: 1 } });
		expect(supportSentences(maria)).toEqual([
			'Maria hilft Ihnen beim Reden.',
			'Sie helfen Maria beim Einkaufen und im Alltag.'
		]);
	});

	it('names whom a person knows, in list order, or that they know nobody else', () => {
		const people = ['Maria', 'Ewald', 'Josefine', 'Lara', 'Ben'].map((name, i) =>
			makePerson(i + 1, { name })
		);
		const known = knownNames(people, ties([1, 3], [1, 2], [4, 1]));
		expect(tieSentence(people[0]!, known.get(people[0]!.id) ?? [])).toBe(
			'Maria kennt Ewald, Josefine und Lara.'
		);
		expect(tieSentence(people[4]!, known.get(people[4]!.id) ?? [])).toBe(
			'Ben kennt nur Sie aus Ihrer Liste.'
		);
	});
});

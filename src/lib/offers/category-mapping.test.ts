import { describe, expect, it } from 'vitest';
import { categoryForWords, normaliseWord } from './category-mapping';

describe('the table from words to categories', () => {
	it('finds the category of a term, a compound or a word of a phrase', () => {
		expect(categoryForWords(['Beratungsstelle für Familien'])).toBe('beratung');
		expect(categoryForWords(['Schuldnerberatung'])).toBe('beratung');
		expect(categoryForWords(['Community Counselling'])).toBe('beratung');
		expect(categoryForWords(['Mental Health'])).toBe('gesundheit');
		expect(categoryForWords(['Kleiderkammer'])).toBe('einkaufen');
	});

	it('finds nothing for words it does not know, and no word inside another', () => {
		expect(categoryForWords(['Start', 'name', ''])).toBeUndefined();
	});

	it('tries the words in order and the team’s lines before its own', () => {
		expect(categoryForWords(['Sport', 'Beratung'])).toBe('sport');
		expect(categoryForWords(['Lauftreff'], [{ word: 'lauftreff', category: 'sport' }])).toBe(
			'sport'
		);
		expect(categoryForWords(['Lauftreff'])).toBe('treffpunkt');
	});

	it('compares words in lower case with single spaces', () => {
		expect(normaliseWord('  Mental   HEALTH ')).toBe('mental health');
	});
});

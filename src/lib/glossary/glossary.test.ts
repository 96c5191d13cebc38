import { describe, expect, it } from 'vitest';
import de from '$lib/i18n/locales/de-x-ls.json';
import { explainedWords, FOREIGN_WORDS } from '$lib/leichte-sprache/lint';
import { findWord, glossaryEntries } from './glossary';

describe('findWord', () => {
	it('cuts a sentence around the word', () => {
		expect(findWord('Das Quartier ist schön.', 'Quartier')).toEqual({
			before: 'Das ',
			word: 'Quartier',
			after: ' ist schön.'
		});
	});

	it('takes a bent form as the whole word', () => {
		expect(findWord('Schicken Sie es an Ihren Lotsen.', 'Lotse')?.word).toBe('Lotsen');
	});

	it('finds the word in any case', () => {
		expect(findWord('Angebote im quartier', 'Quartier')?.word).toBe('quartier');
	});

	it('does not find the word inside another word', () => {
		expect(findWord('Die Quartierslotsin kommt.', 'Lotse')).toBeNull();
	});

	it('finds a word with the German original in brackets by its first part', () => {
		expect(findWord('Mahallenizde ne var?', 'Mahalle (Quartier)')?.word).toBe('Mahallenizde');
	});

	it('keeps a shown compound mark inside the word', () => {
		expect(
			findWord('Die Ein\u2060-Gliederungs\u2060-Hilfe hilft.', 'Ein\u2060-Gliederungs\u2060-Hilfe')
				?.word
		).toBe('Ein\u2060-Gliederungs\u2060-Hilfe');
	});

	it('skips a place inside another word and takes the next whole one', () => {
		expect(findWord('Die Quartierslotsin ruft Ihren Lotsen an.', 'Lotse')).toEqual({
			before: 'Die Quartierslotsin ruft Ihren ',
			word: 'Lotsen',
			after: ' an.'
		});
	});

	it('finds the word in a text whose lower case is longer (Turkish İ)', () => {
		expect(findWord('İstanbul ve Mahallemiz güzel.', 'Mahalle (Quartier)')?.word).toBe(
			'Mahallemiz'
		);
	});

	it('gives null when the word is not there', () => {
		expect(findWord('Hallo.', 'Quartier')).toBeNull();
	});
});

describe('the Wörterbuch', () => {
	it('has a word and an explanation for every entry in Leichte Sprache', () => {
		const words = de.glossary.words as Record<string, { word: string; text: string }>;
		for (const { id } of glossaryEntries) {
			expect(words[id]?.word, id).toBeTruthy();
			expect(words[id]?.text, id).toBeTruthy();
		}
		expect(Object.keys(words).sort()).toEqual(glossaryEntries.map(({ id }) => id).sort());
	});

	it('explains every foreign word the Leichte Sprache lint knows, each with its own picture', () => {
		const explained = explainedWords(de);
		for (const word of FOREIGN_WORDS) {
			expect(explained.has(word.replace('-', '').toLowerCase()), word).toBe(true);
		}
		const pictures = glossaryEntries.map(({ picture }) => picture);
		expect(new Set(pictures).size).toBe(pictures.length);
	});
});

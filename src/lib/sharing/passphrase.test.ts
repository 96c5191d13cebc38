import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	BACKUP_PASSPHRASE_WORD_COUNT,
	makePassphrase,
	normalisePassphrase,
	type RandomFill
} from './passphrase';
import { passphraseWords } from './words';

// A stand-in for crypto.getRandomValues that hands out the given numbers in turn.
function sequence(...values: number[]): RandomFill {
	let next = 0;
	return (array) => {
		for (let index = 0; index < array.length; index++)
			array[index] = values[next++ % values.length]!;
		return array;
	};
}

describe('makePassphrase', () => {
	it('joins 4 words from the list with hyphens', () => {
		const words = makePassphrase().split('-');
		expect(words).toHaveLength(4);
		for (const word of words) expect(passphraseWords).toContain(word);
	});

	it('has at least 5 words for a backup', () => {
		expect(BACKUP_PASSPHRASE_WORD_COUNT).toBeGreaterThanOrEqual(5);
		expect(makePassphrase(undefined, BACKUP_PASSPHRASE_WORD_COUNT).split('-')).toHaveLength(
			BACKUP_PASSPHRASE_WORD_COUNT
		);
	});

	it('picks the word each random number points to', () => {
		expect(makePassphrase(sequence(0, 1, 512, 511))).toBe(
			[passphraseWords[0], passphraseWords[1], passphraseWords[0], passphraseWords[511]].join('-')
		);
	});

	it('makes longer passphrases on request', () => {
		expect(makePassphrase(undefined, 5).split('-')).toHaveLength(5);
		expect(() => makePassphrase(undefined, 0)).toThrow(RangeError);
	});

	it('rarely makes the same passphrase twice', () => {
		const made = new Set(Array.from({ length: 1000 }, () => makePassphrase()));
		expect(made.size).toBe(1000);
	});

	it('keeps its form when normalised and read back', () => {
		fc.assert(
			fc.property(fc.array(fc.nat(), { minLength: 4, maxLength: 4 }), (values) => {
				const made = makePassphrase(sequence(...values));
				expect(normalisePassphrase(made)).toBe(made.toLowerCase());
				expect(normalisePassphrase(made.replace(/-/g, ' ').toUpperCase())).toBe(made.toLowerCase());
			})
		);
	});
});

describe('normalisePassphrase', () => {
	it('ignores case, spaces, hyphens and other marks between words', () => {
		for (const typed of [
			'Apfel Haus Baum Tisch',
			'apfel-haus-baum-tisch',
			'  APFEL   haus--Baum , Tisch.\n',
			'Apfel\tHaus\u00A0Baum_Tisch'
		]) {
			expect(normalisePassphrase(typed)).toBe('apfel-haus-baum-tisch');
		}
	});

	it('spells umlauts and ß out, in either Unicode form', () => {
		expect(normalisePassphrase('Äpfel Öl Tür Fuß')).toBe('aepfel-oel-tuer-fuss');
		expect(normalisePassphrase('A\u0308pfel')).toBe('aepfel');
		expect(normalisePassphrase('Café Crème')).toBe('cafe-creme');
	});

	it('keeps letters of other scripts and digits', () => {
		expect(normalisePassphrase('Пароль 42')).toBe('пароль-42');
	});

	it('gives the same result when applied twice', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme' }), (typed) => {
				const once = normalisePassphrase(typed);
				expect(normalisePassphrase(once)).toBe(once);
			})
		);
	});
});

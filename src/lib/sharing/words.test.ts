import { describe, expect, it } from 'vitest';
import { normalisePassphrase } from './passphrase';
import { passphraseWords } from './words';

describe('passphraseWords', () => {
	it('has 512 words, so each carries 9 bits', () => {
		expect(passphraseWords).toHaveLength(512);
	});

	it('has every word once, whatever the case', () => {
		const lower = passphraseWords.map((word) => word.toLowerCase());
		expect(new Set(lower).size).toBe(passphraseWords.length);
	});

	it('has short nouns of the letters a to z only: no umlauts, no ß', () => {
		for (const word of passphraseWords) expect(word).toMatch(/^[A-Z][a-z]{2,7}$/);
	});

	it('has no "ae", "oe" or "ue" that could be typed as an umlaut', () => {
		for (const word of passphraseWords) expect(word.toLowerCase()).not.toMatch(/ae|oe|ue/);
	});

	it('has words that normalise to themselves', () => {
		for (const word of passphraseWords) expect(normalisePassphrase(word)).toBe(word.toLowerCase());
	});
});

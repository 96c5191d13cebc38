import { passphraseWords } from './words';

/** Fills an array with random numbers, as `crypto.getRandomValues` does. */
export type RandomFill = (array: Uint32Array<ArrayBuffer>) => unknown;

/** How many words a passphrase has unless the caller asks for more. */
export const PASSPHRASE_WORD_COUNT = 4;

/** How many words a backup's passphrase has: a backup is kept for years (see below). */
export const BACKUP_PASSPHRASE_WORD_COUNT = 5;

// Strength: 4 words from 512 give 512^4 = 2^36 (about 69 billion) passphrases, 36 bits. An
// attacker who has the file must try them offline, and each try costs one PBKDF2-SHA256
// derivation with 600,000 iterations (see envelope.ts). A current high-end graphics card manages
// very roughly 9 billion SHA-256 iterations a second, so about 15,000 tries a second: on average
// 2^35 tries take about 27 days on one card, or a few hundred euros of rented cards per file.
// That is enough for a share that travels over a second channel and is only worth something for
// a short time, but not for data kept for years: backups use 5 words (45 bits, 512 times the
// work: on average about 38 years on one such card).

/**
 * Makes a new passphrase of simple German words joined with '-', e.g. 'Apfel-Haus-Baum-Tisch'.
 */
export function makePassphrase(
	random: RandomFill = (array) => crypto.getRandomValues(array),
	wordCount = PASSPHRASE_WORD_COUNT
): string {
	if (!Number.isInteger(wordCount) || wordCount < 1) {
		throw new RangeError('A passphrase needs at least one word.');
	}
	const count = passphraseWords.length;
	// Values at or above the largest multiple of `count` are drawn again, so that every word is
	// equally likely whatever the list's length (with 512 words nothing is ever drawn again).
	const limit = Math.floor(2 ** 32 / count) * count;
	const words: string[] = [];
	const draw = new Uint32Array(wordCount);
	while (words.length < wordCount) {
		random(draw);
		for (const value of draw) {
			if (value < limit && words.length < wordCount) words.push(passphraseWords[value % count]!);
		}
	}
	return words.join('-');
}

/**
 * Brings a typed passphrase into one form, so that case, spaces, hyphens and umlauts do not matter.
 */
export function normalisePassphrase(input: string): string {
	return (
		input
			.normalize('NFC')
			.toLowerCase()
			// A person may type the umlaut a word sounds like; the list spells none of them.
			.replace(/ä/g, 'ae')
			.replace(/ö/g, 'oe')
			.replace(/ü/g, 'ue')
			.replace(/ß/g, 'ss')
			// Other accents (é, à) are dropped, as keyboards without them would type the bare letter.
			.normalize('NFD')
			.replace(/\p{M}/gu, '')
			// Anything between the words (spaces, hyphens, dots, commas, new lines) becomes one '-'.
			.replace(/[^\p{L}\p{N}]+/gu, '-')
			.replace(/^-+|-+$/g, '')
	);
}

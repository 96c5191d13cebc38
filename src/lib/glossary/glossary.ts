// The Wörterbuch: hard words of the app, each explained in easy words with a picture. The words
// and explanations are locale texts (glossary.words.<id>.word / .text); this list only says
// which words there are, in which order, and which picture goes with each.
import * as icons from '$lib/icons/shell-icons';
import type { IconShape } from '$lib/icons/icons';

export const glossaryEntries = [
	{ id: 'quartier', picture: icons.place },
	{ id: 'lotse', picture: icons.person },
	{ id: 'angebot', picture: icons.offers },
	{ id: 'netzwerk', picture: icons.ties },
	{ id: 'assistenz', picture: icons.helping },
	{ id: 'eingliederungshilfe', picture: icons.access },
	{ id: 'budget', picture: icons.euro },
	{ id: 'sicherung', picture: icons.file },
	{ id: 'passwort', picture: icons.paper },
	{ id: 'pin', picture: icons.pin },
	{ id: 'qrcode', picture: icons.qrCode },
	{ id: 'app', picture: icons.app },
	{ id: 'link', picture: icons.link },
	{ id: 'browser', picture: icons.browser },
	{ id: 'backup', picture: icons.backup }
] as const satisfies readonly { id: string; picture: IconShape }[];

export type GlossaryId = (typeof glossaryEntries)[number]['id'];

/** A text cut around the first place where a hard word stands. */
export interface WordPlace {
	before: string;
	word: string;
	after: string;
}

/** A character that belongs to a word: a letter, a mark, or a shown compound joint. */
const LETTER = /[\p{L}\p{M}\u2060·-]/u;

const isLetter = (character: string | undefined) =>
	character !== undefined && LETTER.test(character);

/**
 * Finds a hard word in a text, also bent ("Lotsen" for "Lotse") and in any case. A word with a
 * German original in brackets ("Mahalle (Quartier)") is looked for by its first part as well.
 * Plain string search, not a regular expression built per word: every page with a hard word
 * runs this while it starts.
 */
export function findWord(text: string, word: string): WordPlace | null {
	const forms = [word, word.replace(/\s*\(.*\)\s*$/u, '')].filter((form) => form.trim() !== '');
	const lowerText = text.toLowerCase();
	// A few letters change their length in lower case (İ): then positions would not match.
	const sameLength = lowerText.length === text.length;
	for (const form of forms) {
		const lowerForm = form.toLowerCase();
		if (!sameLength || lowerForm.length !== form.length) {
			const place = findByPattern(text, form);
			if (place) return place;
			continue;
		}
		for (
			let at = lowerText.indexOf(lowerForm);
			at !== -1;
			at = lowerText.indexOf(lowerForm, at + 1)
		) {
			if (isLetter(text[at - 1])) continue;
			let end = at + form.length;
			while (isLetter(text[end])) end += 1;
			return { before: text.slice(0, at), word: text.slice(at, end), after: text.slice(end) };
		}
	}
	return null;
}

/** The same search as a regular expression, for texts whose lower case has another length. */
function findByPattern(text: string, form: string): WordPlace | null {
	const letter = LETTER.source;
	const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const match = new RegExp(`(?<!${letter})${escaped}${letter}*`, 'iu').exec(text);
	if (!match) return null;
	const end = match.index + match[0].length;
	return { before: text.slice(0, match.index), word: match[0], after: text.slice(end) };
}

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

const LETTER = '[\\p{L}\\p{M}\\u2060·-]';

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Finds a hard word in a text, also bent ("Lotsen" for "Lotse") and in any case. A word with a
 * German original in brackets ("Mahalle (Quartier)") is looked for by its first part as well.
 */
export function findWord(text: string, word: string): WordPlace | null {
	const forms = [word, word.replace(/\s*\(.*\)\s*$/u, '')].filter((form) => form.trim() !== '');
	for (const form of forms) {
		const pattern = new RegExp(`(?<!${LETTER})${escape(form)}${LETTER}*`, 'iu');
		const match = pattern.exec(text);
		if (match) {
			return {
				before: text.slice(0, match.index),
				word: match[0],
				after: text.slice(match.index + match[0].length)
			};
		}
	}
	return null;
}

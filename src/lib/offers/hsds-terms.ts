// nahbei's own codes in HSDS files, apart from the schemas: the start page's contact point card
// needs these few names and none of valibot.

/** Keys that must never become properties of objects built from imported data. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
	'__proto__',
	'constructor',
	'prototype'
]);

/** The taxonomy of our offer terms (`offerTerms` in offer.ts) and of the contact point flag. */
export const NAHBEI_TAXONOMY = 'nahbei';
/** The taxonomy whose term codes are our offer categories (`offerCategories`). */
export const CATEGORY_TAXONOMY = 'nahbei-category';
/** The taxonomy whose terms carry the search keywords of an offer. */
export const KEYWORD_TAXONOMY = 'nahbei-keyword';
/** Term code of an attribute whose value names the category, for feeds without our taxonomy. */
export const CATEGORY_CODE = 'nahbei-category';
/** Term code that marks the Quartier's one contact point ("Eine Nummer für alle Hilfen"). */
export const CONTACT_POINT_CODE = 'eine-nummer';
/** Term code of an attribute whose value is a note on opening times in words. */
export const SCHEDULE_NOTE_CODE = 'zeiten-hinweis';
/** ISO 639-3 code of German Sign Language. */
export const SIGN_LANGUAGE_CODE = 'gsg';

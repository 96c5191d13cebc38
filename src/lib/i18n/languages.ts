import { languageCodes, type LanguageCode } from '$lib/db/settings-values';

// The language codes are what the settings record may hold, so they are defined in lib/db.
export { defaultLanguage, languageCodes, type LanguageCode } from '$lib/db/settings-values';

/** What `<html lang>` and Intl get: Leichte Sprache is German to browsers and screen readers. */
export type HtmlLanguage = 'de' | 'en' | 'tr' | 'ar' | 'uk';

/**
 * What Intl gets for numbers, dates and lists. Arabic keeps Western digits: counts, times and
 * phone numbers in the texts are written with them, so dates and prices must match.
 */
export type IntlLocale = 'de' | 'en' | 'tr' | 'ar-u-nu-latn' | 'uk';

interface LanguageInfo {
	htmlLang: HtmlLanguage;
	intlLocale: IntlLocale;
	dir: 'ltr' | 'rtl';
	/** The language's name in its own words, the same in every interface language. */
	ownName: string;
	/** A short sentence in the language, read aloud as a sample in the language picker. */
	sample: string;
}

export const languageInfo: Record<LanguageCode, LanguageInfo> = {
	'de-x-ls': {
		htmlLang: 'de',
		intlLocale: 'de',
		dir: 'ltr',
		ownName: 'Leichte Sprache',
		sample: 'Hallo. Das ist Leichte Sprache.'
	},
	de: {
		htmlLang: 'de',
		intlLocale: 'de',
		dir: 'ltr',
		ownName: 'Deutsch',
		sample: 'Guten Tag. Das ist Deutsch.'
	},
	en: {
		htmlLang: 'en',
		intlLocale: 'en',
		dir: 'ltr',
		ownName: 'English',
		sample: 'Hello. This is English.'
	},
	tr: {
		htmlLang: 'tr',
		intlLocale: 'tr',
		dir: 'ltr',
		ownName: 'Türkçe',
		sample: 'Merhaba. Bu Türkçe.'
	},
	ar: {
		htmlLang: 'ar',
		intlLocale: 'ar-u-nu-latn',
		dir: 'rtl',
		ownName: 'العربية',
		sample: 'مرحبا. هذه هي اللغة العربية.'
	},
	uk: {
		htmlLang: 'uk',
		intlLocale: 'uk',
		dir: 'ltr',
		ownName: 'Українська',
		sample: 'Вітаю. Це українська мова.'
	}
};

/** Whether a string names one of our languages. */
export function isLanguageCode(value: unknown): value is LanguageCode {
	return typeof value === 'string' && (languageCodes as readonly string[]).includes(value);
}

/**
 * Sets `<html lang dir>` to a language. A value that is already there is not written again: the
 * browser would work out the style of the whole page anew (a few milliseconds on a cheap phone, in
 * the middle of the app's start).
 */
export function markLanguage(root: Pick<HTMLElement, 'lang' | 'dir'>, code: LanguageCode): void {
	const { htmlLang, dir } = languageInfo[code];
	if (root.lang !== htmlLang) root.lang = htmlLang;
	if (root.dir !== dir) root.dir = dir;
}

/** The languages nahbei speaks; the first is the default. */
export const languageCodes = ['de-x-ls', 'de', 'en'] as const;

export type LanguageCode = (typeof languageCodes)[number];

export const defaultLanguage: LanguageCode = 'de-x-ls';

interface LanguageInfo {
	/** What goes into `<html lang>`: Leichte Sprache is German to browsers and screen readers. */
	htmlLang: string;
	dir: 'ltr' | 'rtl';
}

export const languageInfo: Record<LanguageCode, LanguageInfo> = {
	'de-x-ls': { htmlLang: 'de', dir: 'ltr' },
	de: { htmlLang: 'de', dir: 'ltr' },
	en: { htmlLang: 'en', dir: 'ltr' }
};

/** Whether a string names one of our languages. */
export function isLanguageCode(value: unknown): value is LanguageCode {
	return typeof value === 'string' && (languageCodes as readonly string[]).includes(value);
}

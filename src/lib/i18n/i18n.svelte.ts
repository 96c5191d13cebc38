import i18next, { type TFunction } from 'i18next';
import { defaultLanguage, languageCodes, languageInfo, type LanguageCode } from './languages';
import { defaultMessages, loadMessages } from './resources';

i18next.init({
	resources: { [defaultLanguage]: { translation: defaultMessages } },
	lng: defaultLanguage,
	fallbackLng: defaultLanguage,
	supportedLngs: [...languageCodes],
	// Only the chosen language: 'de-x-ls' must never borrow from 'de' behind our back.
	load: 'currentOnly',
	initAsync: false,
	interpolation: { escapeValue: false },
	returnNull: false
});

/** The app's language as reactive state, so every `t()` in a template updates on change. */
class Translator {
	language = $state<LanguageCode>(defaultLanguage);

	/** Translates a key in the current language (reactive in templates). */
	t: TFunction = ((...args: Parameters<TFunction>) => {
		// Reading the state makes every caller depend on the language.
		void this.language;
		return (i18next.t as unknown as (...a: unknown[]) => string)(...args);
	}) as TFunction;

	/** Loads a language if needed, switches to it and updates `<html lang dir>`. */
	async setLanguage(code: LanguageCode): Promise<void> {
		if (!i18next.hasResourceBundle(code, 'translation')) {
			i18next.addResourceBundle(code, 'translation', await loadMessages[code]());
		}
		await i18next.changeLanguage(code);
		this.language = code;
		if (typeof document !== 'undefined') {
			document.documentElement.lang = languageInfo[code].htmlLang;
			document.documentElement.dir = languageInfo[code].dir;
		}
	}
}

export const i18n = new Translator();

/** Shorthand for `i18n.t`. */
export const t = i18n.t;

/**
 * `t` for keys built at run time (domain code that words things, like offer-words): no key
 * checking at compile time, the locale tests check that every key exists.
 */
export function translate(key: string, options?: Record<string, unknown>): string {
	return (i18n.t as unknown as (key: string, options?: Record<string, unknown>) => string)(
		key,
		options
	);
}

import i18next, { type TFunction } from 'i18next';
import { defaultLanguage, languageCodes, languageInfo, type LanguageCode } from './languages';
import { loadLaterMessages, loadMessages, startMessages } from './resources';

i18next.init({
	resources: { [defaultLanguage]: { translation: startMessages } },
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
	/** Counts texts arriving later, so templates that showed before them update too. */
	#revision = $state(0);
	/** Whether the later part of Leichte Sprache is wanted (every page but the start page). */
	#wantsAll = false;
	#laterPartLoaded = false;

	/** Translates a key in the current language (reactive in templates). */
	t: TFunction = ((...args: Parameters<TFunction>) => {
		// Reading the state makes every caller depend on the language and on late texts.
		void this.language;
		void this.#revision;
		return (i18next.t as unknown as (...a: unknown[]) => string)(...args);
	}) as TFunction;

	/** Loads a language if needed, switches to it and updates `<html lang dir>`. */
	async setLanguage(code: LanguageCode): Promise<void> {
		await this.#load(code);
		await i18next.changeLanguage(code);
		this.language = code;
		if (typeof document !== 'undefined') {
			document.documentElement.lang = languageInfo[code].htmlLang;
			document.documentElement.dir = languageInfo[code].dir;
		}
	}

	/**
	 * Makes sure every text of the language is there, not only the start page's. Every page but
	 * the start page waits for this before it shows (see routes/+layout.ts).
	 */
	async loadAll(): Promise<void> {
		this.#wantsAll = true;
		await this.#load(this.language);
	}

	async #load(code: LanguageCode): Promise<void> {
		if (code === defaultLanguage) {
			if (!this.#wantsAll || this.#laterPartLoaded) return;
			i18next.addResourceBundle(code, 'translation', await loadLaterMessages(), true, false);
			this.#laterPartLoaded = true;
			this.#revision += 1;
			return;
		}
		if (!i18next.hasResourceBundle(code, 'translation')) {
			i18next.addResourceBundle(code, 'translation', await loadMessages[code]());
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

import i18next, { type TFunction } from 'i18next';
import { formatMessages, joinCompounds, type CompoundStyle } from './compounds';
import { defaultLanguage, languageCodes, markLanguage, type LanguageCode } from './languages';
import { joinMessages, textPartNames, type MessageTree, type TextPart } from './locale-split';
import { loadMessages, loadTextPart, startMessages, type Messages } from './resources';

i18next.init({
	resources: { [defaultLanguage]: { translation: formatMessages(startMessages, 'hyphen') } },
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
	/** How compound words look: "Haupt-Menü" or "Haupt·menü". */
	compoundStyle = $state<CompoundStyle>('hyphen');
	/** Counts texts arriving later, so templates that showed before them update too. */
	#revision = $state(0);
	// The style each loaded bundle was formatted in.
	#formatted = new Map<LanguageCode, CompoundStyle>([[defaultLanguage, 'hyphen']]);
	#raw = new Map<LanguageCode, Messages>([[defaultLanguage, startMessages as Messages]]);
	// Text parts of Leichte Sprache that arrived since `#raw` was last joined (see #format).
	#rawParts: MessageTree[] = [];
	/** The text parts of Leichte Sprache that pages have asked for (see locale-split.ts). */
	#wantedParts = new Set<TextPart>();
	#partLoads = new Map<TextPart, Promise<void>>();

	/** Translates a key in the current language (reactive in templates). */
	t: TFunction = ((...args: Parameters<TFunction>) => {
		// Reading the state makes every caller depend on the language, the compound style and
		// on late texts.
		void this.language;
		void this.compoundStyle;
		void this.#revision;
		return (
			plainText(args[0], args[1]) ?? (i18next.t as unknown as (...a: unknown[]) => string)(...args)
		);
	}) as TFunction;

	/** Loads a language if needed, switches to it and updates `<html lang dir>`. */
	async setLanguage(code: LanguageCode): Promise<void> {
		await this.#load(code);
		this.#format(code, this.compoundStyle);
		await i18next.changeLanguage(code);
		this.language = code;
		if (typeof document !== 'undefined') markLanguage(document.documentElement, code);
	}

	/**
	 * Makes sure the texts of these parts are there (see locale-split.ts). Every page but the start
	 * page waits for its parts before it shows (see routes/+layout.ts).
	 */
	async loadParts(parts: readonly TextPart[]): Promise<void> {
		for (const part of parts) this.#wantedParts.add(part);
		await this.#load(this.language);
		this.#format(this.language, this.compoundStyle);
	}

	/** Makes sure every text of the language is there, not only the start page's. */
	async loadAll(): Promise<void> {
		await this.loadParts(textPartNames);
	}

	async #load(code: LanguageCode): Promise<void> {
		if (code === defaultLanguage) {
			await Promise.all([...this.#wantedParts].map((part) => this.#loadPart(part)));
			return;
		}
		if (!this.#raw.has(code)) this.#raw.set(code, await loadMessages[code]());
	}

	#loadPart(name: TextPart): Promise<void> {
		let loading = this.#partLoads.get(name);
		if (!loading) {
			loading = loadTextPart[name]().then(
				(part) => this.#addPart(part),
				(error: unknown) => {
					// Tried again with the next page that needs it.
					this.#partLoads.delete(name);
					throw error;
				}
			);
			this.#partLoads.set(name, loading);
		}
		return loading;
	}

	#addPart(part: MessageTree): void {
		const code = defaultLanguage;
		// The unformatted texts are joined only when the compound style changes (#format): a
		// page that loads its part needs just the part's own texts formatted.
		this.#rawParts.push(part);
		// Only the new texts are formatted and given to i18next; the rest are there already.
		const style = this.#formatted.get(code);
		if (style) i18next.addResourceBundle(code, 'translation', formatMessages(part, style), true);
		this.#revision += 1;
	}

	/** Shows compound words with a hyphen or a Mediopunkt from now on. */
	setCompoundStyle(style: CompoundStyle): void {
		this.#format(this.language, style);
		this.compoundStyle = style;
	}

	#format(code: LanguageCode, style: CompoundStyle): void {
		if (this.#formatted.get(code) === style) return;
		if (code === defaultLanguage && this.#rawParts.length > 0) {
			const parts = this.#rawParts.splice(0);
			const start = this.#raw.get(code) as MessageTree;
			this.#raw.set(code, parts.reduce(joinMessages, start) as Messages);
		}
		const raw = this.#raw.get(code);
		if (!raw) return;
		// Formatting the bundle once, not each text: placeholders filled with a person's own
		// words are never touched.
		i18next.addResourceBundle(code, 'translation', formatMessages(raw, style), true, true);
		this.#formatted.set(code, style);
	}
}

/**
 * The text of a key that needs none of i18next's rules, looked up straight in the loaded bundle:
 * a first page calls `t` a few hundred times, and i18next's full resolution costs about twenty
 * times as much. Only simple placeholders (`{{name}}`) are filled here; anything else (a count
 * with its plural forms, nested keys, a key the language lacks) is left to i18next (undefined).
 */
function plainText(key: unknown, options: unknown): string | undefined {
	if (typeof key !== 'string' || key.includes(':')) return undefined;
	if (options !== undefined && (typeof options !== 'object' || options === null)) return undefined;
	const values = options as Record<string, unknown> | undefined;
	if (values && ('count' in values || 'context' in values || 'lng' in values)) return undefined;
	const text = i18next.getResource(i18next.language, 'translation', key);
	if (typeof text !== 'string' || text.includes('$t(')) return undefined;
	if (!text.includes('{{')) return text;
	if (!values) return undefined;
	let missing = false;
	const filled = text.replace(PLACEHOLDER, (_whole, name: string) => {
		const value = values[name];
		if (value === undefined || value === null || typeof value === 'object') missing = true;
		return String(value);
	});
	return missing || filled.includes('{{') ? undefined : filled;
}

const PLACEHOLDER = /\{\{\s*([\w]+)\s*\}\}/g;

export const i18n = new Translator();

/** Shorthand for `i18n.t`. */
export const t = i18n.t;

/**
 * `t` for an accessible name (aria-label): compound words as whole words ("Hauptmenü"), as the
 * page's compound watcher would make them, already in the HTML built ahead of time.
 */
export const nameOf: TFunction = ((...args: Parameters<TFunction>) =>
	joinCompounds((i18n.t as unknown as (...a: unknown[]) => string)(...args))) as TFunction;

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

/**
 * Loads a part of the app that shows only now and then (a kiosk screen, the helper banner)
 * together with all texts: its words need not weigh on the start page's first download.
 * The start page's key test (locale-split.test.ts) knows that what loads this way needs no
 * start-part texts.
 */
export async function withAllTexts<T>(load: () => Promise<T>): Promise<T> {
	const [module] = await Promise.all([load(), i18n.loadAll()]);
	return module;
}

/**
 * Keeps a value that reads left to right (a phone number, a code) in that order inside text of
 * any direction: Unicode's left-to-right isolate, the text form of <bdi dir="ltr">.
 */
export function leftToRight(value: string): string {
	return `${LEFT_TO_RIGHT_ISOLATE}${value}${POP_DIRECTIONAL_ISOLATE}`;
}

// Written as code points: the characters themselves are invisible in an editor.
const LEFT_TO_RIGHT_ISOLATE = String.fromCodePoint(0x2066);
const POP_DIRECTIONAL_ISOLATE = String.fromCodePoint(0x2069);

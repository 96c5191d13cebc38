import { languageInfo, markLanguage, type LanguageCode } from '$lib/i18n/languages';
import type { TextSize, Theme } from '$lib/db/settings-schema';
import { defaultLanguage, type CompoundStyle } from '$lib/db/settings-values';

/** The few settings that change how the page looks before any script of the app runs. */
export interface Appearance {
	theme: Theme;
	textSize: TextSize;
	language: LanguageCode;
	compoundStyle: CompoundStyle;
}

/** Key of the copy in localStorage that the script in app.html reads before the first paint. */
export const appearanceKey = 'nahbei.appearance';

/**
 * Set on `<html>` by the script in app.html while the prerendered Leichte Sprache text is not what
 * the person chose (another language, or compound words with a Mediopunkt): app.css keeps the
 * page's words hidden until the app has started and written them in the right form.
 */
export const textPendingAttribute = 'data-text-pending';

/** Applies theme, text size and language to the document root. */
export function applyAppearance(root: HTMLElement, look: Appearance): void {
	root.dataset.theme = look.theme;
	root.dataset.textSize = look.textSize;
	markLanguage(root, look.language);
}

/** Shows the page's words: the app has started and wrote them in the chosen language. */
export function showText(root: HTMLElement): void {
	root.removeAttribute(textPendingAttribute);
}

/**
 * Keeps a copy of the look in localStorage. IndexedDB stays the truth; the copy only lets
 * the script in app.html paint the right colours and size at once, and hide the prerendered
 * Leichte Sprache from a person who chose other words, without a flash.
 */
export function rememberAppearance(storage: Storage | undefined, look: Appearance): void {
	try {
		storage?.setItem(
			appearanceKey,
			JSON.stringify({
				theme: look.theme,
				textSize: look.textSize,
				lang: languageInfo[look.language].htmlLang,
				dir: languageInfo[look.language].dir,
				// Whether the prerendered words are the person's words (app.html's script reads this).
				prerenderedText: look.language === defaultLanguage && look.compoundStyle === 'hyphen'
			})
		);
	} catch {
		// Storage may be full or blocked; the look still comes from IndexedDB after start.
	}
}

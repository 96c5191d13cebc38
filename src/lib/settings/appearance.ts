import { languageInfo, type LanguageCode } from '$lib/i18n/languages';
import type { TextSize, Theme } from '$lib/db/settings-schema';

/** The few settings that change how the page looks before any script of the app runs. */
export interface Appearance {
	theme: Theme;
	textSize: TextSize;
	language: LanguageCode;
}

/** Key of the copy in localStorage that app.html reads before the first paint. */
export const appearanceKey = 'nahbei.appearance';

/** Applies theme, text size and language to the document root. */
export function applyAppearance(root: HTMLElement, look: Appearance): void {
	root.dataset.theme = look.theme;
	root.dataset.textSize = look.textSize;
	root.lang = languageInfo[look.language].htmlLang;
	root.dir = languageInfo[look.language].dir;
}

/**
 * Keeps a copy of the look in localStorage. IndexedDB stays the truth; the copy only lets
 * app.html paint the right colours and size at once, without a flash.
 */
export function rememberAppearance(storage: Storage | undefined, look: Appearance): void {
	try {
		storage?.setItem(
			appearanceKey,
			JSON.stringify({
				theme: look.theme,
				textSize: look.textSize,
				lang: languageInfo[look.language].htmlLang,
				dir: languageInfo[look.language].dir
			})
		);
	} catch {
		// Storage may be full or blocked; the look still comes from IndexedDB after start.
	}
}

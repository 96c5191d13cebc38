import de from './locales/de.json';
import ls from './locales/de-x-ls.json';
import en from './locales/en.json';
import type { LanguageCode } from './languages';

/** Every locale is bundled with the app: nothing is loaded over the network. */
export const resources: Record<LanguageCode, { translation: typeof ls }> = {
	'de-x-ls': { translation: ls },
	de: { translation: de },
	en: { translation: en }
};

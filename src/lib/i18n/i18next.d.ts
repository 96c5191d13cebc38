import 'i18next';
import type ls from './locales/de-x-ls.json';

// Keys are checked at compile time against the Leichte Sprache file, the reference locale.
declare module 'i18next' {
	interface CustomTypeOptions {
		defaultNS: 'translation';
		resources: { translation: typeof ls };
	}
}

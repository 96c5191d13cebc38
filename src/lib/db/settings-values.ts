import type { SettingsValues } from './settings-schema';

// The choices and the defaults without the schema: the start page needs these, not valibot.

/** The languages nahbei speaks; the first is the default. */
export const languageCodes = ['de-x-ls', 'de', 'en', 'tr', 'ar', 'uk'] as const;
export type LanguageCode = (typeof languageCodes)[number];
export const defaultLanguage: LanguageCode = 'de-x-ls';

/** How long words are split on screen: "Haupt-Menü" or "Haupt·menü". */
export const compoundStyles = ['hyphen', 'mediopunkt'] as const;
export type CompoundStyle = (typeof compoundStyles)[number];

export const textSizes = ['normal', 'large', 'very-large'] as const;
export const themes = ['auto', 'light', 'dark', 'contrast'] as const;
/** Read-aloud speeds offered as plain choices instead of a slider. */
export const speechRates = [0.7, 0.85, 1, 1.2] as const;
/** Minutes the app may be hidden before the app lock asks for the PIN again. */
export const lockAfterChoices = [1, 5, 15] as const;

export const defaultSettings: SettingsValues = {
	language: defaultLanguage,
	textSize: 'normal',
	theme: 'auto',
	speechRate: 1,
	voiceURI: null,
	compoundStyle: 'hyphen',
	lastBackupAt: null,
	lockPin: null,
	lockAfterMinutes: 5,
	quartier: null
};

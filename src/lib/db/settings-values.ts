import { defaultLanguage } from '$lib/i18n/languages';
import type { SettingsValues } from './settings-schema';

// The choices and the defaults without the schema: the start page needs these, not valibot.
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
	lockAfterMinutes: 5
};

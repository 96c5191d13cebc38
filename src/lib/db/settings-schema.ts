import * as v from 'valibot';
import { compoundStyles } from '$lib/i18n/compounds';
import { defaultLanguage, languageCodes } from '$lib/i18n/languages';
import { PinHashSchema } from '$lib/kiosk/pin';

export const textSizes = ['normal', 'large', 'very-large'] as const;
export const themes = ['auto', 'light', 'dark', 'contrast'] as const;
/** Read-aloud speeds offered as plain choices instead of a slider. */
export const speechRates = [0.7, 0.85, 1, 1.2] as const;
/** Minutes the app may be hidden before the app lock asks for the PIN again. */
export const lockAfterChoices = [1, 5, 15] as const;

export const SettingsValuesSchema = v.object({
	language: v.picklist(languageCodes),
	textSize: v.picklist(textSizes),
	theme: v.picklist(themes),
	speechRate: v.pipe(v.number(), v.minValue(0.5), v.maxValue(2)),
	voiceURI: v.nullable(v.pipe(v.string(), v.maxLength(500))),
	/** How long words are split on screen: "Haupt-Menü" or "Haupt·menü". */
	compoundStyle: v.picklist(compoundStyles),
	/** When the person last made a backup ("Alles sichern"), for the reminder. */
	lastBackupAt: v.nullable(v.pipe(v.string(), v.isoTimestamp())),
	/** The app lock's PIN as a salted hash; null when the app is not locked. */
	lockPin: v.nullable(PinHashSchema),
	lockAfterMinutes: v.picklist(lockAfterChoices)
});

export type SettingsValues = v.InferOutput<typeof SettingsValuesSchema>;
export type TextSize = SettingsValues['textSize'];
export type Theme = SettingsValues['theme'];

export interface SettingsRecord extends SettingsValues {
	id: 'app';
	createdAt: string;
	updatedAt: string;
}

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

import * as v from 'valibot';
import { PinHashSchema } from './pin-schema';
import {
	compoundStyles,
	languageCodes,
	lockAfterChoices,
	textSizes,
	themes
} from './settings-values';

export {
	defaultSettings,
	lockAfterChoices,
	speechRates,
	textSizes,
	themes
} from './settings-values';

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
	lockAfterMinutes: v.picklist(lockAfterChoices),
	/** The Quartier whose offers the person sees (its id in the index); null until chosen. */
	quartier: v.nullable(v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,60}$/)))
});

export type SettingsValues = v.InferOutput<typeof SettingsValuesSchema>;
export type TextSize = SettingsValues['textSize'];
export type Theme = SettingsValues['theme'];

export interface SettingsRecord extends SettingsValues {
	id: 'app';
	createdAt: string;
	updatedAt: string;
}

/** A change still waiting in localStorage, with anything unknown or damaged left out. */
export function readPendingSettings(value: unknown): Partial<SettingsValues> {
	const parsed = v.safeParse(v.partial(SettingsValuesSchema), value);
	return parsed.success ? parsed.output : {};
}

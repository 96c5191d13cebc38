import * as v from 'valibot';
import type { NahbeiDatabase } from './database';
import {
	defaultSettings,
	SettingsValuesSchema,
	type SettingsRecord,
	type SettingsValues
} from './settings-schema';
import { guardStorage } from './storage-problem';

const settingsId = 'app';

/**
 * Reads the settings. A missing row gives the defaults; a damaged field falls back to its default,
 * so one bad value never locks a person out of the app.
 */
export async function loadSettings(db: NahbeiDatabase): Promise<SettingsValues> {
	const row: SettingsRecord | undefined = await guardStorage(() => db.settings.get(settingsId));
	if (!row) return { ...defaultSettings };
	const settings = { ...defaultSettings };
	for (const key of Object.keys(defaultSettings) as (keyof SettingsValues)[]) {
		const field = SettingsValuesSchema.entries[key];
		const parsed = v.safeParse(field, row[key]);
		if (parsed.success) Object.assign(settings, { [key]: parsed.output });
	}
	return settings;
}

/** Validates and stores a change to the settings; returns the settings as saved. */
export async function saveSettings(
	db: NahbeiDatabase,
	change: Partial<SettingsValues>
): Promise<SettingsValues> {
	return guardStorage(() =>
		db.transaction('rw', db.settings, async () => {
			const current = await db.settings.get(settingsId);
			const now = new Date().toISOString();
			const values = v.parse(SettingsValuesSchema, {
				...defaultSettings,
				...pickValues(current),
				...change
			});
			await db.settings.put({
				...values,
				id: settingsId,
				createdAt: current?.createdAt ?? now,
				updatedAt: now
			});
			return values;
		})
	);
}

function pickValues(row: SettingsRecord | undefined): Partial<SettingsValues> {
	if (!row) return {};
	const parsed = v.safeParse(SettingsValuesSchema, row);
	return parsed.success ? parsed.output : {};
}

import { languageInfo, type LanguageCode } from '$lib/i18n/languages';

// easyNWK files give a day only; they arrive as midnight UTC.
const DAY_ONLY = 'T00:00:00.000Z';

/**
 * When a saved state was taken, in the chosen language: "30. November 2026 um 14:05". The clock
 * counts to 24 in every language, as the times of offers do.
 */
export function snapshotDate(takenAt: string, language: LanguageCode, timeZone?: string): string {
	// An imported day has no time of its own: it gets no "um 00:00".
	const dayOnly = takenAt.endsWith(DAY_ONLY);
	return new Intl.DateTimeFormat(languageInfo[language].intlLocale, {
		dateStyle: 'long',
		...(dayOnly ? { timeZone: 'UTC' } : { timeStyle: 'short', hourCycle: 'h23', timeZone })
	}).format(new Date(takenAt));
}

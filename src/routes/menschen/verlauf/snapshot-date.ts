import { formatDateTime } from '$lib/i18n/format';
import { languageInfo, type LanguageCode } from '$lib/i18n/languages';

/**
 * When a saved state was taken, in the chosen language: "30. November 2026 um 14:05"; an
 * imported day (easyNWK gives days only) without a time.
 */
export function snapshotDate(takenAt: string, language: LanguageCode, timeZone?: string): string {
	return formatDateTime(takenAt, languageInfo[language].intlLocale, timeZone);
}

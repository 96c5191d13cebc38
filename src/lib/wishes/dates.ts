import { formatDay as formatDayIn } from '$lib/i18n/format';
import { languageInfo, type LanguageCode } from '$lib/i18n/languages';

/** Writes a calendar day (YYYY-MM-DD) in words in an app language: "30. November 2026". */
export function formatDay(date: string, language: LanguageCode): string {
	return formatDayIn(date, languageInfo[language].intlLocale);
}

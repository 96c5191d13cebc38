import { languageInfo, type LanguageCode } from '$lib/i18n/languages';

/** Writes a calendar day (YYYY-MM-DD) in words: "30. November 2026". */
export function formatDay(date: string, language: LanguageCode): string {
	const day = new Date(`${date}T12:00:00Z`);
	if (Number.isNaN(day.getTime())) return date;
	return new Intl.DateTimeFormat(languageInfo[language].intlLocale, {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(day);
}

/**
 * Dates, times, numbers and lists in the chosen language: the one place that asks Intl. Every
 * language counts the clock to 24, as the times of offers do, and keeps Western digits
 * (see `IntlLocale` in languages.ts).
 */
import type { IntlLocale } from './languages';

/** The Quartier's time zone: offers' times and the editor's dates are told in it. */
export const quartierTimeZone = 'Europe/Berlin';

const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(
	key: string,
	make: () => T
): T {
	let formatter = formatters.get(key) as T | undefined;
	if (!formatter) {
		formatter = make();
		formatters.set(key, formatter);
	}
	return formatter;
}

const dayOnly = /^\d{4}-\d{2}-\d{2}$/;
// easyNWK files give a day only; such days arrive as midnight UTC.
const midnightUtc = 'T00:00:00.000Z';

/**
 * A day in words: "30. November 2026". A calendar day ('YYYY-MM-DD') is that day wherever the
 * device is; a moment (an ISO time) is the day it was in `timeZone` (the Quartier's by default).
 * Text that is no date comes back as it is.
 */
export function formatDay(
	date: string,
	locale: IntlLocale,
	timeZone: string = quartierTimeZone
): string {
	const isDay = dayOnly.test(date);
	const moment = new Date(isDay ? `${date}T12:00:00Z` : date);
	if (Number.isNaN(moment.getTime())) return date;
	const zone = isDay ? 'UTC' : timeZone;
	return cached(
		`day|${locale}|${zone}`,
		() =>
			new Intl.DateTimeFormat(locale, {
				day: 'numeric',
				month: 'long',
				year: 'numeric',
				timeZone: zone
			})
	).format(moment);
}

/**
 * A moment with its day and time: "30. November 2026 um 14:05", in the device's time zone unless
 * one is given. A day-only stamp (midnight UTC, as easyNWK files give) gets no "um 00:00".
 */
export function formatDateTime(moment: string, locale: IntlLocale, timeZone?: string): string {
	const when = new Date(moment);
	if (Number.isNaN(when.getTime())) return moment;
	if (moment.endsWith(midnightUtc)) {
		return cached(
			`date|${locale}`,
			() => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })
		).format(when);
	}
	return cached(
		`datetime|${locale}|${timeZone ?? ''}`,
		() =>
			new Intl.DateTimeFormat(locale, {
				dateStyle: 'long',
				timeStyle: 'short',
				hourCycle: 'h23',
				timeZone
			})
	).format(when);
}

/** Names joined as the language joins them: "Anna, Ben und Carla". */
export function formatList(items: readonly string[], locale: IntlLocale): string {
	return cached(
		`list|${locale}`,
		() => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })
	).format(items);
}

/** A number as the language writes it: "1.234,5" in German. */
export function formatNumber(
	value: number,
	locale: IntlLocale,
	options: Intl.NumberFormatOptions = {}
): string {
	return cached(
		`number|${locale}|${JSON.stringify(options)}`,
		() => new Intl.NumberFormat(locale, options)
	).format(value);
}

import * as icons from '$lib/icons/icons';
import type { IconShape } from '$lib/icons/icons';
import { formatDay, formatList, formatNumber } from '$lib/i18n/format';
import type { IntlLocale } from '$lib/i18n/languages';
import { isFree } from './filters';
import type { Offer, OfferCategory } from './offer';
import {
	describeSchedule,
	isOpenAt,
	nextOpening,
	openUntil,
	type MonthlyWeekday,
	type Schedule
} from './opening-hours';
import {
	dayNumberOf,
	instantOnDay,
	wallClockAt,
	weekdayOfDayNumber,
	type Weekday
} from './zoned-time';

/** A translate function: the app passes i18next's `t`, tests pass a fake. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The locale Intl uses for lists, numbers and dates: `languageInfo[code].intlLocale`. */
export type IntlLanguage = IntlLocale;

const zone = 'Europe/Berlin';

/** Says a local time like '12:00' as "12 Uhr" and '12:30' as "12 Uhr 30" (or the language's way). */
export function sayTime(time: string, t: Translate): string {
	const [hour = '0', minute = '00'] = time.split(':');
	const h = String(Number(hour));
	return minute === '00'
		? t('offers.time.hour', { hour: h })
		: t('offers.time.hourMinute', { hour: h, minute });
}

function sayDays(days: Weekday[], t: Translate, lang: IntlLanguage): string {
	return formatList(
		days.map((day) => t(`offers.days.${day}`)),
		lang
	);
}

function sayOrdinal(entry: MonthlyWeekday, t: Translate): string {
	const words: Record<number, string> = {
		1: 'first',
		2: 'second',
		3: 'third',
		4: 'fourth',
		[-1]: 'last'
	};
	return t(`offers.ordinal.${words[entry.ordinal ?? 1] ?? 'first'}`);
}

/** One schedule as a sentence: "Jeden Mittwoch von 12 Uhr bis 14 Uhr." Null when it says nothing. */
export function scheduleSentence(
	schedule: Schedule,
	t: Translate,
	lang: IntlLanguage
): string | null {
	const d = describeSchedule(schedule);
	if (d.closed) {
		if (d.kind === 'monthly' && d.weekdays[0]) {
			return t('offers.time.closedDays', {
				which: sayOrdinal(d.weekdays[0], t),
				day: t(`offers.days.${d.weekdays[0].day}`)
			});
		}
		if (d.validFrom && d.validTo) {
			return t('offers.time.closedFrom', {
				from: formatDay(d.validFrom, lang),
				to: formatDay(d.validTo, lang)
			});
		}
		return d.text ?? null;
	}
	if (d.allDay) return t('offers.time.allDay');
	const times =
		d.opens && d.closes ? { opens: sayTime(d.opens, t), closes: sayTime(d.closes, t) } : null;
	if (!times) return d.text ?? null;
	switch (d.kind) {
		case 'daily':
			return t('offers.time.daily', times);
		case 'weekly':
			return t(d.interval === 2 ? 'offers.time.everyOtherWeek' : 'offers.time.weekly', {
				...times,
				days: sayDays(d.days, t, lang)
			});
		case 'monthly': {
			const first = d.weekdays[0];
			if (first) {
				return t('offers.time.monthly', {
					...times,
					which: sayOrdinal(first, t),
					day: t(`offers.days.${first.day}`)
				});
			}
			if (d.monthDays[0]) return t('offers.time.monthDay', { ...times, day: d.monthDays[0] });
			return d.text ?? null;
		}
		case 'once':
			return t('offers.time.once', { ...times, date: formatDay(d.date, lang) });
		default:
			return d.text ?? null;
	}
}

/** Every schedule of an offer as sentences, openings first, closures after. */
export function scheduleSentences(offer: Offer, t: Translate, lang: IntlLanguage): string[] {
	const sentences = offer.schedules
		.map((schedule) => ({
			closed: describeSchedule(schedule).closed,
			text: scheduleSentence(schedule, t, lang)
		}))
		.filter((entry): entry is { closed: boolean; text: string } => entry.text !== null);
	const openings = sentences.filter((entry) => !entry.closed).map((entry) => entry.text);
	const closures = sentences.filter((entry) => entry.closed).map((entry) => entry.text);
	const all = [...openings, ...closures];
	if (offer.scheduleNote) all.push(offer.scheduleNote);
	return all;
}

/** Whether an offer is open now, as words to say: a key of `offers.time` and its clock time. */
interface OpenStatus {
	key: 'unknown' | 'openNow' | 'openNowUntil' | 'closedNow' | 'closedNowNextOpen';
	time?: string;
	day?: Weekday;
	/** The status holds from this instant (ms) … */
	from: number;
	/** … until this one: the next opening or closing, at the latest the next local midnight. */
	until: number;
}

// The status of an offer changes only when it opens or closes (or the day changes), so a list
// that follows the clock asks again each minute but works it out only when it changed. Kept by
// schedules, as it depends on nothing else: an edited offer brings new schedules.
const statuses = new WeakMap<readonly Schedule[], OpenStatus>();

function openStatus(schedules: readonly Schedule[], now: Date): OpenStatus {
	const at = now.getTime();
	const known = statuses.get(schedules);
	if (known && known.from <= at && at < known.until) return known;
	const status = workOutStatus(schedules, now);
	statuses.set(schedules, status);
	return status;
}

function clockTime(instant: Date): string {
	const clock = wallClockAt(instant, zone);
	return `${clock.hour}:${pad(clock.minute)}`;
}

function workOutStatus(schedules: readonly Schedule[], now: Date): OpenStatus {
	const from = now.getTime();
	const midnight = instantOnDay(dayNumberOf(wallClockAt(now, zone)) + 1, 0, zone).getTime();
	const state = isOpenAt(schedules, now, zone);
	if (state === 'unknown') return { key: 'unknown', from, until: midnight };
	if (state === 'open') {
		const until = openUntil(schedules, now, zone);
		if (!until) return { key: 'openNow', from, until: midnight };
		return { key: 'openNowUntil', time: clockTime(until), from, until: until.getTime() };
	}
	const next = nextOpening(schedules, now, zone);
	if (!next) return { key: 'closedNow', from, until: midnight };
	return {
		key: 'closedNowNextOpen',
		time: clockTime(next),
		day: weekdayOfDayNumber(dayNumberOf(wallClockAt(next, zone))),
		from,
		until: Math.min(next.getTime(), midnight)
	};
}

/** Whether the offer is open now, in words: "Jetzt offen bis 14 Uhr." */
export function statusSentence(offer: Offer, now: Date, t: Translate): string {
	const status = openStatus(offer.schedules, now);
	const key = `offers.time.${status.key}`;
	if (!status.time) return t(key);
	const time = sayTime(status.time, t);
	return status.day ? t(key, { day: t(`offers.days.${status.day}`), time }) : t(key, { time });
}

function pad(value: number): string {
	return String(value).padStart(2, '0');
}

/** A price like 3 or 3.5 in words of the language: "3 Euro", "3,50 Euro". */
export function sayAmount(amount: number, t: Translate, lang: IntlLanguage): string {
	const number = formatNumber(amount, lang, {
		minimumFractionDigits: Number.isInteger(amount) ? 0 : 2,
		maximumFractionDigits: 2
	});
	return t('offers.price.amount', { amount: number });
}

/** What an offer costs, one sentence per price option. */
export function priceSentences(offer: Offer, t: Translate, lang: IntlLanguage): string[] {
	if (isFree(offer)) return [t('offers.price.free')];
	const sentences = offer.costs
		.map((cost) => {
			const amount = typeof cost.amount === 'number' ? sayAmount(cost.amount, t, lang) : null;
			const option = cost.option?.trim() || cost.amountDescription?.trim();
			if (amount && option) return t('offers.price.option', { amount, option });
			return amount ?? option ?? null;
		})
		.filter((sentence): sentence is string => Boolean(sentence));
	return sentences.length > 0 ? sentences : [t('offers.price.unknown')];
}

/** The picture that goes with each category. */
export const categoryIcons = {
	essen: icons.food,
	nachbarschaftshilfe: icons.helping,
	treffpunkt: icons.meeting,
	beratung: icons.advice,
	lernen: icons.book,
	reparieren: icons.repair,
	sport: icons.sport,
	sprache: icons.language,
	kultur: icons.culture,
	gesundheit: icons.health,
	einkaufen: icons.shopping,
	sonstiges: icons.plus
} as const satisfies Record<OfferCategory, IconShape>;

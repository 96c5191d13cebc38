/**
 * Public holidays for "Jetzt offen" and "Heute offen": the German holidays and those of Hamburg
 * (Reformationstag since 2018), Easter-based dates included, computed by `feiertagejs` for any
 * year. Days are local dates as day numbers (see `zoned-time.ts`).
 */
import { getHolidays, type Region } from 'feiertagejs';
import { dateOfDayNumber, dayNumberOf } from './zoned-time';

/** The region whose holidays count: Hamburg, where the Quartiere are. */
export const HOLIDAY_REGION: Region = 'HH';

const byYear = new Map<string, ReadonlySet<number>>();

function holidaysOf(year: number, region: Region): ReadonlySet<number> {
	const key = `${region}:${year}`;
	let days = byYear.get(key);
	if (!days) {
		days = new Set(
			getHolidays(year, region).map((holiday) => {
				// dateString is the local date the holiday falls on, YYYY-MM-DD.
				const [y, m, d] = holiday.dateString.split('-').map(Number);
				return dayNumberOf({ year: y ?? year, month: m ?? 1, day: d ?? 1 });
			})
		);
		byYear.set(key, days);
	}
	return days;
}

/** Whether a local day (as a day number) is a public holiday in the region. */
export function isPublicHoliday(dayNumber: number, region = HOLIDAY_REGION): boolean {
	return holidaysOf(dateOfDayNumber(dayNumber).year, region).has(dayNumber);
}

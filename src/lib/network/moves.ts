/**
 * One step on the map per button press: "Näher", "Weiter weg", "Anderer Bereich". The steps go
 * sehr nah – nah – weiter weg – gerade kein Kontakt, and the areas go round in map order.
 */
import { areas, closenessLevels, closenessRank, type Area, type Closeness } from './basics';

// closenessLevels is ordered by rank already: 1, 2, 3, 0.
const byRank: readonly Closeness[] = [...closenessLevels].sort(
	(x, y) => closenessRank(x) - closenessRank(y)
);

/** One step closer, or null when the person is already as close as can be. */
export function stepCloser(closeness: Closeness): Closeness | null {
	return byRank[closenessRank(closeness) - 1] ?? null;
}

/** One step further away, or null when there is no contact now already. */
export function stepFurther(closeness: Closeness): Closeness | null {
	return byRank[closenessRank(closeness) + 1] ?? null;
}

/** The next area in map order, and after Profis Familie again. */
export function nextArea(area: Area): Area {
	return areas[(areas.indexOf(area) + 1) % areas.length] ?? areas[0];
}

/**
 * The lists, limits, types and small helpers of Meine Menschen, without the schemas: the list
 * of people needs only these at start. model.ts adds the schemas (valibot) for files and writes.
 */
import { areas, type Closeness } from '$lib/db/network-values';
import type { Person } from '$lib/db/network-schema';

export {
	areas,
	cleanTies,
	closenessLevels,
	emptySelf,
	genders,
	helpTopics,
	kinds,
	networkLimits as limits,
	normaliseTie,
	supportDirections,
	supportKinds,
	tieKey,
	type Area,
	type Closeness,
	type Gender,
	type HelpTopic,
	type Kind,
	type SupportDirection,
	type SupportKind
} from '$lib/db/network-values';
export type {
	EasyNwkPlacement,
	NetworkSnapshot,
	Person,
	Self,
	Support,
	Tie
} from '$lib/db/network-schema';

/** How far away a closeness level is: 0 for sehr nah up to 3 for gerade kein Kontakt. */
export function closenessRank(closeness: Closeness): number {
	return closeness === 0 ? 3 : closeness - 1;
}

// One collator for every comparison: localeCompare with a locale builds its rules on each call.
// It is made at the first comparison, not when the page loads: the first collator of a page
// reads the browser's language data, tens of milliseconds on a cheap phone, and a list of
// fewer than two people is never compared.
let collator: Intl.Collator | undefined;
const byName = (x: string, y: string) => (collator ??= new Intl.Collator('de')).compare(x, y);

/** People in the order of the list and the map: by area, then closeness, then name. */
export function inListOrder<T extends Pick<Person, 'area' | 'closeness' | 'name'>>(
	people: readonly T[]
): T[] {
	return [...people].sort(
		(x, y) =>
			areas.indexOf(x.area) - areas.indexOf(y.area) ||
			closenessRank(x.closeness) - closenessRank(y.closeness) ||
			byName(x.name, y.name)
	);
}

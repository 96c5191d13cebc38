import { areas, type Closeness, type Person } from '$lib/db/network-schema';

// What is stored (the lists, the schemas, the one form of a tie) is defined in lib/db; this
// module gives it to the rest of the app under the names it has always had.
export {
	areas,
	cleanTies,
	closenessLevels,
	EasyNwkPlacementSchema,
	genders,
	helpTopics,
	kinds,
	networkLimits as limits,
	NetworkSnapshotSchema,
	normaliseTie,
	PersonSchema,
	SelfSchema,
	supportDirections,
	supportKinds,
	emptySelf,
	tieKey,
	TieSchema,
	type Area,
	type Closeness,
	type EasyNwkPlacement,
	type Gender,
	type HelpTopic,
	type Kind,
	type NetworkSnapshot,
	type Person,
	type Self,
	type Support,
	type SupportDirection,
	type SupportKind,
	type Tie
} from '$lib/db/network-schema';
export { hasControlCharacters, removeControlCharacters } from '$lib/db/text';

/** How far away a closeness level is: 0 for sehr nah up to 3 for gerade kein Kontakt. */
export function closenessRank(closeness: Closeness): number {
	return closeness === 0 ? 3 : closeness - 1;
}

// One collator for every comparison: localeCompare with a locale builds its rules on each call.
const byName = new Intl.Collator('de').compare;

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

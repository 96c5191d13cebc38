// "Zahlen für Fach-Leute": every easyNWK figure as a table row, one column per group, with
// easyNWK's own names and the exact values, so a Lotse can put them beside easyNWK's Kennzahlen.
import {
	type FigureGroup,
	type NetworkFigures,
	type SizePair,
	type Spread
} from '$lib/network/figures';
import { genders, type Person } from '$lib/network/basics';
import { horizons } from '$lib/network/placement';

/** The columns, in easyNWK's order: the whole network, each sector, without professionals. */
export const expertColumns = [
	'all',
	'family',
	'friends',
	'quartier',
	'professionals',
	'withoutProfessionals'
] as const satisfies readonly FigureGroup[];

/** One row: the key of its name, the values it fills in, and its cell in each column. */
export interface ExpertRow {
	key: string;
	values?: Record<string, string>;
	cells: string[];
}

/** Formats numbers the way the table shows them: up to 3 decimals, in the app's language. */
export type NumberText = (value: number) => string;

/** The rows of the table, and the cliques over the whole network, from its figures. */
export function expertFigures(
	people: readonly Person[],
	figures: NetworkFigures,
	number: NumberText,
	starsText: (names: string[], count: number) => string
): { rows: ExpertRow[]; cliques: string[][] } {
	const names = new Map(people.map((person) => [person.id, person.name]));
	const named = (ids: string[]) => ids.map((id) => names.get(id) ?? '');
	const groups = expertColumns.map((column) => figures.groups[column]);
	const pair = (size: SizePair, plus = 0) =>
		`${number(size.connected + plus)} (${number(size.connectable + plus)})`;
	const spread = (value: Spread) =>
		value.mean === null ? '–' : `${number(value.mean)} (${number(value.sd ?? 0)})`;
	const list = (ids: string[]) =>
		ids.length === 0 ? number(0) : `${number(ids.length)} (${named(ids).join(', ')})`;
	const rows: ExpertRow[] = [
		{ key: 'size', cells: groups.map((group) => pair(group.size)) },
		{ key: 'sizeWithEgo', cells: groups.map((group) => pair(group.size, 1)) },
		...genders.map((gender) => ({
			key: `gender.${gender}`,
			cells: groups.map((group) => pair(group.sizeByGender[gender]))
		})),
		...horizons.map((horizon) => ({
			key: `horizon.${horizon}`,
			cells: groups.map((group) => pair(group.sizeByHorizon[horizon]))
		})),
		{ key: 'closeness', cells: groups.map((group) => spread(group.closeness)) },
		{ key: 'ties', cells: groups.map((group) => number(group.ties)) },
		{ key: 'density', cells: groups.map((group) => number(group.density)) },
		{ key: 'degree', cells: groups.map((group) => spread(group.degree)) },
		{
			key: 'stars',
			cells: groups.map((group) =>
				group.stars.length === 0 ? '–' : starsText(named(group.stars), group.maxDegree)
			)
		},
		{ key: 'isolated', cells: groups.map((group) => list(group.isolated)) },
		{ key: 'withoutTieToEgo', cells: groups.map((group) => list(group.withoutTieToEgo)) }
	];
	return { rows, cliques: figures.cliques.map(named) };
}

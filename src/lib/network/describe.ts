/**
 * The data for spoken and written sentences about the network: translation keys with their
 * values, one statement each (Leichte Sprache). The UI turns each part into a sentence with
 * i18next, e.g. `t(part.key, part)`; `count` selects the `_one` / `_other` form.
 */
import type { SnapshotComparison } from './compare';
import type { NetworkFigures } from './figures';
import { areas, supportKinds, type Area, type Closeness, type Person } from './basics';

/** One sentence to translate: its key and the values for its placeholders. */
export interface SpokenPart {
	key: string;
	count?: number;
	first?: string;
	second?: string;
	total?: number;
	area?: Area;
	name?: string;
	names?: string[];
	text?: string;
}

const closenessKeys: Record<Closeness, string> = {
	1: 'network.closeness.veryClose',
	2: 'network.closeness.close',
	3: 'network.closeness.further',
	0: 'network.closeness.noContactNow'
};

/** The key that names a closeness level, e.g. "Sehr nah". */
export function closenessKey(closeness: Closeness): string {
	return closenessKeys[closeness];
}

/** The key that names an area, e.g. "Familie". */
export function areaKey(area: Area): string {
	return `network.area.${area}`;
}

/** The parts for "Anna. Familie. Sehr nah. Hilft beim Einkaufen." and what I do for Anna. */
export function describePerson(
	person: Pick<
		Person,
		| 'name'
		| 'kind'
		| 'area'
		| 'closeness'
		| 'helpsWith'
		| 'helpsWithOther'
		| 'iDoForThem'
		| 'deceased'
		| 'notHuman'
	> &
		Partial<Pick<Person, 'support'>>
): SpokenPart[] {
	const parts: SpokenPart[] = [{ key: 'network.person.name', name: person.name }];
	if (person.kind === 'place') parts.push({ key: 'network.person.isPlace' });
	if (person.notHuman) parts.push({ key: 'network.person.notHuman' });
	if (person.deceased) parts.push({ key: 'network.person.deceased' });
	parts.push({ key: areaKey(person.area) });
	parts.push({ key: closenessKey(person.closeness) });
	for (const topic of person.helpsWith) parts.push({ key: `network.person.helpsWith.${topic}` });
	const other = person.helpsWithOther.trim();
	if (other) parts.push({ key: 'network.person.helpsWithOther', text: other });
	const mine = person.iDoForThem.trim();
	if (mine) parts.push({ key: 'network.person.iDoForThem', text: mine });
	return [...parts, ...describeSupport(person)];
}

/**
 * easyNWK's support both ways, one sentence each: "Maria hilft Ihnen beim Reden." and "Sie
 * helfen Maria beim Einkaufen."
 */
export function describeSupport(
	person: Pick<Person, 'name'> & Partial<Pick<Person, 'support'>>
): SpokenPart[] {
	const support = person.support ?? {};
	const toYou = supportKinds.filter((kind) => support[kind] === 2 || support[kind] === 3);
	const fromYou = supportKinds.filter((kind) => support[kind] === 1 || support[kind] === 3);
	return [
		...toYou.map((kind) => ({ key: `network.support.helpsYou.${kind}`, name: person.name })),
		...fromYou.map((kind) => ({ key: `network.support.youHelp.${kind}`, name: person.name }))
	];
}

/** Whom a person knows, in one sentence: "Maria kennt Ewald, Josefine und Lara." */
export function describeTies(person: Pick<Person, 'name'>, known: readonly string[]): SpokenPart {
	return known.length > 0
		? { key: 'network.ties.knows', name: person.name, names: [...known] }
		: { key: 'network.ties.knowsNobody', name: person.name };
}

/**
 * The parts that say what the figures mean for the person: how many people, how many per area,
 * who has no contact now, who knows the most others, who knows nobody else, groups that all know
 * each other. Density and deviations are left to the Lotse's table.
 */
export function describeFigures(figures: NetworkFigures, people: readonly Person[]): SpokenPart[] {
	const names = new Map(people.map((person) => [person.id, person.name]));
	const named = (ids: string[]) => ids.map((id) => names.get(id) ?? '');
	const all = figures.groups.all;
	const parts: SpokenPart[] = [
		{ key: 'network.figures.size', count: all.size.connected, total: all.size.connectable }
	];
	for (const area of areas) {
		const size = figures.groups[area].size;
		if (size.connectable === 0) continue;
		parts.push({
			key: 'network.figures.areaCount',
			count: size.connected,
			total: size.connectable,
			area
		});
	}
	if (all.withoutTieToEgo.length > 0) {
		parts.push({
			key: 'network.figures.noContactNow',
			count: all.withoutTieToEgo.length,
			names: named(all.withoutTieToEgo)
		});
	}
	if (all.stars.length > 0) {
		// The verb agrees with the names ("Maria kennt", "Maria und Ewald kennen"), not the number.
		parts.push({ key: 'network.figures.stars', count: all.stars.length, names: named(all.stars) });
		parts.push({
			key: all.stars.length > 1 ? 'network.figures.starsEachKnow' : 'network.figures.starKnows',
			count: all.maxDegree
		});
	}
	if (all.isolated.length > 0) {
		parts.push({
			key: 'network.figures.isolated',
			count: all.isolated.length,
			names: named(all.isolated)
		});
	}
	for (const clique of figures.cliques) {
		parts.push({ key: 'network.figures.clique', count: clique.length, names: named(clique) });
	}
	return parts;
}

/**
 * The parts that say what changed between two snapshots: one sentence per kind of change to
 * people, and one per tie that came or went.
 */
export function describeComparison(comparison: SnapshotComparison): SpokenPart[] {
	const kinds = ['added', 'removed', 'closer', 'further', 'movedArea'] as const;
	const parts: SpokenPart[] = kinds
		.filter((kind) => comparison[kind].length > 0)
		.map((kind) => ({
			key: `network.compare.${kind}`,
			count: comparison[kind].length,
			names: comparison[kind].map((entry) => entry.name)
		}));
	for (const [kind, ties] of [
		['tieAdded', comparison.tiesAdded],
		['tieRemoved', comparison.tiesRemoved]
	] as const) {
		for (const tie of ties)
			parts.push({
				key: `network.compare.${kind}`,
				first: tie.first.name,
				second: tie.second.name
			});
	}
	return parts.length > 0 ? parts : [{ key: 'network.compare.unchanged' }];
}

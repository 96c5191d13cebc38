import { closenessRank, tieKey, type Area, type Closeness, type Person, type Tie } from './basics';

/** A person named in a comparison. */
export interface PersonRef {
	id: string;
	name: string;
}

export interface ClosenessChange extends PersonRef {
	from: Closeness;
	to: Closeness;
}

export interface AreaChange extends PersonRef {
	from: Area;
	to: Area;
}

/** A tie named in a comparison: the two people it joins. */
export interface TieRef {
	first: PersonRef;
	second: PersonRef;
}

/** What changed between two snapshots of the same network. */
export interface SnapshotComparison {
	added: PersonRef[];
	removed: PersonRef[];
	closer: ClosenessChange[];
	further: ClosenessChange[];
	movedArea: AreaChange[];
	tiesAdded: TieRef[];
	tiesRemoved: TieRef[];
}

type Side = { people: readonly Person[]; ties?: readonly Tie[] };

/** The ties of one side that the other side lacks, named by the side's own people. */
function tiesOnlyIn(side: Side, other: Side): TieRef[] {
	const names = new Map(side.people.map((person) => [person.id, person.name]));
	const known = new Set((other.ties ?? []).map(tieKey));
	return (side.ties ?? [])
		.filter((tie) => !known.has(tieKey(tie)) && names.has(tie.a) && names.has(tie.b))
		.map((tie) => ({
			first: { id: tie.a, name: names.get(tie.a) ?? '' },
			second: { id: tie.b, name: names.get(tie.b) ?? '' }
		}))
		.sort(
			(x, y) =>
				x.first.name.localeCompare(y.first.name, 'de') ||
				x.second.name.localeCompare(y.second.name, 'de')
		);
}

/**
 * Compares two snapshots person by person (by id; an imported easyNWK contact keeps its id across
 * versions): who is new, who is gone, who came closer or moved further away, who changed area.
 * "Gerade kein Kontakt" counts as further away than "weiter weg". Ties that came or went are
 * named by their two people.
 */
export function compareSnapshots(older: Side, newer: Side): SnapshotComparison {
	const before = new Map(older.people.map((person) => [person.id, person]));
	const after = new Set(newer.people.map((person) => person.id));
	const result: SnapshotComparison = {
		added: [],
		removed: [],
		closer: [],
		further: [],
		movedArea: [],
		tiesAdded: tiesOnlyIn(newer, older),
		tiesRemoved: tiesOnlyIn(older, newer)
	};
	for (const person of newer.people) {
		const ref = { id: person.id, name: person.name };
		const was = before.get(person.id);
		if (!was) {
			result.added.push(ref);
			continue;
		}
		const step = closenessRank(person.closeness) - closenessRank(was.closeness);
		if (step !== 0) {
			const change = { ...ref, from: was.closeness, to: person.closeness };
			(step < 0 ? result.closer : result.further).push(change);
		}
		if (person.area !== was.area)
			result.movedArea.push({ ...ref, from: was.area, to: person.area });
	}
	for (const person of older.people) {
		if (!after.has(person.id)) result.removed.push({ id: person.id, name: person.name });
	}
	return result;
}

/** Whether nothing changed that compareSnapshots reports. */
export function isUnchanged(comparison: SnapshotComparison): boolean {
	return Object.values(comparison).every((list: unknown[]) => list.length === 0);
}

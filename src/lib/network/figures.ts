/**
 * The key figures of a network map, by the same definitions as easyNWK Web 2.7 (see
 * /work/shared/network-figures.md and placement.ts for how our people become easyNWK contacts).
 */
import { areas, genders, type Area, type Gender, type Person, type Tie } from './model';
import {
	areaFromAngle,
	closenessScore,
	horizonFromDistance,
	horizons,
	placementOf,
	type Horizon,
	type Placement
} from './placement';

/** The groups easyNWK reports on: the whole network, each sector, and the network without professionals. */
export const figureGroups = ['all', ...areas, 'withoutProfessionals'] as const;
export type FigureGroup = (typeof figureGroups)[number];

/** A size as easyNWK shows it: those with a tie to ego, and in brackets everyone in the valid set. */
export interface SizePair {
	connected: number;
	connectable: number;
}

/** Mean and population standard deviation; null when there is nobody to average over. */
export interface Spread {
	mean: number | null;
	sd: number | null;
}

export interface GroupFigures {
	size: SizePair;
	sizeByGender: Record<Gender, SizePair>;
	sizeByHorizon: Record<Horizon, SizePair>;
	/** Closeness score (9 centre … 1 edge) over the connected people. */
	closeness: Spread;
	/** Ties with both ends in the group's valid set. */
	ties: number;
	density: number;
	/** Ties to others in the group's valid set, over everyone in it. */
	degree: Spread;
	maxDegree: number;
	/** Ids of those whose degree is the maximum; empty when the maximum is 0, as easyNWK shows it. */
	stars: string[];
	/** Ids of connected people without a tie to anyone else in the valid set. */
	isolated: string[];
	/** Ids of people in the valid set with no current tie to ego (gerade kein Kontakt). */
	withoutTieToEgo: string[];
}

export interface NetworkFigures {
	groups: Record<FigureGroup, GroupFigures>;
	/** Maximal cliques of three or more over all people and ties, each as ids in people order. */
	cliques: string[][];
}

interface Node {
	person: Person;
	placement: Placement;
	area: Area;
}

/**
 * Whether a person counts in the figures: placed inside the map, human and alive. Places and
 * groups count, as an institution does in easyNWK; a pet does not.
 */
export function isInValidSet(person: Person, placement: Placement = placementOf(person)): boolean {
	return (
		placement.distance > 0 && placement.distance <= 100 && !person.notHuman && !person.deceased
	);
}

function inGroup(group: FigureGroup, area: Area): boolean {
	if (group === 'all') return true;
	if (group === 'withoutProfessionals') return area !== 'professionals';
	return group === area;
}

function emptyPairs<K extends string>(keys: readonly K[]): Record<K, SizePair> {
	return Object.fromEntries(keys.map((key) => [key, { connected: 0, connectable: 0 }])) as Record<
		K,
		SizePair
	>;
}

function spread(values: number[]): Spread {
	if (values.length === 0) return { mean: null, sd: null };
	const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
	const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length;
	return { mean, sd: Math.sqrt(variance) };
}

/** easyNWK's density: ties divided by the possible ties n(n−1)/2, and 0 below two people. */
export function density(people: number, ties: number): number {
	return people < 2 ? 0 : ties / ((people * (people - 1)) / 2);
}

function groupFigures(group: FigureGroup, nodes: Node[], validTies: [Node, Node][]): GroupFigures {
	const members = nodes.filter((node) => inGroup(group, node.area));
	const degree = new Map<Node, number>(members.map((node) => [node, 0]));
	let tieCount = 0;
	for (const [x, y] of validTies) {
		if (!degree.has(x) || !degree.has(y)) continue;
		tieCount++;
		degree.set(x, (degree.get(x) ?? 0) + 1);
		degree.set(y, (degree.get(y) ?? 0) + 1);
	}
	// Isolation looks at ties to anyone in the valid set, whatever their group (easyNWK's rule).
	const tied = new Set<Node>(validTies.flat());

	const size: SizePair = { connected: 0, connectable: 0 };
	const sizeByGender = emptyPairs(genders);
	const sizeByHorizon = emptyPairs(horizons);
	const scores: number[] = [];
	const isolated: string[] = [];
	const withoutTieToEgo: string[] = [];
	let maxDegree = 0;
	for (const node of members) {
		const connected = node.placement.edgeType >= 1;
		const pairs = [
			size,
			sizeByGender[node.person.gender ?? 'unspecified'],
			sizeByHorizon[horizonFromDistance(node.placement.distance)]
		];
		for (const pair of pairs) {
			pair.connectable++;
			if (connected) pair.connected++;
		}
		if (connected) scores.push(closenessScore(node.placement.distance));
		else withoutTieToEgo.push(node.person.id);
		if (connected && !tied.has(node)) isolated.push(node.person.id);
		maxDegree = Math.max(maxDegree, degree.get(node) ?? 0);
	}
	const stars =
		maxDegree > 0
			? members.filter((node) => degree.get(node) === maxDegree).map((node) => node.person.id)
			: [];

	return {
		size,
		sizeByGender,
		sizeByHorizon,
		closeness: spread(scores),
		ties: tieCount,
		density: density(members.length, tieCount),
		degree: spread(members.map((node) => degree.get(node) ?? 0)),
		maxDegree,
		stars,
		isolated,
		withoutTieToEgo
	};
}

/** A set of small numbers as bits, 32 to a word: the clique search intersects these. */
type Bits = Uint32Array;

function countBits(word: number): number {
	let v = word - ((word >>> 1) & 0x55555555);
	v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
	return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Calls `each` with every member of a set, lowest first. */
function eachBit(bits: Bits, each: (i: number) => void): void {
	for (let w = 0; w < bits.length; w++) {
		let word = bits[w] ?? 0;
		while (word !== 0) {
			const low = word & -word;
			each((w << 5) + 31 - Math.clz32(low));
			word ^= low;
		}
	}
}

/**
 * Maximal cliques of at least three people (Bron–Kerbosch with pivoting), over every person and
 * tie, as easyNWK counts them: deceased, non-human and unplaced people included. The sets are
 * bits, so a step of the search is a few word operations: 150 people with 1,000 ties take a
 * few milliseconds.
 */
export function findCliques(people: readonly Person[], ties: readonly Tie[]): string[][] {
	const index = new Map(people.map((person, i) => [person.id, i]));
	const words = Math.ceil(people.length / 32);
	const neighbours = people.map(() => new Uint32Array(words));
	for (const tie of ties) {
		const a = index.get(tie.a);
		const b = index.get(tie.b);
		if (a === undefined || b === undefined || a === b) continue;
		const na = neighbours[a];
		const nb = neighbours[b];
		if (!na || !nb) continue;
		na[b >>> 5] = (na[b >>> 5] ?? 0) | (1 << (b & 31));
		nb[a >>> 5] = (nb[a >>> 5] ?? 0) | (1 << (a & 31));
	}
	const none = new Uint32Array(words);
	const cliques: number[][] = [];
	const expand = (r: number[], p: Bits, x: Bits) => {
		let empty = true;
		for (let w = 0; w < words && empty; w++) if ((p[w] ?? 0) !== 0) empty = false;
		if (empty) {
			if (r.length >= 3 && x.every((word) => word === 0))
				cliques.push([...r].sort((m, n) => m - n));
			return;
		}
		// Pivot on the one with most neighbours in P: the same cliques, far fewer branches.
		let pivot = none;
		let best = -1;
		const tryPivot = (u: number) => {
			const nu = neighbours[u] ?? none;
			let count = 0;
			for (let w = 0; w < words; w++) count += countBits((p[w] ?? 0) & (nu[w] ?? 0));
			if (count > best) {
				best = count;
				pivot = nu;
			}
		};
		eachBit(p, tryPivot);
		eachBit(x, tryPivot);
		const candidates = p.map((word, w) => word & ~(pivot[w] ?? 0));
		eachBit(candidates, (v) => {
			const nv = neighbours[v] ?? none;
			r.push(v);
			expand(
				r,
				p.map((word, w) => word & (nv[w] ?? 0)),
				x.map((word, w) => word & (nv[w] ?? 0))
			);
			r.pop();
			p[v >>> 5] = (p[v >>> 5] ?? 0) & ~(1 << (v & 31));
			x[v >>> 5] = (x[v >>> 5] ?? 0) | (1 << (v & 31));
		});
	};
	const all = new Uint32Array(words);
	for (let i = 0; i < people.length; i++) all[i >>> 5] = (all[i >>> 5] ?? 0) | (1 << (i & 31));
	expand([], all, new Uint32Array(words));
	cliques.sort((m, n) => n.length - m.length || compareLists(m, n));
	return cliques.map((clique) => clique.map((i) => people[i]?.id ?? ''));
}

function compareLists(m: number[], n: number[]): number {
	for (let i = 0; i < m.length; i++) {
		const difference = (m[i] ?? 0) - (n[i] ?? 0);
		if (difference !== 0) return difference;
	}
	return 0;
}

/** Computes every easyNWK figure for the whole network, each area and with or without professionals. */
export function computeFigures(people: readonly Person[], ties: readonly Tie[]): NetworkFigures {
	const nodes: Node[] = [];
	const byId = new Map<string, Node>();
	for (const person of people) {
		const placement = placementOf(person);
		if (!isInValidSet(person, placement)) continue;
		const node = { person, placement, area: areaFromAngle(placement.angle) };
		nodes.push(node);
		byId.set(person.id, node);
	}
	const validTies: [Node, Node][] = [];
	for (const tie of ties) {
		const x = byId.get(tie.a);
		const y = byId.get(tie.b);
		if (x && y && x !== y) validTies.push([x, y]);
	}
	const groups = Object.fromEntries(
		figureGroups.map((group) => [group, groupFigures(group, nodes, validTies)])
	) as Record<FigureGroup, GroupFigures>;
	return { groups, cliques: findCliques(people, ties) };
}

/**
 * The key figures of a network map, by the same definitions as easyNWK Web 2.7 (see
 * /work/shared/network-figures.md and placement.ts for how our people become easyNWK contacts).
 */
import { areas, genders, type Area, type Gender, type Person, type Tie } from './basics';
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
	const pairs = {} as Record<K, SizePair>;
	for (const key of keys) pairs[key] = { connected: 0, connectable: 0 };
	return pairs;
}

function spread(values: number[]): Spread {
	if (values.length === 0) return { mean: null, sd: null };
	let sum = 0;
	for (const value of values) sum += value;
	const mean = sum / values.length;
	let squares = 0;
	for (const value of values) squares += (value - mean) ** 2;
	return { mean, sd: Math.sqrt(squares / values.length) };
}

/** easyNWK's density: ties divided by the possible ties n(n−1)/2, and 0 below two people. */
export function density(people: number, ties: number): number {
	return people < 2 ? 0 : ties / ((people * (people - 1)) / 2);
}

/**
 * The valid set as numbered nodes, and its ties as pairs of node numbers (`ends[2k]`,
 * `ends[2k + 1]`): each group counts with plain arrays, no lookups by id.
 */
interface ValidNetwork {
	nodes: Node[];
	ends: number[];
	/** 1 for a node with a tie to anyone else in the valid set. */
	tied: Uint8Array;
}

function groupFigures(group: FigureGroup, { nodes, ends, tied }: ValidNetwork): GroupFigures {
	const member = new Uint8Array(nodes.length);
	let memberCount = 0;
	for (let i = 0; i < nodes.length; i++) {
		const node = nodes[i];
		if (node && inGroup(group, node.area)) {
			member[i] = 1;
			memberCount++;
		}
	}
	const degree = new Uint32Array(nodes.length);
	let tieCount = 0;
	for (let k = 0; k < ends.length; k += 2) {
		const x = ends[k] ?? 0;
		const y = ends[k + 1] ?? 0;
		if (member[x] !== 1 || member[y] !== 1) continue;
		tieCount++;
		degree[x] = (degree[x] ?? 0) + 1;
		degree[y] = (degree[y] ?? 0) + 1;
	}

	const size: SizePair = { connected: 0, connectable: 0 };
	const sizeByGender = emptyPairs(genders);
	const sizeByHorizon = emptyPairs(horizons);
	const scores: number[] = [];
	const degrees: number[] = [];
	// Isolation looks at ties to anyone in the valid set, whatever their group (easyNWK's rule).
	const isolated: string[] = [];
	const withoutTieToEgo: string[] = [];
	let maxDegree = 0;
	for (let i = 0; i < nodes.length; i++) {
		const node = nodes[i];
		if (!node || member[i] !== 1) continue;
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
		if (connected && tied[i] !== 1) isolated.push(node.person.id);
		const own = degree[i] ?? 0;
		degrees.push(own);
		if (own > maxDegree) maxDegree = own;
	}
	const stars: string[] = [];
	if (maxDegree > 0) {
		for (let i = 0; i < nodes.length; i++) {
			const node = nodes[i];
			if (node && member[i] === 1 && degree[i] === maxDegree) stars.push(node.person.id);
		}
	}

	return {
		size,
		sizeByGender,
		sizeByHorizon,
		closeness: spread(scores),
		ties: tieCount,
		density: density(memberCount, tieCount),
		degree: spread(degrees),
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
	const numbers = new Map<string, number>();
	for (const person of people) {
		const placement = placementOf(person);
		if (!isInValidSet(person, placement)) continue;
		numbers.set(person.id, nodes.length);
		nodes.push({ person, placement, area: areaFromAngle(placement.angle) });
	}
	const ends: number[] = [];
	const tied = new Uint8Array(nodes.length);
	for (const tie of ties) {
		const x = numbers.get(tie.a);
		const y = numbers.get(tie.b);
		if (x === undefined || y === undefined || x === y) continue;
		ends.push(x, y);
		tied[x] = 1;
		tied[y] = 1;
	}
	const valid: ValidNetwork = { nodes, ends, tied };
	const groups = {} as Record<FigureGroup, GroupFigures>;
	for (const group of figureGroups) groups[group] = groupFigures(group, valid);
	return { groups, cliques: findCliques(people, ties) };
}

/**
 * Reading and writing easyNWK Web files: one map `{ ego, alteri, connections }` or a record
 * `{ versions: [{ id, title, date, nwk }], currentVersion }`. See placement.ts for how sectors and
 * horizons become our areas and closeness.
 */
import * as v from 'valibot';
import {
	limits,
	normaliseTie,
	PersonSchema,
	removeControlCharacters,
	tieKey,
	type Area,
	type Gender,
	type NetworkSnapshot,
	type Person,
	type Tie
} from './model';
import {
	areaFromAngle,
	closenessFromEasyNwk,
	distanceForCloseness,
	isPlacementCurrent,
	sectorRange,
	type Placement
} from './placement';
import { isRecord, readJson, type ImportErrorCode } from './safe-json';

export type { ImportErrorCode } from './safe-json';

/** The person at the centre of an easyNWK map. */
export interface EasyNwkEgo {
	name: string;
	currentGender: string;
	age: string;
	note: string;
}

/** One dated version of an imported map, ready to become a snapshot. */
export interface ImportedVersion {
	/** easyNWK's own number for the version, when the file had one. */
	easynwkId: number | null;
	label: string;
	takenAt: string;
	/** Whether easyNWK had this version open when the file was saved. */
	isCurrent: boolean;
	ego: EasyNwkEgo;
	people: Person[];
	ties: Tie[];
	/** Ties that pointed to no contact or to the same contact twice; they cannot be kept. */
	droppedTies: number;
}

export type EasyNwkImport =
	{ ok: true; versions: ImportedVersion[] } | { ok: false; error: ImportErrorCode };

export interface EasyNwkImportOptions {
	/** Makes the ids of new people; tests pass a counter. */
	newId?: () => string;
	/** The time stamped on new people. */
	now?: () => string;
}

/** An alter as easyNWK writes it. */
export interface EasyNwkAlter {
	id: number;
	name: string;
	role: string;
	roleDefault: boolean;
	human: boolean;
	currentGender: string;
	genderDefault: boolean;
	age: string;
	note: string;
	deceased: boolean;
	edgeType: 0 | 1 | 2;
	edgeTypeByUser: number;
	angle: number;
	distance: number;
	emoji?: unknown;
	conflict?: unknown;
	support?: unknown;
}

export interface EasyNwkMap {
	ego: EasyNwkEgo;
	alteri: EasyNwkAlter[];
	connections: { id1: number; id2: number }[];
}

export interface EasyNwkRecord {
	versions: { id: number; title: string; date: string; nwk: EasyNwkMap }[];
	currentVersion: number;
}

const maxVersions = limits.snapshots;
const extraKeys = ['emoji', 'conflict', 'support'] as const;

const genderFromEasyNwk: Record<string, Gender> = {
	weiblich: 'female',
	männlich: 'male',
	divers: 'diverse',
	'nicht festgelegt': 'unspecified'
};
const genderToEasyNwk: Record<Gender, string> = {
	female: 'weiblich',
	male: 'männlich',
	diverse: 'divers',
	unspecified: 'nicht festgelegt'
};
/** easyNWK's default role for a contact in each sector. */
const defaultRole: Record<Area, string> = {
	family: 'Familienangehörige*r',
	friends: 'Freund*in',
	quartier: 'Kolleg*in',
	professionals: 'prof. Helfer*in'
};

const finiteNumber = v.pipe(v.number(), v.finite());
// easyNWK's form stores some numbers as the text of an input ("1" for a tie, "54" for an age).
const numberLike = v.union([
	finiteNumber,
	v.pipe(v.string(), v.trim(), v.decimal(), v.transform(Number), finiteNumber)
]);
const looseText = v.optional(
	v.nullable(v.union([v.string(), v.pipe(finiteNumber, v.transform(String))])),
	''
);

const RawAlterSchema = v.object({
	id: v.pipe(v.number(), v.safeInteger()),
	name: v.union([v.string(), v.pipe(finiteNumber, v.transform(String))]),
	role: looseText,
	roleDefault: v.optional(v.nullable(v.boolean()), false),
	human: v.optional(v.nullable(v.boolean()), true),
	currentGender: looseText,
	age: looseText,
	note: looseText,
	deceased: v.optional(v.nullable(v.boolean()), false),
	edgeType: v.optional(v.nullable(v.pipe(numberLike, v.picklist([0, 1, 2]))), 1),
	angle: v.optional(v.nullable(numberLike), 0),
	distance: v.optional(v.nullable(numberLike), 0),
	emoji: v.optional(v.unknown()),
	conflict: v.optional(v.unknown()),
	support: v.optional(v.unknown())
});

const RawEgoSchema = v.object({
	name: looseText,
	currentGender: looseText,
	age: looseText,
	note: looseText
});

const RawMapSchema = v.object({
	ego: v.optional(v.nullable(RawEgoSchema), {}),
	alteri: v.array(RawAlterSchema),
	connections: v.array(
		v.object({ id1: v.pipe(v.number(), v.safeInteger()), id2: v.pipe(v.number(), v.safeInteger()) })
	)
});

const RawVersionSchema = v.object({
	id: v.optional(v.nullable(v.pipe(v.number(), v.safeInteger())), null),
	title: looseText,
	date: looseText,
	nwk: RawMapSchema
});

const RawRecordSchema = v.object({
	versions: v.pipe(v.array(RawVersionSchema), v.minLength(1)),
	currentVersion: v.optional(v.nullable(v.number()), null)
});

type RawMap = v.InferOutput<typeof RawMapSchema>;
type RawAlter = v.InferOutput<typeof RawAlterSchema>;

const lineBreaks = /[\r\n\u2028\u2029]+/gu;

function cleanText(value: string, max: number): string {
	return removeControlCharacters(value).slice(0, max);
}

function cleanLine(value: string, max: number): string {
	return removeControlCharacters(value).replace(lineBreaks, ' ').trim().slice(0, max);
}

function isTooLarge(value: unknown): boolean {
	const maps: unknown[] = [];
	if (isRecord(value) && Array.isArray(value.versions)) {
		if (value.versions.length > maxVersions) return true;
		for (const version of value.versions) if (isRecord(version)) maps.push(version.nwk);
	} else {
		maps.push(value);
	}
	return maps.some(
		(map) =>
			isRecord(map) &&
			((Array.isArray(map.alteri) && map.alteri.length > limits.people) ||
				(Array.isArray(map.connections) && map.connections.length > limits.ties))
	);
}

function extraOf(alter: RawAlter): string | undefined {
	const kept = extraKeys.filter((key) => alter[key] !== undefined);
	if (kept.length === 0) return undefined;
	const text = JSON.stringify(Object.fromEntries(kept.map((key) => [key, alter[key]])));
	// An oversized extra is dropped rather than cut, because cut JSON can no longer be read.
	return text.length <= limits.extra ? text : undefined;
}

function egoOf(raw: RawMap['ego']): EasyNwkEgo {
	return {
		name: cleanLine(raw?.name ?? '', limits.name),
		currentGender: cleanLine(raw?.currentGender ?? '', limits.shortText),
		age: cleanLine(raw?.age ?? '', limits.age),
		note: cleanText(raw?.note ?? '', limits.text)
	};
}

function personOf(alter: RawAlter, id: string, now: string): Person {
	const angle = alter.angle ?? 0;
	const distance = alter.distance ?? 0;
	const edgeType = (alter.edgeType ?? 1) as 0 | 1 | 2;
	const rawGender = cleanLine(alter.currentGender ?? '', limits.shortText);
	const gender = genderFromEasyNwk[rawGender];
	const age = cleanLine(alter.age ?? '', limits.age);
	const extra = extraOf(alter);
	return {
		id,
		// easyNWK requires a name, but a file may still lack one; the number keeps them apart.
		name: cleanLine(alter.name, limits.name) || `#${alter.id}`,
		kind: 'person',
		area: areaFromAngle(angle),
		closeness: closenessFromEasyNwk(distance, edgeType),
		helpsWith: [],
		helpsWithOther: '',
		iDoForThem: '',
		phone: '',
		note: cleanText(alter.note ?? '', limits.text),
		deceased: alter.deceased ?? false,
		notHuman: alter.human === false,
		...(gender && gender !== 'unspecified' ? { gender } : {}),
		...(age ? { age } : {}),
		easynwk: {
			alterId: alter.id,
			angle,
			distance,
			edgeType,
			// A role easyNWK filled in by itself says only the sector, which the area already says.
			role: alter.roleDefault ? '' : cleanLine(alter.role ?? '', limits.shortText),
			...(rawGender && !gender ? { gender: rawGender } : {}),
			...(extra ? { extra } : {})
		},
		createdAt: now,
		updatedAt: now
	};
}

function takenAtOf(date: string, now: string): string {
	return /^\d{4}-\d{2}-\d{2}$/u.test(date) && !Number.isNaN(Date.parse(date))
		? `${date}T00:00:00.000Z`
		: now;
}

/**
 * Reads an easyNWK file (one map, or a record of dated versions) into our people and ties;
 * nothing is stored, and a bad file gives an error code instead of a partial result.
 */
export function parseEasyNwk(text: string, options: EasyNwkImportOptions = {}): EasyNwkImport {
	const newId = options.newId ?? (() => crypto.randomUUID());
	const now = (options.now ?? (() => new Date().toISOString()))();
	const read = readJson(text);
	if (!read.ok) return read;
	if (isTooLarge(read.value)) return { ok: false, error: 'too-large' };

	let versions: v.InferOutput<typeof RawRecordSchema>['versions'];
	let currentVersion: number | null = null;
	if (isRecord(read.value) && 'versions' in read.value) {
		const record = v.safeParse(RawRecordSchema, read.value);
		if (!record.success) return { ok: false, error: 'wrong-shape' };
		versions = record.output.versions;
		currentVersion = record.output.currentVersion;
	} else {
		const map = v.safeParse(RawMapSchema, read.value);
		if (!map.success) return { ok: false, error: 'wrong-shape' };
		versions = [{ id: null, title: '', date: '', nwk: map.output }];
	}

	// The same contact keeps one id across versions, so versions can be compared.
	const ids = new Map<number, string>();
	const result: ImportedVersion[] = [];
	for (const version of versions) {
		const alterIds = new Set<number>();
		const people: Person[] = [];
		for (const alter of version.nwk.alteri) {
			if (alterIds.has(alter.id)) return { ok: false, error: 'wrong-shape' };
			alterIds.add(alter.id);
			let id = ids.get(alter.id);
			if (!id) {
				id = newId();
				ids.set(alter.id, id);
			}
			const person = personOf(alter, id, now);
			if (!v.is(PersonSchema, person)) return { ok: false, error: 'wrong-shape' };
			people.push(person);
		}
		const seen = new Set<string>();
		const ties: Tie[] = [];
		let droppedTies = 0;
		for (const connection of version.nwk.connections) {
			const first = alterIds.has(connection.id1) ? ids.get(connection.id1) : undefined;
			const second = alterIds.has(connection.id2) ? ids.get(connection.id2) : undefined;
			const tie = first && second ? normaliseTie(first, second) : null;
			if (!tie) {
				droppedTies++;
				continue;
			}
			// easyNWK saves each tie one way only; a second copy would add nothing.
			if (seen.has(tieKey(tie))) continue;
			seen.add(tieKey(tie));
			ties.push(tie);
		}
		result.push({
			easynwkId: version.id ?? null,
			label: cleanLine(version.title ?? '', limits.label),
			takenAt: takenAtOf(version.date ?? '', now),
			isCurrent: versions.length === 1 || (version.id ?? null) === currentVersion,
			ego: egoOf(version.nwk.ego),
			people,
			ties,
			droppedTies
		});
	}
	return { ok: true, versions: result };
}

/** Turns an imported version into one of our dated snapshots. */
export function snapshotFromImport(
	version: ImportedVersion,
	id: string = crypto.randomUUID()
): NetworkSnapshot {
	return {
		id,
		takenAt: version.takenAt,
		label: version.label,
		people: version.people,
		ties: version.ties
	};
}

function readExtra(extra: string | undefined): Record<string, unknown> {
	if (!extra) return {};
	const read = readJson(extra);
	if (!read.ok || !isRecord(read.value)) return {};
	const value = read.value;
	return Object.fromEntries(
		extraKeys.filter((key) => value[key] !== undefined).map((key) => [key, value[key]])
	);
}

/** Gives every person an easyNWK number, keeping imported numbers where they are free. */
function alterNumbers(people: readonly Person[]): Map<string, number> {
	const numbers = new Map<string, number>();
	const used = new Set<number>();
	for (const person of people) {
		const wanted = person.easynwk?.alterId;
		if (wanted !== undefined && wanted >= 0 && !used.has(wanted) && !numbers.has(person.id)) {
			numbers.set(person.id, wanted);
			used.add(wanted);
		}
	}
	let next = Math.max(0, ...used) + 1;
	for (const person of people) {
		if (numbers.has(person.id)) continue;
		numbers.set(person.id, next);
		used.add(next);
		next++;
	}
	return numbers;
}

/**
 * Places people made in nahbei on easyNWK's map: the middle of their horizon, spread evenly
 * across their sector, so easyNWK shows them apart and computes the same figures as we do.
 */
function placements(people: readonly Person[]): Map<string, Placement> {
	const result = new Map<string, Placement>();
	const groups = new Map<string, Person[]>();
	for (const person of people) {
		if (person.easynwk && isPlacementCurrent(person, person.easynwk)) {
			const { angle, distance, edgeType } = person.easynwk;
			result.set(person.id, { angle, distance, edgeType });
			continue;
		}
		const key = `${person.area}|${person.closeness}`;
		groups.set(key, [...(groups.get(key) ?? []), person]);
	}
	for (const group of groups.values()) {
		group.forEach((person, i) => {
			const [start, end] = sectorRange[person.area];
			result.set(person.id, {
				angle: start + ((end - start) * (i + 1)) / (group.length + 1),
				distance: distanceForCloseness(person.closeness),
				edgeType: person.closeness === 0 ? 0 : 1
			});
		});
	}
	return result;
}

function alterOf(person: Person, id: number, placement: Placement): EasyNwkAlter {
	const stored = person.easynwk;
	const role = stored?.role ?? '';
	const gender = person.gender
		? genderToEasyNwk[person.gender]
		: (stored?.gender ?? genderToEasyNwk.unspecified);
	return {
		id,
		name: person.name,
		role: role || defaultRole[person.area],
		roleDefault: role === '',
		human: !person.notHuman,
		currentGender: gender,
		genderDefault: !person.gender && !stored?.gender,
		age: person.age ?? '',
		note: person.note,
		deceased: person.deceased,
		edgeType: placement.edgeType,
		edgeTypeByUser: placement.edgeType,
		angle: placement.angle,
		distance: placement.distance,
		...readExtra(stored?.extra)
	};
}

function buildMap(
	people: readonly Person[],
	ties: readonly Tie[],
	ego: Partial<EasyNwkEgo>,
	numbers: Map<string, number>
): EasyNwkMap {
	const places = placements(people);
	const alteri = people.map((person) =>
		alterOf(person, numbers.get(person.id) ?? 0, places.get(person.id) as Placement)
	);
	const connections: EasyNwkMap['connections'] = [];
	for (const tie of ties) {
		const id1 = numbers.get(tie.a);
		const id2 = numbers.get(tie.b);
		if (id1 !== undefined && id2 !== undefined && id1 !== id2) connections.push({ id1, id2 });
	}
	return {
		ego: {
			name: ego.name ?? '',
			currentGender: ego.currentGender ?? genderToEasyNwk.unspecified,
			age: ego.age ?? '',
			note: ego.note ?? ''
		},
		alteri,
		connections
	};
}

/** Builds an easyNWK map of these people and ties, for a Lotse who works with easyNWK. */
export function toEasyNwk(
	people: readonly Person[],
	ties: readonly Tie[],
	ego: Partial<EasyNwkEgo> = {}
): EasyNwkMap {
	return buildMap(people, ties, ego, alterNumbers(people));
}

/** Builds an easyNWK record with one version per snapshot, the last one open. */
export function toEasyNwkRecord(
	snapshots: readonly { label: string; takenAt: string; people: Person[]; ties: Tie[] }[],
	ego: Partial<EasyNwkEgo> = {}
): EasyNwkRecord {
	// One numbering over all snapshots, so easyNWK sees the same contact in every version.
	const everyone = new Map<string, Person>();
	for (const snapshot of snapshots) {
		for (const person of snapshot.people) {
			if (!everyone.has(person.id)) everyone.set(person.id, person);
		}
	}
	const numbers = alterNumbers([...everyone.values()]);
	const versions = snapshots.map((snapshot, index) => ({
		id: index + 1,
		title: snapshot.label,
		date: snapshot.takenAt.slice(0, 10),
		nwk: buildMap(snapshot.people, snapshot.ties, ego, numbers)
	}));
	return { versions, currentVersion: versions.length };
}

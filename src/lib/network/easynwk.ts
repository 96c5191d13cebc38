/**
 * Reading and writing easyNWK Web files: one map `{ ego, alteri, connections }` or a record
 * `{ versions: [{ id, title, date, nwk }], currentVersion }`. See placement.ts for how sectors and
 * horizons become our areas and closeness. Fields nahbei does not use are kept as JSON text and
 * written back, so a map goes from easyNWK to nahbei and back without losing anything.
 */
import * as v from 'valibot';
import {
	limits,
	normaliseTie,
	PersonSchema,
	removeControlCharacters,
	supportKinds,
	tieKey,
	type Area,
	type Gender,
	type NetworkSnapshot,
	type Person,
	type Self,
	type Support,
	type SupportKind,
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
	[field: string]: unknown;
}

/** One dated version of an imported map, ready to become a snapshot. */
export interface ImportedVersion {
	/** easyNWK's own number for the version, when the file had one. */
	easynwkId: number | null;
	label: string;
	takenAt: string;
	/** Whether easyNWK had this version open when the file was saved. */
	isCurrent: boolean;
	/** The person themselves (easyNWK's ego), with the file's unused fields. */
	self: Self;
	people: Person[];
	ties: Tie[];
	/** Ties that pointed to no contact or to the same contact twice; they cannot be kept. */
	droppedTies: number;
	/** The version's fields nahbei does not use, as JSON text. */
	extra?: string;
}

export type EasyNwkImport =
	{ ok: true; versions: ImportedVersion[] } | { ok: false; error: ImportErrorCode };

export interface EasyNwkImportOptions {
	/** Makes the ids of new people; tests pass a counter. */
	newId?: () => string;
	/** The time stamped on new people. */
	now?: () => string;
}

/** easyNWK's support fields, in its order. */
const supportFields: Record<SupportKind, string> = {
	emotional: 'supportEmotional',
	instrumental: 'supportInstrumental',
	informational: 'supportInformational',
	social: 'supportSocial',
	linking: 'supportLinking'
};

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
	supportEmotional: number;
	supportInstrumental: number;
	supportInformational: number;
	supportSocial: number;
	supportLinking: number;
	[field: string]: unknown;
}

/** A tie between two alteri, as easyNWK writes it. */
export interface EasyNwkConnection {
	id1: number;
	id2: number;
	[field: string]: unknown;
}

export interface EasyNwkMap {
	ego: EasyNwkEgo;
	alteri: EasyNwkAlter[];
	connections: EasyNwkConnection[];
	[field: string]: unknown;
}

export interface EasyNwkVersion {
	id: number;
	title: string;
	date: string;
	nwk: EasyNwkMap;
	[field: string]: unknown;
}

export interface EasyNwkRecord {
	versions: EasyNwkVersion[];
	currentVersion: number;
	[field: string]: unknown;
}

const maxVersions = limits.snapshots;

// The fields nahbei reads into its own; every other field is kept as it came.
const alterFields = new Set([
	'id',
	'name',
	'role',
	'roleDefault',
	'human',
	'currentGender',
	'age',
	'note',
	'deceased',
	'edgeType',
	'angle',
	'distance',
	...Object.values(supportFields)
]);
const egoFields = new Set(['name', 'currentGender', 'age', 'note']);
const mapFields = new Set(['ego', 'alteri', 'connections']);
// What easyNWK's editor had open when it saved: nothing to keep.
const mapDefaults: Record<string, unknown> = { editIndex: null, editTab: '' };
const connectionFields = new Set(['id1', 'id2']);
const versionFields = new Set(['id', 'title', 'date', 'nwk']);
const recordFields = new Set(['versions', 'currentVersion']);
// Values easyNWK fills in by itself; they are written again on export, so they need no keeping.
const alterDefaults: Record<string, unknown> = {
	emoji: '',
	conflict: false,
	edgeTypeByUser: -1,
	genderDefault: true
};

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

// Loose objects: the fields nahbei does not know stay in the output, to be kept.
const RawAlterSchema = v.looseObject({
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
	distance: v.optional(v.nullable(numberLike), 0)
});

const RawEgoSchema = v.looseObject({
	name: looseText,
	currentGender: looseText,
	age: looseText,
	note: looseText
});

const RawMapSchema = v.looseObject({
	ego: v.optional(v.nullable(RawEgoSchema), {}),
	alteri: v.array(RawAlterSchema),
	connections: v.array(
		v.looseObject({
			id1: v.pipe(v.number(), v.safeInteger()),
			id2: v.pipe(v.number(), v.safeInteger())
		})
	)
});

const RawVersionSchema = v.looseObject({
	id: v.optional(v.nullable(v.pipe(v.number(), v.safeInteger())), null),
	title: looseText,
	date: looseText,
	nwk: RawMapSchema
});

const RawRecordSchema = v.looseObject({
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

/** The fields of an object that are not in `known` (and not a default in `defaults`). */
function unknownFields(
	value: Record<string, unknown>,
	known: ReadonlySet<string>,
	defaults: Record<string, unknown> = {}
): Record<string, unknown> {
	return Object.fromEntries(
		Object.entries(value).filter(
			([key, item]) => !known.has(key) && item !== undefined && defaults[key] !== item
		)
	);
}

/** Fields as JSON text, or nothing when there are none or they are too large to keep whole. */
function extraText(fields: Record<string, unknown>): string | undefined {
	const keys = Object.keys(fields).sort();
	if (keys.length === 0) return undefined;
	// In the order of their names, so the same fields always give the same text.
	const text = JSON.stringify(Object.fromEntries(keys.map((key) => [key, fields[key]])));
	// An oversized extra is dropped rather than cut, because cut JSON can no longer be read.
	return text.length <= limits.extra ? text : undefined;
}

/** Reads fields kept as JSON text; anything unreadable counts as none. */
function readExtra(extra: string | undefined): Record<string, unknown> {
	if (!extra) return {};
	const read = readJson(extra);
	return read.ok && isRecord(read.value) ? read.value : {};
}

function supportOf(alter: RawAlter, kept: Record<string, unknown>): Support | undefined {
	const support: Support = {};
	for (const kind of supportKinds) {
		const field = supportFields[kind];
		const raw = alter[field];
		if (raw === undefined || raw === null) continue;
		const value = v.safeParse(numberLike, raw);
		const direction = value.success ? value.output : NaN;
		if (direction === 1 || direction === 2 || direction === 3) support[kind] = direction;
		// A value easyNWK never writes is kept as it came, so nothing is lost.
		else if (direction !== 0) kept[field] = raw;
	}
	return Object.keys(support).length > 0 ? support : undefined;
}

/**
 * The person themselves from easyNWK's ego; the fields nahbei does not use of the ego, of its map
 * (`map`) and of the whole file (`record`) are kept with them.
 */
function selfOf(map: RawMap, record: Record<string, unknown>): Self {
	const ego: Partial<NonNullable<RawMap['ego']>> = map.ego ?? {};
	const egoExtra = unknownFields(ego, egoFields, { emoji: '' });
	const mapExtra = unknownFields(map, mapFields, mapDefaults);
	const fields: Record<string, unknown> = {};
	if (Object.keys(egoExtra).length > 0) fields.ego = egoExtra;
	if (Object.keys(mapExtra).length > 0) fields.map = mapExtra;
	if (Object.keys(record).length > 0) fields.file = record;
	const extra = extraText(fields);
	return {
		name: cleanLine(ego.name ?? '', limits.name),
		note: cleanText(ego.note ?? '', limits.text),
		gender: cleanLine(ego.currentGender ?? '', limits.shortText),
		age: cleanLine(ego.age ?? '', limits.age),
		...(extra ? { extra } : {})
	};
}

function personOf(alter: RawAlter, id: string, now: string): Person {
	const angle = alter.angle ?? 0;
	const distance = alter.distance ?? 0;
	const edgeType = (alter.edgeType ?? 1) as 0 | 1 | 2;
	const rawGender = cleanLine(alter.currentGender ?? '', limits.shortText);
	const gender = genderFromEasyNwk[rawGender];
	const age = cleanLine(alter.age ?? '', limits.age);
	const kept = unknownFields(alter, alterFields, alterDefaults);
	const support = supportOf(alter, kept);
	const extra = extraText(kept);
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
		...(support ? { support } : {}),
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
	let recordExtra: Record<string, unknown> = {};
	if (isRecord(read.value) && 'versions' in read.value) {
		const record = v.safeParse(RawRecordSchema, read.value);
		if (!record.success) return { ok: false, error: 'wrong-shape' };
		versions = record.output.versions;
		currentVersion = record.output.currentVersion;
		recordExtra = unknownFields(record.output, recordFields);
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
			const tieExtra = extraText(unknownFields(connection, connectionFields));
			ties.push(tieExtra ? { ...tie, extra: tieExtra } : tie);
		}
		const extra = extraText(unknownFields(version, versionFields));
		result.push({
			easynwkId: version.id ?? null,
			label: cleanLine(version.title ?? '', limits.label),
			takenAt: takenAtOf(version.date ?? '', now),
			isCurrent: versions.length === 1 || (version.id ?? null) === currentVersion,
			self: selfOf(version.nwk, recordExtra),
			people,
			ties,
			droppedTies,
			...(extra ? { extra } : {})
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
		ties: version.ties,
		self: version.self,
		...(version.easynwkId === null
			? {}
			: {
					easynwk: {
						versionId: version.easynwkId,
						isCurrent: version.isCurrent,
						...(version.extra ? { extra: version.extra } : {})
					}
				})
	};
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
	const kept = readExtra(stored?.extra);
	const role = stored?.role ?? '';
	const gender = person.gender
		? genderToEasyNwk[person.gender]
		: (stored?.gender ?? genderToEasyNwk.unspecified);
	const unchanged = stored !== undefined && isPlacementCurrent(person, stored);
	const support = Object.fromEntries(
		supportKinds.map((kind) => [supportFields[kind], person.support?.[kind] ?? 0])
	) as Pick<EasyNwkAlter, `support${string}`>;
	return {
		...alterDefaults,
		...kept,
		id,
		name: person.name,
		role: role || defaultRole[person.area],
		roleDefault: role === '',
		human: !person.notHuman,
		currentGender: gender,
		genderDefault:
			person.gender || stored?.gender ? false : ((kept.genderDefault as boolean) ?? true),
		age: person.age ?? '',
		note: person.note,
		deceased: person.deceased,
		edgeType: placement.edgeType,
		// What the person chose in easyNWK stays while the placement does; a change in nahbei is a choice too.
		edgeTypeByUser: unchanged
			? ((kept.edgeTypeByUser as number | undefined) ?? -1)
			: stored
				? placement.edgeType
				: -1,
		angle: placement.angle,
		distance: placement.distance,
		...support
	} as EasyNwkAlter;
}

/** Who a map is about, with what easyNWK's ego had that nahbei does not use. */
function egoOf(self: Self | undefined): EasyNwkEgo {
	const kept = readExtra(self?.extra).ego;
	return {
		emoji: '',
		...(isRecord(kept) ? kept : {}),
		name: self?.name ?? '',
		currentGender: self?.gender || genderToEasyNwk.unspecified,
		age: self?.age ?? '',
		note: self?.note ?? ''
	};
}

function buildMap(
	people: readonly Person[],
	ties: readonly Tie[],
	self: Self | undefined,
	numbers: Map<string, number>
): EasyNwkMap {
	const places = placements(people);
	const alteri = people.map((person) =>
		alterOf(person, numbers.get(person.id) ?? 0, places.get(person.id) as Placement)
	);
	const connections: EasyNwkConnection[] = [];
	for (const tie of ties) {
		const id1 = numbers.get(tie.a);
		const id2 = numbers.get(tie.b);
		if (id1 !== undefined && id2 !== undefined && id1 !== id2)
			connections.push({ ...readExtra(tie.extra), id1, id2 });
	}
	const kept = readExtra(self?.extra).map;
	return { ...(isRecord(kept) ? kept : {}), ego: egoOf(self), alteri, connections };
}

/** Builds an easyNWK map of these people and ties, for a Lotse who works with easyNWK. */
export function toEasyNwk(
	people: readonly Person[],
	ties: readonly Tie[],
	self?: Self
): EasyNwkMap {
	return buildMap(people, ties, self, alterNumbers(people));
}

/** A state of the network that becomes one easyNWK version. */
export type ExportedState = Pick<NetworkSnapshot, 'people' | 'ties' | 'self' | 'easynwk'> & {
	label: string;
	takenAt: string;
};

/**
 * Builds an easyNWK record with one version per state, oldest first; the version marked
 * current (or else the last) is the one easyNWK opens.
 */
export function toEasyNwkRecord(states: readonly ExportedState[], self?: Self): EasyNwkRecord {
	// One numbering over all versions, so easyNWK sees the same contact in every version.
	const everyone = new Map<string, Person>();
	for (const state of states) {
		for (const person of state.people) {
			if (!everyone.has(person.id)) everyone.set(person.id, person);
		}
	}
	const numbers = alterNumbers([...everyone.values()]);
	const versionIds = new Set<number>();
	const wanted = states.map((state) => state.easynwk?.versionId);
	let next = Math.max(0, ...wanted.map((id) => id ?? 0)) + 1;
	const versions = states.map((state, index) => {
		let id = wanted[index];
		// easyNWK finds the open version by a number that is never 0.
		if (id === undefined || id === 0 || versionIds.has(id)) id = next++;
		versionIds.add(id);
		return {
			...readExtra(state.easynwk?.extra),
			id,
			title: state.label,
			date: state.takenAt.slice(0, 10),
			nwk: buildMap(state.people, state.ties, state.self ?? self, numbers)
		};
	});
	const open = states.findLastIndex((state) => state.easynwk?.isCurrent);
	const current = versions[open >= 0 ? open : versions.length - 1];
	const fileExtra = readExtra((states.at(-1)?.self ?? self)?.extra).file;
	return {
		...(isRecord(fileExtra) ? fileExtra : {}),
		versions,
		currentVersion: current?.id ?? 1
	};
}

/** What the Dateien page has of the network to save for easyNWK. */
export interface EasyNwkSource {
	people: Person[];
	ties: Tie[];
	snapshots: NetworkSnapshot[];
	self: Self;
}

function sameContent(
	x: Pick<NetworkSnapshot, 'people' | 'ties'>,
	y: Pick<NetworkSnapshot, 'people' | 'ties'>
): boolean {
	const canonical = (side: Pick<NetworkSnapshot, 'people' | 'ties'>) =>
		JSON.stringify([
			[...side.people].sort((m, n) => (m.id < n.id ? -1 : 1)),
			side.ties.map(tieKey).sort()
		]);
	return canonical(x) === canonical(y);
}

/** The map of today, as a record of one version dated `day` ("2026-12-04"). */
export function easyNwkMapFile(network: EasyNwkSource, day: string): EasyNwkRecord {
	return toEasyNwkRecord(
		[{ ...network, label: '', takenAt: `${day}T00:00:00.000Z`, easynwk: undefined }],
		network.self
	);
}

/**
 * Every saved state as a dated easyNWK version. Today's network is the open version: the saved
 * state it equals, or else a new version dated `day` at the end.
 */
export function easyNwkHistoryFile(network: EasyNwkSource, day: string): EasyNwkRecord {
	const states: ExportedState[] = network.snapshots.map((snapshot) => ({
		...snapshot,
		easynwk: snapshot.easynwk ? { ...snapshot.easynwk, isCurrent: false } : undefined
	}));
	const same = states.findLastIndex((state) => sameContent(state, network));
	const today = states[same];
	if (today) {
		const versionId = today.easynwk?.versionId ?? 0;
		states[same] = { ...today, easynwk: { ...today.easynwk, versionId, isCurrent: true } };
	} else {
		states.push({
			...network,
			label: '',
			takenAt: `${day}T00:00:00.000Z`,
			easynwk: { versionId: 0, isCurrent: true }
		});
	}
	return toEasyNwkRecord(states, network.self);
}

/** An easyNWK record as the text of a file. */
export function easyNwkText(record: EasyNwkRecord): string {
	return JSON.stringify(record, null, 2) + '\n';
}

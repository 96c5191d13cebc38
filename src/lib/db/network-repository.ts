import * as v from 'valibot';
import type { NahbeiDatabase } from './database';
import {
	cleanTies,
	NetworkSnapshotSchema,
	normaliseTie,
	PersonFieldsSchema,
	PersonPhotoSchema,
	PersonSchema,
	SelfRecordSchema,
	SelfSchema,
	TieAnswerRecordSchema,
	TieSchema,
	emptySelf,
	withDefaults,
	type NetworkData,
	type NetworkSnapshot,
	type Person,
	type Tie,
	type PersonFields,
	type PersonInput,
	type PersonPhoto,
	type Self,
	type TieAnswer,
	type TieAnswerRecord
} from './network-schema';
import { repairAll, repairPerson, repairTieAnswer } from './record-repair';
import { guardStorage, StorageProblem } from './storage-problem';

/** Everything Meine Menschen shows, read in one go so the parts always fit together. */
export interface NetworkView {
	people: Person[];
	ties: Tie[];
	answers: TieAnswerRecord[];
	snapshots: NetworkSnapshot[];
	/** The person themselves, at the centre of the map. */
	self: Self;
}

/** The stored person themselves without the record's id and time; empty fields when none is stored. */
function selfOf(record: unknown): Self {
	const parsed = v.safeParse(SelfRecordSchema, record);
	if (!parsed.success) return { ...emptySelf };
	const { name, note, gender, age, extra } = parsed.output;
	return extra === undefined ? { name, note, gender, age } : { name, note, gender, age, extra };
}

/** What a deletion took away, so that "Rückgängig" can put it back exactly. */
export interface RemovedPerson {
	person: Person;
	ties: Tie[];
	answers: TieAnswerRecord[];
	/** The person's photo, when they had one. */
	photo?: PersonPhoto;
}

/**
 * Reads people (by name), ties, remembered answers, snapshots (oldest first) and the person
 * themselves.
 */
export function readNetwork(db: NahbeiDatabase): Promise<NetworkView> {
	return guardStorage(() =>
		db.transaction(
			'r',
			[db.people, db.ties, db.tieAnswers, db.snapshots, db.networkSelf],
			async () => {
				const people = repairAll(await db.people.toArray(), repairPerson);
				people.sort((x, y) => x.name.localeCompare(y.name, 'de'));
				return {
					people,
					ties: await db.ties.toArray(),
					answers: repairAll(await db.tieAnswers.toArray(), repairTieAnswer),
					snapshots: await db.snapshots.orderBy('takenAt').toArray(),
					self: selfOf(await db.networkSelf.get('self'))
				};
			}
		)
	);
}

/** The person themselves (easyNWK's ego); empty fields when they said nothing yet. */
export function getSelf(db: NahbeiDatabase): Promise<Self> {
	return guardStorage(async () => selfOf(await db.networkSelf.get('self')));
}

/** Changes what the person says about themselves; fields left out stay as they are. */
export function updateSelf(db: NahbeiDatabase, change: Partial<Self>): Promise<Self> {
	return guardStorage(() =>
		db.transaction('rw', db.networkSelf, async () => {
			const before = selfOf(await db.networkSelf.get('self'));
			const trimmed = change.name === undefined ? change : { ...change, name: change.name.trim() };
			const record = v.parse(SelfRecordSchema, {
				...before,
				...trimmed,
				id: 'self',
				updatedAt: new Date().toISOString()
			});
			await db.networkSelf.put(record);
			return selfOf(record);
		})
	);
}

/** All people, sorted by name. */
export async function listPeople(db: NahbeiDatabase): Promise<Person[]> {
	return (await readNetwork(db)).people;
}

/** One person by id, or null. */
export function getPerson(db: NahbeiDatabase, id: string): Promise<Person | null> {
	return guardStorage(async () => repairPerson(await db.people.get(id)));
}

/** Adds a person with a new id; fields left out get their defaults. */
export function addPerson(db: NahbeiDatabase, input: PersonInput): Promise<Person> {
	return guardStorage(async () => {
		const now = new Date().toISOString();
		const person = v.parse(PersonSchema, {
			...withDefaults(input),
			id: crypto.randomUUID(),
			createdAt: now,
			updatedAt: now
		});
		await db.people.add(person);
		return person;
	});
}

/** Changes some fields of a person and stamps the time; the id and creation time stay. */
export function updatePerson(
	db: NahbeiDatabase,
	id: string,
	change: Partial<PersonFields>
): Promise<Person> {
	return guardStorage(async () => {
		const checked = v.parse(v.partial(PersonFieldsSchema), {
			...change,
			...(change.name === undefined ? {} : { name: change.name.trim() })
		});
		return db.transaction('rw', db.people, async () => {
			const before = repairPerson(await db.people.get(id));
			if (!before) throw new StorageProblem('invalid');
			const after = v.parse(PersonSchema, {
				...before,
				...checked,
				id,
				createdAt: before.createdAt,
				updatedAt: new Date().toISOString()
			});
			await db.people.put(after);
			return after;
		});
	});
}

/** Deletes a person with their ties and remembered answers; returns what it took away. */
export function deletePerson(db: NahbeiDatabase, id: string): Promise<RemovedPerson | null> {
	return guardStorage(() =>
		db.transaction('rw', [db.people, db.ties, db.tieAnswers, db.personPhotos], async () => {
			const person = await db.people.get(id);
			if (!person) return null;
			const ties = await db.ties.where('a').equals(id).or('b').equals(id).toArray();
			const answers = (await db.tieAnswers.toArray()).filter(
				(record) => record.a === id || record.b === id
			);
			await db.ties.bulkDelete(ties.map((tie) => [tie.a, tie.b]));
			await db.tieAnswers.bulkDelete(answers.map((record) => [record.a, record.b]));
			const photo = await db.personPhotos.get(id);
			await db.personPhotos.delete(id);
			await db.people.delete(id);
			return photo ? { person, ties, answers, photo } : { person, ties, answers };
		})
	);
}

/** Puts a deleted person back with their ties, answers and photo ("Rückgängig"). */
export function restorePerson(db: NahbeiDatabase, removed: RemovedPerson): Promise<void> {
	return guardStorage(async () => {
		const person = v.parse(PersonSchema, removed.person);
		const photo = removed.photo ? v.parse(PersonPhotoSchema, removed.photo) : null;
		await db.transaction('rw', [db.people, db.ties, db.tieAnswers, db.personPhotos], async () => {
			await db.people.put(person);
			if (photo && photo.personId === person.id) await db.personPhotos.put(photo);
			const ids = new Set((await db.people.toArray()).map((each) => each.id));
			// Only ties whose other end still exists come back.
			const ties = removed.ties.filter((tie) => ids.has(tie.a) && ids.has(tie.b));
			await db.ties.bulkPut(ties);
			await db.tieAnswers.bulkPut(
				removed.answers.filter((record) => ids.has(record.a) && ids.has(record.b))
			);
		});
	});
}

/** Saves a person's photo (already made small), replacing the one before. */
export function savePersonPhoto(
	db: NahbeiDatabase,
	personId: string,
	photo: Blob
): Promise<PersonPhoto> {
	return guardStorage(async () => {
		const record = v.parse(PersonPhotoSchema, {
			personId,
			photo,
			updatedAt: new Date().toISOString()
		});
		return db.transaction('rw', [db.people, db.personPhotos], async () => {
			if (!(await db.people.get(personId))) throw new StorageProblem('invalid');
			await db.personPhotos.put(record);
			return record;
		});
	});
}

/** A person's photo, or null. */
export function getPersonPhoto(db: NahbeiDatabase, personId: string): Promise<PersonPhoto | null> {
	return guardStorage(async () => (await db.personPhotos.get(personId)) ?? null);
}

/** Every person's photo, for the list of people. */
export function listPersonPhotos(db: NahbeiDatabase): Promise<PersonPhoto[]> {
	return guardStorage(() => db.personPhotos.toArray());
}

/** Removes a person's photo; the person stays. */
export function deletePersonPhoto(db: NahbeiDatabase, personId: string): Promise<void> {
	return guardStorage(() => db.personPhotos.delete(personId));
}

/** All ties between people. */
export function listTies(db: NahbeiDatabase): Promise<Tie[]> {
	return guardStorage(() => db.ties.toArray());
}

async function writeAnswer(
	db: NahbeiDatabase,
	first: string,
	second: string,
	answer: TieAnswer
): Promise<void> {
	const tie = normaliseTie(first, second);
	if (!tie) throw new StorageProblem('invalid');
	const record = v.parse(TieAnswerRecordSchema, {
		...tie,
		answer,
		answeredAt: new Date().toISOString()
	});
	await db.transaction('rw', [db.people, db.ties, db.tieAnswers], async () => {
		const found = await db.people.bulkGet([tie.a, tie.b]);
		if (found.some((person) => !person)) throw new StorageProblem('invalid');
		await db.tieAnswers.put(record);
		if (answer === 'yes') await db.ties.put(tie);
		if (answer === 'no') await db.ties.delete([tie.a, tie.b]);
	});
}

/**
 * Says whether two people know each other. The order does not matter; the answer is also
 * remembered, so "Wer kennt wen?" does not ask again.
 */
export function setTie(
	db: NahbeiDatabase,
	first: string,
	second: string,
	knows: boolean
): Promise<void> {
	return guardStorage(() => writeAnswer(db, first, second, knows ? 'yes' : 'no'));
}

/**
 * Remembers an answer of "Wer kennt wen?": yes makes a tie, no removes one, "Weiß nicht" and
 * "Später" leave the ties as they are.
 */
export function answerTieQuestion(
	db: NahbeiDatabase,
	first: string,
	second: string,
	answer: TieAnswer
): Promise<void> {
	return guardStorage(() => writeAnswer(db, first, second, answer));
}

/** Every remembered answer. */
export function listTieAnswers(db: NahbeiDatabase): Promise<TieAnswerRecord[]> {
	return guardStorage(async () => repairAll(await db.tieAnswers.toArray(), repairTieAnswer));
}

/** Saves today's people and ties as a dated snapshot. */
export function saveSnapshot(
	db: NahbeiDatabase,
	label: string,
	takenAt: string = new Date().toISOString()
): Promise<NetworkSnapshot> {
	return guardStorage(() =>
		db.transaction('rw', [db.people, db.ties, db.snapshots, db.networkSelf], async () => {
			const people = repairAll(await db.people.toArray(), repairPerson);
			const snapshot = v.parse(NetworkSnapshotSchema, {
				id: crypto.randomUUID(),
				takenAt,
				label: label.trim(),
				people,
				ties: cleanTies(people, await db.ties.toArray()),
				self: selfOf(await db.networkSelf.get('self'))
			});
			await db.snapshots.add(snapshot);
			return snapshot;
		})
	);
}

/** All snapshots, oldest first. */
export function listSnapshots(db: NahbeiDatabase): Promise<NetworkSnapshot[]> {
	return guardStorage(() => db.snapshots.orderBy('takenAt').toArray());
}

/** Deletes one snapshot. */
export function deleteSnapshot(db: NahbeiDatabase, id: string): Promise<void> {
	return guardStorage(() => db.snapshots.delete(id));
}

/**
 * Replaces the whole network with the content of a file, in one transaction: when anything
 * fails, the old network stays exactly as it was. Remembered answers start afresh; photos stay
 * only for people who are in the file too; the person themselves changes only when the file
 * says who they are.
 */
export function replaceNetwork(db: NahbeiDatabase, data: NetworkData): Promise<void> {
	return guardStorage(async () => {
		const people = data.people.map((person) => v.parse(PersonSchema, person));
		const ties = cleanTies(
			people,
			data.ties.map((tie) => v.parse(TieSchema, tie))
		);
		const snapshots = data.snapshots.map((snapshot) => v.parse(NetworkSnapshotSchema, snapshot));
		const self = data.self
			? v.parse(SelfRecordSchema, {
					...v.parse(SelfSchema, data.self),
					id: 'self',
					updatedAt: new Date().toISOString()
				})
			: null;
		await db.transaction(
			'rw',
			[db.people, db.ties, db.tieAnswers, db.snapshots, db.personPhotos, db.networkSelf],
			async () => {
				if (self) await db.networkSelf.put(self);
				await Promise.all([
					db.people.clear(),
					db.ties.clear(),
					db.tieAnswers.clear(),
					db.snapshots.clear(),
					// A network file carries no photos: a person who is in it again keeps theirs.
					db.personPhotos
						.where('personId')
						.noneOf(people.map((person) => person.id))
						.delete()
				]);
				await db.people.bulkAdd(people);
				await db.ties.bulkAdd(ties);
				await db.snapshots.bulkAdd(snapshots);
			}
		);
	});
}

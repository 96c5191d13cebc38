import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NahbeiDatabase } from './database';
import {
	addPerson,
	answerTieQuestion,
	deletePerson,
	deletePersonPhoto,
	getPerson,
	getPersonPhoto,
	listPeople,
	listPersonPhotos,
	listSnapshots,
	listTieAnswers,
	listTies,
	readNetwork,
	replaceNetwork,
	restorePerson,
	savePersonPhoto,
	saveSnapshot,
	setTie,
	updatePerson,
	updateSelf
} from './network-repository';
import { StorageProblem } from './storage-problem';

let db: NahbeiDatabase;

beforeEach(async () => {
	db = new NahbeiDatabase(`people-${crypto.randomUUID()}`);
	await db.open();
});

afterEach(async () => {
	await db.delete();
});

describe('people', () => {
	it('are added with a uuid, times, and plain defaults', async () => {
		const anna = await addPerson(db, { name: '  Anna ', area: 'family', closeness: 1 });
		expect(anna.id).toMatch(/^[0-9a-f-]{36}$/);
		expect(anna).toMatchObject({
			name: 'Anna',
			kind: 'person',
			area: 'family',
			closeness: 1,
			helpsWith: [],
			phone: '',
			deceased: false,
			notHuman: false
		});
		expect(anna.createdAt).toBe(anna.updatedAt);
		expect(await getPerson(db, anna.id)).toEqual(anna);
	});

	it('are listed by name', async () => {
		await addPerson(db, { name: 'Carla' });
		await addPerson(db, { name: 'anna' });
		await addPerson(db, { name: 'Ben' });
		expect((await listPeople(db)).map((person) => person.name)).toEqual(['anna', 'Ben', 'Carla']);
	});

	it('are refused without a name, and nothing is saved', async () => {
		await expect(addPerson(db, { name: '   ' })).rejects.toMatchObject({ kind: 'invalid' });
		await expect(addPerson(db, { name: 'A\u0007' })).rejects.toBeInstanceOf(StorageProblem);
		expect(await listPeople(db)).toEqual([]);
	});

	it('are changed field by field, keeping id and creation time', async () => {
		const anna = await addPerson(db, { name: 'Anna' });
		await new Promise((resolve) => setTimeout(resolve, 5));
		const changed = await updatePerson(db, anna.id, {
			closeness: 3,
			phone: '040 123',
			helpsWith: ['shopping']
		});
		expect(changed).toMatchObject({ id: anna.id, name: 'Anna', closeness: 3, phone: '040 123' });
		expect(changed.createdAt).toBe(anna.createdAt);
		expect(changed.updatedAt > anna.updatedAt).toBe(true);
		expect(await getPerson(db, anna.id)).toEqual(changed);
	});

	it('keep their old values when a change is invalid', async () => {
		const anna = await addPerson(db, { name: 'Anna' });
		await expect(updatePerson(db, anna.id, { name: '' })).rejects.toMatchObject({
			kind: 'invalid'
		});
		await expect(
			updatePerson(db, anna.id, { closeness: 7 as unknown as 1 })
		).rejects.toBeInstanceOf(StorageProblem);
		expect(await getPerson(db, anna.id)).toEqual(anna);
	});

	it('cannot be changed when they do not exist', async () => {
		await expect(
			updatePerson(db, '00000000-0000-4000-8000-000000000001', { name: 'X' })
		).rejects.toMatchObject({ kind: 'invalid' });
	});
});

describe('ties', () => {
	it('are undirected and kept in one form, smaller id first', async () => {
		const anna = await addPerson(db, { name: 'Anna' });
		const ben = await addPerson(db, { name: 'Ben' });
		await setTie(db, ben.id, anna.id, true);
		await setTie(db, anna.id, ben.id, true);
		const [a, b] = [anna.id, ben.id].sort();
		expect(await listTies(db)).toEqual([{ a, b }]);
		await setTie(db, anna.id, ben.id, false);
		expect(await listTies(db)).toEqual([]);
	});

	it('refuse a person tied to themselves or to someone unknown', async () => {
		const anna = await addPerson(db, { name: 'Anna' });
		await expect(setTie(db, anna.id, anna.id, true)).rejects.toMatchObject({ kind: 'invalid' });
		await expect(
			setTie(db, anna.id, '00000000-0000-4000-8000-000000000009', true)
		).rejects.toMatchObject({ kind: 'invalid' });
		expect(await listTies(db)).toEqual([]);
	});

	it('remember every answer; only yes and no change the ties', async () => {
		const [anna, ben, carla] = await Promise.all(
			['Anna', 'Ben', 'Carla'].map((name) => addPerson(db, { name }))
		);
		if (!anna || !ben || !carla) throw new Error('people missing');
		await answerTieQuestion(db, anna.id, ben.id, 'yes');
		await answerTieQuestion(db, anna.id, carla.id, 'later');
		await answerTieQuestion(db, ben.id, carla.id, 'unknown');
		expect(await listTies(db)).toHaveLength(1);
		const answers = await listTieAnswers(db);
		expect(answers.map((record) => record.answer).sort()).toEqual(['later', 'unknown', 'yes']);
		expect(answers.every((record) => record.a < record.b)).toBe(true);
		await answerTieQuestion(db, ben.id, anna.id, 'no');
		expect(await listTies(db)).toEqual([]);
		expect((await listTieAnswers(db)).find((r) => r.answer === 'no')).toBeDefined();
	});
});

describe('deleting a person', () => {
	it('removes their ties and answers too, and undo puts everything back', async () => {
		const [anna, ben, carla] = await Promise.all(
			['Anna', 'Ben', 'Carla'].map((name) => addPerson(db, { name }))
		);
		if (!anna || !ben || !carla) throw new Error('people missing');
		await setTie(db, anna.id, ben.id, true);
		await setTie(db, anna.id, carla.id, true);
		await setTie(db, ben.id, carla.id, true);
		const before = await readNetwork(db);

		const removed = await deletePerson(db, anna.id);
		expect(removed?.person).toEqual(anna);
		expect(removed?.ties).toHaveLength(2);
		const after = await readNetwork(db);
		expect(after.people.map((person) => person.name)).toEqual(['Ben', 'Carla']);
		expect(after.ties).toHaveLength(1);
		expect(after.answers).toHaveLength(1);

		if (!removed) throw new Error('nothing removed');
		await restorePerson(db, removed);
		const restored = await readNetwork(db);
		expect(restored.people).toEqual(before.people);
		expect(new Set(restored.ties.map((tie) => tie.a + tie.b))).toEqual(
			new Set(before.ties.map((tie) => tie.a + tie.b))
		);
	});

	it('returns null when the person is not there', async () => {
		expect(await deletePerson(db, '00000000-0000-4000-8000-000000000001')).toBeNull();
	});
});

describe('snapshots', () => {
	it('copy today’s people and ties with a date, and are listed oldest first', async () => {
		const anna = await addPerson(db, { name: 'Anna', closeness: 1 });
		const ben = await addPerson(db, { name: 'Ben' });
		await setTie(db, anna.id, ben.id, true);
		const later = await saveSnapshot(db, 'Zweites Bild', '2026-06-01T10:00:00.000Z');
		const first = await saveSnapshot(db, 'Erstes Bild', '2026-01-01T10:00:00.000Z');
		await updatePerson(db, anna.id, { closeness: 3 });

		const snapshots = await listSnapshots(db);
		expect(snapshots.map((snapshot) => snapshot.id)).toEqual([first.id, later.id]);
		expect(snapshots[0]?.people.find((person) => person.id === anna.id)?.closeness).toBe(1);
		expect(snapshots[0]?.ties).toHaveLength(1);
	});

	it('are refused with an invalid date', async () => {
		await expect(saveSnapshot(db, 'Bild', 'gestern')).rejects.toMatchObject({ kind: 'invalid' });
		expect(await listSnapshots(db)).toEqual([]);
	});
});

describe('replacing the network from a file', () => {
	it('changes nothing when the file holds an invalid person', async () => {
		const anna = await addPerson(db, { name: 'Anna' });
		const broken = { ...anna, id: 'not-a-uuid' };
		await expect(
			replaceNetwork(db, { people: [broken], ties: [], snapshots: [] })
		).rejects.toMatchObject({ kind: 'invalid' });
		expect(await listPeople(db)).toEqual([anna]);
	});

	it('replaces people, ties and snapshots and forgets old answers', async () => {
		const anna = await addPerson(db, { name: 'Anna' });
		const ben = await addPerson(db, { name: 'Ben' });
		await answerTieQuestion(db, anna.id, ben.id, 'yes');
		const snapshot = await saveSnapshot(db, 'Bild');
		await replaceNetwork(db, { people: [ben], ties: [], snapshots: [snapshot] });
		const network = await readNetwork(db);
		expect(network.people).toEqual([ben]);
		expect(network.ties).toEqual([]);
		expect(network.answers).toEqual([]);
		expect(network.snapshots).toEqual([snapshot]);
	});

	it('keeps what easyNWK said about a tie, in today’s network and in a snapshot', async () => {
		const anna = await addPerson(db, { name: 'Anna' });
		const ben = await addPerson(db, { name: 'Ben' });
		const [a, b] = [anna.id, ben.id].sort() as [string, string];
		const tie = { a, b, extra: '{"strength":2}' };
		await replaceNetwork(db, { people: [anna, ben], ties: [tie], snapshots: [] });
		expect((await readNetwork(db)).ties).toEqual([tie]);
		const snapshot = await saveSnapshot(db, 'Bild');
		expect(snapshot?.ties).toEqual([tie]);
	});
});

describe('a person’s photo', () => {
	const jpeg = (text: string) => new Blob([text], { type: 'image/jpeg' });

	it('is saved apart from the person, and a new one replaces the old one', async () => {
		const anna = await addPerson(db, { name: 'Anna' });
		await savePersonPhoto(db, anna.id, jpeg('first'));
		await savePersonPhoto(db, anna.id, jpeg('second'));
		const photo = await getPersonPhoto(db, anna.id);
		expect(await photo?.photo.text()).toBe('second');
		expect(await listPersonPhotos(db)).toHaveLength(1);
		expect(await getPerson(db, anna.id)).not.toHaveProperty('photo');
	});

	it('is refused when it is not a picture, too large, or for nobody', async () => {
		const anna = await addPerson(db, { name: 'Anna' });
		await expect(
			savePersonPhoto(db, anna.id, new Blob(['<svg/>'], { type: 'image/svg+xml' }))
		).rejects.toBeInstanceOf(StorageProblem);
		await expect(
			savePersonPhoto(
				db,
				anna.id,
				new Blob([new Uint8Array(3 * 1024 * 1024)], { type: 'image/jpeg' })
			)
		).rejects.toBeInstanceOf(StorageProblem);
		await expect(savePersonPhoto(db, crypto.randomUUID(), jpeg('x'))).rejects.toBeInstanceOf(
			StorageProblem
		);
		expect(await listPersonPhotos(db)).toEqual([]);
	});

	it('can be removed while the person stays', async () => {
		const anna = await addPerson(db, { name: 'Anna' });
		await savePersonPhoto(db, anna.id, jpeg('x'));
		await deletePersonPhoto(db, anna.id);
		expect(await getPersonPhoto(db, anna.id)).toBeNull();
		expect(await getPerson(db, anna.id)).not.toBeNull();
	});

	it('stays when the network is loaded from a file that has the person again', async () => {
		const anna = await addPerson(db, { name: 'Anna' });
		const ben = await addPerson(db, { name: 'Ben' });
		await savePersonPhoto(db, anna.id, jpeg('anna'));
		await savePersonPhoto(db, ben.id, jpeg('ben'));
		await replaceNetwork(db, { people: [anna], ties: [], snapshots: [] });
		expect((await listPersonPhotos(db)).map((photo) => photo.personId)).toEqual([anna.id]);
	});

	it('goes with the person when they are deleted, and comes back with "Rückgängig"', async () => {
		const anna = await addPerson(db, { name: 'Anna' });
		await savePersonPhoto(db, anna.id, jpeg('anna'));
		const removed = await deletePerson(db, anna.id);
		expect(await getPersonPhoto(db, anna.id)).toBeNull();
		expect(removed?.photo?.personId).toBe(anna.id);
		await restorePerson(db, removed!);
		expect(await (await getPersonPhoto(db, anna.id))?.photo.text()).toBe('anna');
	});
});

describe('the person themselves', () => {
	it('starts empty, then keeps a name and note the person gives', async () => {
		expect((await readNetwork(db)).self).toEqual({ name: '', note: '', gender: '', age: '' });
		await updateSelf(db, { name: ' Gerda ', note: 'Ich mag Musik.' });
		expect((await readNetwork(db)).self).toMatchObject({ name: 'Gerda', note: 'Ich mag Musik.' });
	});

	it('is kept in each snapshot', async () => {
		await updateSelf(db, { name: 'Gerda' });
		const snapshot = await saveSnapshot(db, 'Heute');
		expect(snapshot.self?.name).toBe('Gerda');
	});

	it('comes from a file that names them, and stays when a file does not', async () => {
		await replaceNetwork(db, {
			people: [],
			ties: [],
			snapshots: [],
			self: {
				name: 'Helga',
				note: '',
				gender: 'weiblich',
				age: '67',
				extra: '{"file":{"size":"5"}}'
			}
		});
		expect((await readNetwork(db)).self).toMatchObject({ name: 'Helga', age: '67' });
		await replaceNetwork(db, { people: [], ties: [], snapshots: [] });
		expect((await readNetwork(db)).self.name).toBe('Helga');
	});
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NahbeiDatabase } from './database';
import { readNetwork, updatePerson } from './network-repository';
import { repairPerson, repairSettings, repairWish } from './record-repair';
import { getWish, listWishes, updateWish } from './wishes-repository';

let db: NahbeiDatabase;

beforeEach(async () => {
	db = new NahbeiDatabase(`repair-${crypto.randomUUID()}`);
	await db.open();
});

afterEach(async () => {
	await db.delete();
});

const wishId = '5b0c6d1e-2f3a-4b4c-8d5e-6f7a8b9c0d1e';
const personId = 'c9a8b7c6-d5e4-4f3a-9b2c-1d0e9f8a7b6c';

// What an upgrade cut off half-way may leave: some fields in the old shape, some missing.
const halfWish = {
	id: wishId,
	text: 'Ich möchte wieder schwimmen. 🏊',
	status: 'begonnen',
	answers: { self: { scale: 'alone', text: 'Ich packe die Tasche.' } },
	createdAt: '2026-11-20T10:00:00.000Z'
};
const halfPerson = { id: personId, name: 'Ayşe Öztürk', closeness: 7 };

describe('records an interrupted upgrade left behind', () => {
	it('a half-upgraded wish keeps every field that fits and gets defaults for the rest', () => {
		const wish = repairWish(halfWish);
		expect(wish).toMatchObject({
			id: wishId,
			text: 'Ich möchte wieder schwimmen. 🏊',
			status: 'idea',
			step: 1,
			createdAt: '2026-11-20T10:00:00.000Z',
			updatedAt: '2026-11-20T10:00:00.000Z'
		});
		expect(wish?.answers.self).toEqual({ scale: 'alone', text: 'Ich packe die Tasche.' });
		expect(wish?.answers.others).toEqual({ text: '' });
	});

	it('a record without a usable id is left out, not shown broken', () => {
		expect(repairWish({ text: 'ohne id' })).toBeNull();
		expect(repairPerson({ id: 42, name: 'x' })).toBeNull();
		expect(repairWish('kaputt')).toBeNull();
	});

	it('a whole record stays exactly as it was', () => {
		const person = repairPerson(halfPerson);
		expect(person && repairPerson(person)).toBe(person);
	});

	it('old settings rows get the fields added later', () => {
		expect(repairSettings({ id: 'app', theme: 'dark' })).toMatchObject({
			id: 'app',
			theme: 'dark',
			lastBackupAt: null
		});
	});

	it('the wish list shows a half-upgraded wish, even without the updatedAt index', async () => {
		await db.wishes.put(halfWish as never);
		const wishes = await listWishes(db);
		expect(wishes.map((wish) => wish.id)).toEqual([wishId]);
		expect((await getWish(db, wishId))?.text).toBe('Ich möchte wieder schwimmen. 🏊');
	});

	it('a half-upgraded wish can be changed, and is then stored whole', async () => {
		await db.wishes.put(halfWish as never);
		await updateWish(db, wishId, { status: 'started' });
		const stored = await db.wishes.get(wishId);
		expect(stored).toMatchObject({ status: 'started', paused: false, step: 1 });
		expect(repairWish(stored)).toBe(stored);
	});

	it('Meine Menschen shows and changes a half-upgraded person', async () => {
		await db.people.put(halfPerson as never);
		const { people } = await readNetwork(db);
		expect(people).toMatchObject([{ id: personId, name: 'Ayşe Öztürk', closeness: 2 }]);
		await updatePerson(db, personId, { closeness: 1 });
		expect(await db.people.get(personId)).toMatchObject({ closeness: 1, area: 'friends' });
	});
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { database } from '$lib/db/connection';
import { getMyLotse, listReceived, listShareLog } from '$lib/db/shares-repository';
import { listWishes } from '$lib/db/wishes-repository';
import { storageStatus } from '$lib/storage/storage-status.svelte';
import { ayse, lunch, makeWish } from '../../../tests/fixtures/sharing/share-data';
import { importWrites } from './open';
import { buildSharePayload, defaultShareChoice } from './payload';
import { shares } from './share-state.svelte';

const swim = makeWish('5b0c6d1e-2f3a-4b4c-8d5e-6f7a8b9c0d1e', 'Ich möchte schwimmen.');
const payload = buildSharePayload(
	{ wishes: [swim], people: [ayse], savedOffers: [lunch] },
	{ ...defaultShareChoice(), offerIds: [lunch.id] },
	{ from: 'Jürgen', to: 'Frau Yılmaz', purpose: 'lotse' }
);
const lotse = { name: 'Frau Yılmaz', phone: '', email: '', personId: null, myName: 'Jürgen' };

function diskFull(): DOMException {
	return new DOMException('Der Speicher ist voll.', 'QuotaExceededError');
}

afterEach(async () => {
	vi.restoreAllMocks();
	storageStatus.dismiss();
	const db = database();
	await Promise.all(db.tables.map((table) => table.clear()));
});

describe('shares', () => {
	it('saves Mein Lotse and gives it as saved', async () => {
		expect(await shares.saveLotse({ ...lotse, name: '  Frau Yılmaz ' })).toEqual(lotse);
		expect(await getMyLotse(database())).toEqual(lotse);
	});

	it('notes a share in the log and forgets the note again', async () => {
		const counts = { wishes: 1, people: 0, offers: 1, message: false };
		expect(await shares.record({ to: 'Frau Yılmaz', purpose: 'lotse', way: 'file', counts })).toBe(
			true
		);
		const [entry] = await listShareLog(database());
		expect(entry).toMatchObject({ to: 'Frau Yılmaz', way: 'file', counts });
		expect(await shares.forget(entry?.id ?? '')).toBe(true);
		expect(await listShareLog(database())).toEqual([]);
	});

	it('keeps an opened share apart and deletes it again', async () => {
		const row = await shares.keep(payload);
		expect(row?.payload).toEqual(payload);
		expect(await listReceived(database())).toHaveLength(1);
		expect(await shares.deleteKept(row?.id ?? '')).toBe(true);
		expect(await listReceived(database())).toEqual([]);
	});

	it('plans a take-along share against the phone’s data and takes it in', async () => {
		const plan = await shares.planImport(payload);
		expect(plan?.newWishes.map((wish) => wish.id)).toEqual([swim.id]);
		expect(await shares.takeIn(importWrites(plan!, []))).toBe(true);
		expect((await listWishes(database())).map((wish) => wish.text)).toEqual([swim.text]);
		expect((await shares.planImport(payload))?.same).toBe(2);
	});

	it('tells the person when storage fails and gives nothing back', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		vi.spyOn(database().received, 'add').mockRejectedValue(diskFull());
		expect(await shares.keep(payload)).toBeUndefined();
		expect(storageStatus.problem).toBe('quota');
	});

	it('says false when a delete fails, and the person is told', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		vi.spyOn(database().shares, 'delete').mockRejectedValue(diskFull());
		expect(await shares.forget('5b0c6d1e-2f3a-4b4c-8d5e-6f7a8b9c0d1e')).toBe(false);
		expect(storageStatus.problem).toBe('quota');
	});
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ayse, lunch, makeWish } from '../../../tests/fixtures/sharing/share-data';
import { buildSharePayload, defaultShareChoice } from '$lib/sharing/payload';
import { NahbeiDatabase } from './database';
import {
	deleteMyLotse,
	deleteReceived,
	deleteShareLogEntry,
	getMyLotse,
	importShared,
	keepReceived,
	listReceived,
	listShareLog,
	logShare,
	maxShareLogEntries,
	saveMyLotse
} from './shares-repository';
import { StorageProblem } from './storage-problem';

let db: NahbeiDatabase;

beforeEach(async () => {
	db = new NahbeiDatabase(`shares-${crypto.randomUUID()}`);
	await db.open();
});

afterEach(async () => {
	await db.delete();
});

const counts = { wishes: 2, people: 0, offers: 4, message: false };

describe('the share log', () => {
	it('keeps entries newest first and deletes one', async () => {
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(new Date('2026-03-03T10:00:00.000Z'));
		const first = await logShare(db, { to: 'Frau Yılmaz', purpose: 'lotse', way: 'file', counts });
		vi.setSystemTime(new Date('2026-03-04T10:00:00.000Z'));
		const second = await logShare(db, { to: 'Frau Yılmaz', purpose: 'lotse', way: 'qr', counts });
		vi.useRealTimers();
		expect(first.sentAt).toBe('2026-03-03T10:00:00.000Z');
		expect((await listShareLog(db)).map((entry) => entry.id)).toEqual([second.id, first.id]);
		await deleteShareLogEntry(db, first.id);
		expect((await listShareLog(db)).map((entry) => entry.id)).toEqual([second.id]);
	});

	it('refuses an entry of the wrong shape', async () => {
		await expect(
			logShare(db, { to: 'x', purpose: 'lotse', way: 'brief' as 'file', counts })
		).rejects.toBeInstanceOf(StorageProblem);
		expect(await listShareLog(db)).toEqual([]);
	});
});

describe('Mein Lotse', () => {
	it('is null until set, then saved, then forgotten', async () => {
		expect(await getMyLotse(db)).toBeNull();
		const lotse = {
			name: ' Frau Yılmaz ',
			phone: '040 1',
			email: '',
			personId: null,
			myName: 'Jürgen'
		};
		expect(await saveMyLotse(db, lotse)).toMatchObject({ name: 'Frau Yılmaz' });
		expect(await getMyLotse(db)).toMatchObject({ name: 'Frau Yılmaz', myName: 'Jürgen' });
		await deleteMyLotse(db);
		expect(await getMyLotse(db)).toBeNull();
	});

	it('needs a name', async () => {
		await expect(
			saveMyLotse(db, { name: '  ', phone: '', email: '', personId: null, myName: '' })
		).rejects.toBeInstanceOf(StorageProblem);
	});
});

describe('the share log’s limit', () => {
	it('keeps the newest notes and lets the oldest go', async () => {
		const old = Array.from({ length: maxShareLogEntries }, (_, i) => ({
			id: crypto.randomUUID(),
			sentAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
			to: `Lotse ${i}`,
			purpose: 'lotse' as const,
			way: 'file' as const,
			counts,
			createdAt: '2026-01-01T00:00:00.000Z',
			updatedAt: '2026-01-01T00:00:00.000Z'
		}));
		await db.shares.bulkAdd(old);
		await logShare(db, { to: 'Frau Yılmaz', purpose: 'lotse', way: 'qr', counts });
		const log = await listShareLog(db);
		expect(log).toHaveLength(maxShareLogEntries);
		expect(log[0]?.to).toBe('Frau Yılmaz');
		expect(log.some((entry) => entry.to === 'Lotse 0')).toBe(false);
	});
});

describe('received shares', () => {
	const payload = buildSharePayload(
		{
			wishes: [makeWish('5b0c6d1e-2f3a-4b4c-8d5e-6f7a8b9c0d1e', 'Schwimmen')],
			people: [],
			savedOffers: [lunch]
		},
		defaultShareChoice(),
		{ from: 'Jürgen', to: 'Frau Yılmaz', purpose: 'lotse' }
	);

	it('are kept apart and deleted', async () => {
		const kept = await keepReceived(db, payload);
		expect(await listReceived(db)).toEqual([kept]);
		expect(await db.wishes.count()).toBe(0);
		await deleteReceived(db, kept.id);
		expect(await listReceived(db)).toEqual([]);
	});
});

describe('importShared', () => {
	it('adds wishes, people and saved offers, and keeps the first date of a saved offer', async () => {
		await db.favourites.put({ offerId: lunch.id, addedAt: '2026-01-01T00:00:00.000Z' });
		const wish = makeWish('5b0c6d1e-2f3a-4b4c-8d5e-6f7a8b9c0d1e', 'Schwimmen');
		await importShared(db, { wishes: [wish], people: [ayse], offerIds: [lunch.id, 'neu'] });
		expect(await db.wishes.get(wish.id)).toEqual(wish);
		expect(await db.people.get(ayse.id)).toEqual(ayse);
		expect((await db.favourites.get(lunch.id))?.addedAt).toBe('2026-01-01T00:00:00.000Z');
		expect(await db.favourites.get('neu')).toBeDefined();
	});

	it('writes nothing when one record is broken', async () => {
		const broken = { ...makeWish('5b0c6d1e-2f3a-4b4c-8d5e-6f7a8b9c0d1e', 'x'), status: 'kaputt' };
		await expect(
			importShared(db, { wishes: [broken as never], people: [ayse], offerIds: [] })
		).rejects.toBeInstanceOf(StorageProblem);
		expect(await db.people.count()).toBe(0);
	});
});

import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NahbeiDatabase } from '$lib/db/database';
import {
	deletePersonalData,
	personalTableNames,
	readAllPersonalData,
	restorePersonalData
} from '$lib/db/backup-repository';
import { setFavourite } from '$lib/db/offers-repository';
import { addPerson, getPersonPhoto, savePersonPhoto } from '$lib/db/network-repository';
import { saveSettings } from '$lib/db/settings-repository';
import { createWish, saveMedia } from '$lib/db/wishes-repository';
import { readBackup, writeBackup } from './backup-file';
import { withBlobBytes } from '../../../tests/support/blobs';

let db: NahbeiDatabase;

beforeEach(async () => {
	db = new NahbeiDatabase(`backup-${crypto.randomUUID()}`);
	await db.open();
});

afterEach(async () => {
	await db.delete();
});

async function fill() {
	await saveSettings(db, { theme: 'dark', textSize: 'large' });
	await addPerson(db, { name: 'Ayşe Öztürk 🌷', area: 'friends', closeness: 1 });
	await addPerson(db, { name: 'Herr Brandt', area: 'professionals', closeness: 2 });
	await setFavourite(db, '6f1b2c1e-0d6c-4a51-9b7e-2f0a1c3d4e5f', true);
}

async function backupText() {
	return writeBackup(await readAllPersonalData(db), db.verno);
}

describe('a backup', () => {
	it('holds every personal table, and not the shared catalogue', async () => {
		await fill();
		const result = readBackup(await backupText(), personalTableNames(db), db.verno);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(Object.keys(result.backup.tables).sort()).toEqual(personalTableNames(db).sort());
		expect(personalTableNames(db)).not.toContain('offers');
		expect(result.counts).toMatchObject({ people: 2, favourites: 1, settings: 1 });
	});

	it('comes back exactly after wipe and restore', async () => {
		await fill();
		const before = await readAllPersonalData(db);
		const text = await backupText();
		await deletePersonalData(db);
		expect((await readAllPersonalData(db)).people).toEqual([]);
		const result = readBackup(text, personalTableNames(db), db.verno);
		if (!result.ok) throw new Error(result.problem);
		await restorePersonalData(db, result.backup.tables, 'replace');
		expect(await readAllPersonalData(db)).toEqual(before);
	});

	it('keeps Blobs such as voice notes, byte for byte', async () => {
		const bytes = new Uint8Array([0, 1, 2, 250, 255, 128]);
		const text = await writeBackup(
			{
				favourites: [
					{
						offerId: 'x',
						addedAt: '2026-11-23T10:00:00.000Z',
						note: new Blob([bytes], { type: 'audio/webm' })
					}
				]
			},
			db.verno
		);
		const result = readBackup(text, ['favourites'], db.verno);
		if (!result.ok) throw new Error(result.problem);
		const blob = (result.backup.tables.favourites?.[0] as { note: Blob }).note;
		expect(blob.type).toBe('audio/webm');
		expect(new Uint8Array(await blob.arrayBuffer())).toEqual(bytes);
	});

	it('carries a person’s photo through wipe and restore, byte for byte', async () => {
		const anna = await addPerson(db, { name: 'Anna' });
		const bytes = new Uint8Array([255, 216, 255, 224, 0, 16, 74, 70, 73, 70]);
		await savePersonPhoto(db, anna.id, new Blob([bytes], { type: 'image/jpeg' }));
		const text = await backupText();
		await deletePersonalData(db);
		expect(await getPersonPhoto(db, anna.id)).toBeNull();
		const result = readBackup(text, personalTableNames(db), db.verno);
		if (!result.ok) throw new Error(result.problem);
		expect(result.counts.personPhotos).toBe(1);
		await restorePersonalData(db, result.backup.tables, 'replace');
		const photo = await getPersonPhoto(db, anna.id);
		expect(photo?.photo.type).toBe('image/jpeg');
		expect(new Uint8Array(await photo!.photo.arrayBuffer())).toEqual(bytes);
	});

	it('refuses a person’s photo that is not a picture', async () => {
		const text = await writeBackup(
			{
				personPhotos: [
					{
						personId: crypto.randomUUID(),
						photo: new Blob(['<svg onload="x()"/>'], { type: 'image/svg+xml' }),
						updatedAt: '2026-11-23T10:00:00.000Z'
					}
				]
			},
			db.verno
		);
		expect(readBackup(text, personalTableNames(db), db.verno)).toEqual({
			ok: false,
			problem: 'bad-row',
			detail: 'personPhotos'
		});
	});

	it('keeps Blobs byte for byte with the native base64 of browsers too', async () => {
		// Node 20 lacks Uint8Array.toBase64 and fromBase64; here they stand in for a browser's.
		const proto = Uint8Array.prototype as { toBase64?: () => string };
		const decoder = Uint8Array as { fromBase64?: (text: string) => Uint8Array };
		let used = 0;
		proto.toBase64 = function (this: Uint8Array) {
			used++;
			return Buffer.from(this).toString('base64');
		};
		decoder.fromBase64 = (text: string) => {
			used++;
			return new Uint8Array(Buffer.from(text, 'base64'));
		};
		try {
			const bytes = new Uint8Array([0, 1, 2, 250, 255, 128, 64]);
			const text = await writeBackup(
				{ favourites: [{ offerId: 'x', addedAt: 'y', note: new Blob([bytes], { type: 'a/b' }) }] },
				db.verno
			);
			const result = readBackup(text, ['favourites'], db.verno);
			if (!result.ok) throw new Error(result.problem);
			const blob = (result.backup.tables.favourites?.[0] as { note: Blob }).note;
			expect(new Uint8Array(await blob.arrayBuffer())).toEqual(bytes);
			expect(used).toBe(2);
		} finally {
			delete proto.toBase64;
			delete decoder.fromBase64;
		}
	});

	it('adds only what is new when the person chooses "add"', async () => {
		await fill();
		const text = await backupText();
		await addPerson(db, { name: 'Neu nach der Sicherung' });
		const result = readBackup(text, personalTableNames(db), db.verno);
		if (!result.ok) throw new Error(result.problem);
		const written = await restorePersonalData(db, result.backup.tables, 'add');
		expect(written).toBe(0);
		expect((await readAllPersonalData(db)).people).toHaveLength(3);
	});

	it('comes back deep-equal after backup, wipe and restore, Blobs included (property)', async () => {
		const line = fc
			.string({ minLength: 1, maxLength: 40, unit: 'grapheme' })
			.map((text) => text.replace(/[\p{Cc}\p{Zl}\p{Zp}]/gu, '').trim())
			.filter((text) => text.length > 0);
		const data = fc.record({
			people: fc.array(line, { maxLength: 6 }),
			wishes: fc.array(
				fc.record({
					text: fc.string({ maxLength: 200, unit: 'grapheme' }),
					voice: fc.option(fc.uint8Array({ minLength: 1, maxLength: 2000 }))
				}),
				{ maxLength: 5 }
			),
			favourites: fc.uniqueArray(fc.uuid(), { maxLength: 4 }),
			theme: fc.constantFrom('auto', 'light', 'dark', 'contrast' as const)
		});
		await fc.assert(
			fc.asyncProperty(data, async (input) => {
				await deletePersonalData(db);
				await saveSettings(db, { theme: input.theme });
				for (const name of input.people) await addPerson(db, { name });
				for (const entry of input.wishes) {
					const { wish } = await createWish(db, { text: entry.text });
					if (entry.voice)
						await saveMedia(db, wish.id, 'voice', new Blob([entry.voice], { type: 'audio/webm' }));
				}
				for (const id of input.favourites) await setFavourite(db, id, true);
				const before = await withBlobBytes(await readAllPersonalData(db));
				const text = await backupText();
				await deletePersonalData(db);
				const result = readBackup(text, personalTableNames(db), db.verno);
				if (!result.ok) throw new Error(result.problem);
				await restorePersonalData(db, result.backup.tables, 'replace');
				expect(await withBlobBytes(await readAllPersonalData(db))).toEqual(before);
			}),
			{ numRuns: 25 }
		);
		// 25 whole backups with Blobs: on a busy machine this takes longer than the default limit.
	}, 60_000);

	it('survives any text in names (round trip property)', async () => {
		await fc.assert(
			fc.asyncProperty(fc.string({ minLength: 1, maxLength: 80 }), async (name) => {
				const clean = name.replace(/\p{Cc}/gu, '').trim() || 'x';
				const text = await writeBackup(
					{ favourites: [{ offerId: clean, addedAt: '2026-11-23T10:00:00.000Z' }] },
					db.verno
				);
				const result = readBackup(text, ['favourites'], db.verno);
				expect(result.ok && result.backup.tables.favourites?.[0]).toEqual({
					offerId: clean,
					addedAt: '2026-11-23T10:00:00.000Z'
				});
			}),
			{ numRuns: 50 }
		);
	});
});

describe('a bad backup file', () => {
	const names = ['settings', 'people', 'favourites'];
	const good = (tables: object) =>
		JSON.stringify({
			format: 'nahbei-backup',
			version: 1,
			createdAt: '2026-11-23T10:00:00.000Z',
			schemaVersion: 1,
			tables
		});

	it.each([
		['not JSON', 'hallo', 'not-json'],
		['truncated', good({ favourites: [] }).slice(0, 40), 'not-json'],
		['another file', JSON.stringify({ versions: [] }), 'not-a-backup'],
		['a newer version', good({}).replace('"version":1', '"version":7'), 'newer-version'],
		['an unknown table', good({ passwords: [] }), 'unknown-table'],
		['a wrong row', good({ people: [{ name: 42 }] }), 'bad-row'],
		['a __proto__ key', good({ favourites: [JSON.parse('{"__proto__": {"x": 1}}')] }), 'hostile']
	])('is refused: %s', (_label, text, problem) => {
		const result = readBackup(text, names, 3);
		expect(result).toMatchObject({ ok: false, problem });
	});

	it('is refused when it holds too many rows', () => {
		const rows = Array.from({ length: 200_001 }, (_, i) => ({ offerId: `${i}`, addedAt: 'x' }));
		expect(readBackup(good({ favourites: rows }), names, 3)).toMatchObject({
			ok: false,
			problem: 'too-large'
		});
	});

	it.each([
		[
			'nested __proto__',
			{ favourites: [{ offerId: 'a', x: JSON.parse('{"__proto__":{"p":1}}') }] }
		],
		['a constructor key', { favourites: [{ offerId: 'a', constructor: { prototype: {} } }] }],
		['deep nesting', { favourites: [JSON.parse('{"a":'.repeat(30) + '1' + '}'.repeat(30))] }],
		['a forged Blob', { favourites: [{ offerId: 'a', note: { $blob: { type: 1 } } }] }]
	])('is refused as hostile: %s, and no object is polluted', (_label, tables) => {
		expect(readBackup(good(tables), names, 3)).toMatchObject({ ok: false, problem: 'hostile' });
		expect(({} as Record<string, unknown>).p).toBeUndefined();
	});

	it.each([
		['tables as a list', JSON.stringify({ ...JSON.parse(good({})), tables: [] })],
		['a row as text', good({ people: ['Ayşe'] })],
		['a number for a date', good({ favourites: [{ offerId: 'a', addedAt: 5 }] })],
		['a wish without its answers', good({ wishes: [{ text: 'x' }] })]
	])('is refused for wrong types: %s', (_label, text) => {
		expect(readBackup(text, [...names, 'wishes'], 4)).toMatchObject({ ok: false });
	});

	it('cut off anywhere, is refused and never throws', async () => {
		await fill();
		const text = await backupText();
		fc.assert(
			fc.property(fc.integer({ min: 0, max: text.length - 1 }), (end) => {
				const result = readBackup(text.slice(0, end), personalTableNames(db), db.verno);
				expect(result.ok).toBe(false);
			}),
			{ numRuns: 200 }
		);
	});

	it('runs nothing from strings that look like code, and keeps them as text', async () => {
		const attacks = [
			'<img src=x onerror="globalThis.hacked=1">',
			'"});globalThis.hacked=1;({"',
			'${globalThis.hacked=1}',
			'javascript:globalThis.hacked=1'
		];
		const result = readBackup(
			good({ favourites: attacks.map((offerId) => ({ offerId, addedAt: 'x' })) }),
			personalTableNames(db),
			db.verno
		);
		if (!result.ok) throw new Error(result.problem);
		await restorePersonalData(db, result.backup.tables, 'replace');
		const stored = (await readAllPersonalData(db)).favourites as { offerId: string }[];
		expect(stored.map((row) => row.offerId).sort()).toEqual([...attacks].sort());
		expect((globalThis as { hacked?: unknown }).hacked).toBeUndefined();
	});

	it('keeps script in a string as plain text, never running it', () => {
		const result = readBackup(
			good({
				favourites: [{ offerId: '<script>alert(1)</script>', addedAt: '2026-11-23T10:00:00.000Z' }]
			}),
			names,
			3
		);
		expect(result.ok && result.backup.tables.favourites?.[0]).toMatchObject({
			offerId: '<script>alert(1)</script>'
		});
	});

	it('changes nothing when writing fails half-way (full disk)', async () => {
		await fill();
		const before = await readAllPersonalData(db);
		const text = await backupText();
		db.table('people').hook('creating', () => {
			throw new DOMException('full', 'QuotaExceededError');
		});
		const result = readBackup(text, personalTableNames(db), db.verno);
		if (!result.ok) throw new Error(result.problem);
		await expect(restorePersonalData(db, result.backup.tables, 'replace')).rejects.toMatchObject({
			kind: 'quota'
		});
		expect(await readAllPersonalData(db)).toEqual(before);
	});
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NahbeiDatabase } from '$lib/db/database';
import {
	personalTableNames,
	readAllPersonalData,
	restorePersonalData,
	deletePersonalData
} from '$lib/db/backup-repository';
import { addPerson } from '$lib/db/network-repository';
import { createWish, saveMedia } from '$lib/db/wishes-repository';
import { makePassphrase } from '$lib/sharing/passphrase';
import { buildBackup } from './backup-file';
import { isSealedBackup, openSealedBackup, sealBackup } from './sealed-backup';
import { withBlobBytes } from '../../../tests/support/blobs';

// Fast key derivation in tests only; the app always uses the envelope's default.
const fast = { iterations: 1000, testOnlyMinIterations: 1000 };

let db: NahbeiDatabase;

beforeEach(async () => {
	db = new NahbeiDatabase(`sealed-${crypto.randomUUID()}`);
	await db.open();
	await addPerson(db, { name: 'Jürgen Schäfer 🚲' });
	const { wish } = await createWish(db, { text: 'Ich möchte wieder tanzen.' });
	await saveMedia(
		db,
		wish.id,
		'voice',
		new Blob([new Uint8Array([1, 2, 250])], { type: 'audio/ogg' })
	);
});

afterEach(async () => {
	await db.delete();
});

async function sealed(passphrase: string) {
	return sealBackup(await buildBackup(await readAllPersonalData(db), db.verno), passphrase, fast);
}

describe('a backup protected with a passphrase', () => {
	it('holds nothing readable without the passphrase', async () => {
		const text = await sealed('Apfel-Haus-Baum-Tisch');
		expect(isSealedBackup(text, fast)).toBe(true);
		expect(text).not.toContain('Jürgen');
		expect(text).not.toContain('tanzen');
	});

	it('comes back whole with its passphrase, typed in any case and spacing', async () => {
		const passphrase = makePassphrase();
		const before = await withBlobBytes(await readAllPersonalData(db));
		const text = await sealed(passphrase);
		await deletePersonalData(db);
		const typed = ` ${passphrase.toUpperCase().replace(/-/g, '  ')} `;
		const result = await openSealedBackup(text, typed, personalTableNames(db), db.verno, fast);
		if (!result.ok) throw new Error(result.problem);
		await restorePersonalData(db, result.backup.tables, 'replace');
		expect(await withBlobBytes(await readAllPersonalData(db))).toEqual(before);
	});

	it('with a wrong passphrase says so and gives nothing', async () => {
		const text = await sealed('Apfel-Haus-Baum-Tisch');
		const result = await openSealedBackup(
			text,
			'Apfel-Haus-Baum-Stuhl',
			personalTableNames(db),
			db.verno,
			fast
		);
		expect(result).toEqual({ ok: false, problem: 'wrong-passphrase' });
	});

	it('cut off is refused as damaged, not as a wrong passphrase', async () => {
		const text = await sealed('Apfel-Haus-Baum-Tisch');
		const result = await openSealedBackup(
			text.slice(0, text.length / 2),
			'Apfel-Haus-Baum-Tisch',
			personalTableNames(db),
			db.verno,
			fast
		);
		expect(result).toEqual({ ok: false, problem: 'damaged' });
	});

	it('is not taken for a plain backup, and a plain backup is not taken for it', async () => {
		expect(isSealedBackup('{"format":"nahbei-backup"}')).toBe(false);
		expect(isSealedBackup('NAHBEI-SHARE 1\nkaputt')).toBe(false);
	});
});

import { describe, expect, it } from 'vitest';
import { backupFormat, backupVersion, maxBackupBytes, type BackupData } from './backup-file';
import {
	beyondWellShown,
	farBeyondWellShown,
	backupFileName,
	countsToShow,
	makeBackupFile,
	readChosenBackup,
	restoreModeFor
} from './backup-steps';
import { openSealedBackup } from './sealed-backup';

const now = new Date('2026-11-23T10:00:00.000Z');
const favourite = { offerId: '6f1b2c1e-0d6c-4a51-9b7e-2f0a1c3d4e5f', addedAt: now.toISOString() };
const backup: BackupData = {
	format: backupFormat,
	version: backupVersion,
	createdAt: now.toISOString(),
	schemaVersion: 1,
	tables: { favourites: [favourite], wishes: [] }
};
const tableNames = ['favourites', 'wishes', 'people'];

function chosen(text: string): Blob {
	return new Blob([text]);
}

describe('saving a backup', () => {
	it('names the file by its day, and a protected one as protected', () => {
		expect(backupFileName(false, now)).toBe('nahbei-sicherung-2026-11-23.json');
		expect(backupFileName(true, now)).toBe('nahbei-sicherung-2026-11-23-geschuetzt.txt');
	});

	it('saves plain JSON without a passphrase', async () => {
		const file = await makeBackupFile(backup, '', now);
		expect(file).toEqual({
			text: JSON.stringify(backup),
			name: 'nahbei-sicherung-2026-11-23.json',
			type: 'application/json'
		});
	});

	it(
		'seals the backup with the passphrase, and it opens with the same words',
		{ timeout: 30_000 },
		async () => {
			const file = await makeBackupFile(backup, 'Apfel-Haus-Baum-Tisch', now);
			expect(file.name).toBe('nahbei-sicherung-2026-11-23-geschuetzt.txt');
			expect(file.type).toBe('text/plain');
			expect(file.text).not.toContain(favourite.offerId);
			const opened = await openSealedBackup(file.text, 'apfel haus baum tisch', tableNames, 1);
			expect(opened).toMatchObject({ ok: true, counts: { favourites: 1, wishes: 0 } });
		}
	);
});

describe('readChosenBackup', () => {
	it('reads and checks a plain backup', async () => {
		const read = await readChosenBackup(chosen(JSON.stringify(backup)), tableNames, 1);
		expect(read).toMatchObject({ sealed: false, read: { ok: true, counts: { favourites: 1 } } });
	});

	it('keeps a protected backup’s text until its passphrase is typed', async () => {
		const file = await makeBackupFile(backup, 'Apfel-Haus-Baum-Tisch', now);
		expect(await readChosenBackup(chosen(file.text), tableNames, 1)).toEqual({
			sealed: true,
			text: file.text
		});
	});

	it('refuses a file too large to be a backup before reading it', async () => {
		const huge = {
			size: maxBackupBytes + 1,
			text: () => Promise.reject(new Error('must not be read'))
		};
		expect(await readChosenBackup(huge, tableNames, 1)).toEqual({
			sealed: false,
			read: { ok: false, problem: 'too-large' }
		});
	});

	it('says what is wrong with a file that is no backup', async () => {
		expect(await readChosenBackup(chosen('{"format":"nahbei-backup"'), tableNames, 1)).toEqual({
			sealed: false,
			read: { ok: false, problem: 'not-json' }
		});
		const newer = JSON.stringify({ ...backup, schemaVersion: 99 });
		expect(await readChosenBackup(chosen(newer), tableNames, 1)).toEqual({
			sealed: false,
			read: { ok: false, problem: 'newer-version' }
		});
	});
});

describe('loading a backup', () => {
	it('adds to a device with data of its own, and replaces on an empty one', () => {
		expect(restoreModeFor(true)).toBe('add');
		expect(restoreModeFor(false)).toBe('replace');
	});

	it('lists only the tables the backup holds anything of', () => {
		expect(countsToShow({ wishes: 0, favourites: 1, people: 3 })).toEqual([
			['favourites', 1],
			['people', 3]
		]);
	});
});

describe('what nahbei shows well', () => {
	it('names the tables beyond it, and refuses ten times more', () => {
		expect(beyondWellShown({ people: 500, wishes: 12 })).toEqual([]);
		expect(beyondWellShown({ people: 501 })).toEqual([{ name: 'people', count: 501, limit: 500 }]);
		expect(farBeyondWellShown({ people: 5_000 })).toBe(false);
		expect(farBeyondWellShown({ people: 100_000 })).toBe(true);
	});
});

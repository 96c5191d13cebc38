import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { database } from '$lib/db/connection';
import { saveFile } from '$lib/files/save-file';
import { settings } from '$lib/settings/settings.svelte';
import { storageStatus } from '$lib/storage/storage-status.svelte';
import { BackupFlow } from './backup-flow.svelte';
import { backupFormat, backupVersion } from './backup-file';
import { makeBackupFile } from './backup-steps';

vi.mock('$lib/files/save-file', async (original) => ({
	...(await original<typeof import('$lib/files/save-file')>()),
	saveFile: vi.fn()
}));
vi.mock('$lib/settings/settings.svelte', () => ({
	settings: { update: vi.fn(async () => {}), values: {} }
}));

const favourite = {
	offerId: '6f1b2c1e-0d6c-4a51-9b7e-2f0a1c3d4e5f',
	addedAt: '2026-11-23T10:00:00.000Z'
};

function backupText(): string {
	return JSON.stringify({
		format: backupFormat,
		version: backupVersion,
		createdAt: '2026-11-23T10:00:00.000Z',
		schemaVersion: 1,
		tables: { favourites: [favourite] }
	});
}

beforeEach(() => {
	vi.useFakeTimers({ toFake: ['setTimeout'] });
	vi.stubGlobal('location', { reload: vi.fn(), assign: vi.fn() });
	vi.stubGlobal('localStorage', { removeItem: vi.fn() });
});

afterEach(async () => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
	vi.restoreAllMocks();
	vi.mocked(saveFile).mockClear();
	storageStatus.dismiss();
	await Promise.all(database().tables.map((table) => table.clear()));
});

describe('saving a backup', () => {
	it('saves every table to a JSON file and notes when', async () => {
		await database().favourites.put(favourite);
		const flow = new BackupFlow();
		await flow.save();
		const [text, name, type] = vi.mocked(saveFile).mock.calls[0] ?? [];
		expect(name).toMatch(/^nahbei-sicherung-\d{4}-\d{2}-\d{2}\.json$/);
		expect(type).toBe('application/json');
		expect(JSON.parse(String(text)).tables.favourites).toEqual([favourite]);
		expect(settings.update).toHaveBeenCalledWith(
			{ lastBackupAt: expect.any(String) },
			{ quiet: true }
		);
	});

	it('gives a protected backup its passphrase at once, and a new one on request', () => {
		const flow = new BackupFlow();
		flow.protect = true;
		flow.protectChanged();
		const first = flow.passphrase;
		// A backup is kept for years: 5 words, not the 4 of a share.
		expect(first.split('-')).toHaveLength(5);
		flow.protectChanged();
		expect(flow.passphrase).toBe(first);
		flow.newPassphrase();
		expect(flow.passphrase).not.toBe('');
	});

	it('tells the person when the data cannot be read, and saves nothing', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		vi.spyOn(database(), 'transaction').mockRejectedValue(
			new DOMException('gone', 'InvalidStateError')
		);
		const flow = new BackupFlow();
		await flow.save();
		expect(saveFile).not.toHaveBeenCalled();
		expect(storageStatus.problem).not.toBeNull();
	});
});

describe('loading a backup', () => {
	it('shows what a good file holds and replaces on an empty device', async () => {
		const flow = new BackupFlow();
		expect(await flow.choose(new Blob([backupText()]))).toBe('summary');
		expect(flow.loaded?.counts).toEqual({ favourites: 1 });
		expect(flow.existing).toBe(false);
		expect(flow.mode).toBe('replace');
	});

	it('adds to a device that has data of its own, unless the person chooses', async () => {
		await database().favourites.put({ ...favourite, offerId: 'other' });
		const flow = new BackupFlow();
		await flow.choose(new Blob([backupText()]));
		expect(flow.existing).toBe(true);
		expect(flow.mode).toBe('add');
		expect(await flow.restore()).toBe(true);
		expect(await database().favourites.count()).toBe(2);
		expect(flow.loaded).toBeNull();
		vi.runAllTimers();
		expect(location.reload).toHaveBeenCalled();
	});

	it('shows a problem for a bad file and changes nothing', async () => {
		const flow = new BackupFlow();
		expect(await flow.choose(new Blob(['{"format":"nahbei-backup"']))).toBe('problem');
		expect(flow.problem).toBe('not-json');
		expect(flow.loaded).toBeNull();
	});

	it('asks for the passphrase of a protected file; a wrong one changes nothing', async () => {
		const sealed = await makeBackupFile(JSON.parse(backupText()), 'Apfel-Haus-Baum-Tisch');
		const flow = new BackupFlow();
		expect(await flow.choose(new Blob([sealed.text]))).toBe('unlock');
		flow.typedPassphrase = 'Apfel Haus Baum Falsch';
		expect(await flow.unlock()).toBe('problem');
		expect(flow.problem).toBe('wrong-passphrase');
		expect(flow.sealedText).toBe(sealed.text);
		flow.typedPassphrase = 'apfel haus baum tisch';
		expect(await flow.unlock()).toBe('summary');
		expect(flow.sealedText).toBeNull();
		expect(flow.problem).toBeNull();
		expect(flow.loaded?.counts).toEqual({ favourites: 1 });
	}, 30_000);

	it('forgets a chosen file when the person cancels', async () => {
		const flow = new BackupFlow();
		await flow.choose(new Blob([backupText()]));
		flow.reset();
		expect(flow.loaded).toBeNull();
		expect(flow.problem).toBeNull();
	});
});

describe('deleting everything', () => {
	it('deletes the person’s data and the remembered look, then goes to the start page', async () => {
		await database().favourites.put(favourite);
		const flow = new BackupFlow();
		await flow.deleteAll();
		expect(await database().favourites.count()).toBe(0);
		expect(localStorage.removeItem).toHaveBeenCalledWith('nahbei.appearance');
		vi.runAllTimers();
		expect(location.assign).toHaveBeenCalledWith('/');
	});
});

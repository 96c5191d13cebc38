import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NahbeiDatabase } from './database';
import { defaultSettings } from './settings-schema';
import { loadSettings, saveSettings } from './settings-repository';
import { StorageProblem } from './storage-problem';

let db: NahbeiDatabase;

beforeEach(async () => {
	db = new NahbeiDatabase(`test-${crypto.randomUUID()}`);
	await db.open();
});

afterEach(async () => {
	await db.delete();
});

describe('settings repository', () => {
	it('gives the defaults when nothing is saved', async () => {
		expect(await loadSettings(db)).toEqual(defaultSettings);
	});

	it('saves a change and reads it back', async () => {
		await saveSettings(db, { theme: 'dark', textSize: 'large' });
		expect(await loadSettings(db)).toEqual({
			...defaultSettings,
			theme: 'dark',
			textSize: 'large'
		});
	});

	it('stamps createdAt once and updatedAt on every save', async () => {
		await saveSettings(db, { theme: 'dark' });
		const first = await db.settings.get('app');
		await new Promise((resolve) => setTimeout(resolve, 5));
		await saveSettings(db, { theme: 'light' });
		const second = await db.settings.get('app');
		expect(second?.createdAt).toBe(first?.createdAt);
		expect(second?.updatedAt).not.toBe(first?.updatedAt);
	});

	it('rejects an invalid value and keeps what was saved', async () => {
		await saveSettings(db, { language: 'en' });
		const attempt = saveSettings(db, { language: 'xx' as never });
		await expect(attempt).rejects.toBeInstanceOf(StorageProblem);
		await expect(attempt).rejects.toMatchObject({ kind: 'invalid' });
		expect((await loadSettings(db)).language).toBe('en');
	});

	it('falls back to the default for one damaged field and keeps the others', async () => {
		await saveSettings(db, { theme: 'contrast', speechRate: 1.2 });
		await db.settings.update('app', { speechRate: 'fast' as never });
		const settings = await loadSettings(db);
		expect(settings.theme).toBe('contrast');
		expect(settings.speechRate).toBe(defaultSettings.speechRate);
	});

	it('reports a full disk as "quota" and changes nothing', async () => {
		await saveSettings(db, { theme: 'dark' });
		// The browser reports a full disk while writing; Dexie wraps it in an AbortError.
		db.settings.hook('updating', () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		});
		db.settings.hook('creating', () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		});
		await expect(saveSettings(db, { theme: 'light' })).rejects.toMatchObject({ kind: 'quota' });
		expect((await loadSettings(db)).theme).toBe('dark');
	});

	it('reports a database closed by a newer version as "outdated"', async () => {
		db.close();
		await expect(loadSettings(db)).rejects.toMatchObject({ kind: 'outdated' });
		// The data stays: an outdated tab only stops, it deletes nothing.
		await expect(Dexie.exists(db.name)).resolves.toBe(true);
	});
});

import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { NahbeiDatabase } from '../database';
import { schemaVersions } from './index';
import history from '../../../../tests/fixtures/schema-history.json';
import { fixtures } from '../../../../tests/fixtures/schema-fixtures';
import { checkRow } from '$lib/backup/backup-file';
import { listWishes } from '../wishes-repository';
import { readNetwork } from '../network-repository';
import { loadSettings } from '../settings-repository';

// The migration pattern: for every released version, seed a database with exactly that
// version's schema and a fixture, close it, open it with the current class, and check that
// every record is still there.
describe('schema versions', () => {
	it('are numbered 1, 2, 3 … and dated', () => {
		schemaVersions.forEach((entry, index) => {
			expect(entry.version).toBe(index + 1);
			expect(entry.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(entry.reason.length).toBeGreaterThan(10);
		});
	});

	it('never change once released (append only)', () => {
		const released = schemaVersions.slice(0, history.length).map(({ version, date, stores }) => ({
			version,
			date,
			stores
		}));
		expect(released).toEqual(history);
	});

	it('each have a fixture', () => {
		expect(Object.keys(fixtures).map(Number)).toEqual(schemaVersions.map((entry) => entry.version));
	});

	it.each(Object.entries(fixtures))(
		'version %s has a fixture of 200 records or more, with umlauts, emoji and empty fields',
		(_version, tables) => {
			const rows = Object.values(tables).flat();
			expect(rows.length).toBeGreaterThanOrEqual(200);
			const text = JSON.stringify(rows);
			expect(text).toMatch(/[äöüÄÖÜß]/);
			expect(text).toMatch(/\p{Extended_Pictographic}/u);
			expect(text).toMatch(/:(""|null|\[\])/);
		}
	);
});

describe.each(schemaVersions.map((entry) => entry.version))(
	'data saved with version %i',
	(version) => {
		it('is all there after opening with the current version', async () => {
			const name = `migration-${version}-${crypto.randomUUID()}`;
			const old = new Dexie(name);
			for (const entry of schemaVersions.slice(0, version))
				old.version(entry.version).stores(entry.stores);
			const seed = fixtures[version];
			if (!seed) throw new Error(`no fixture for version ${version}`);
			await old.open();
			for (const [table, rows] of Object.entries(seed)) await old.table(table).bulkPut(rows);
			old.close();

			const current = new NahbeiDatabase(name);
			await current.open();
			expect(current.verno).toBe(schemaVersions.at(-1)?.version);
			for (const [table, rows] of Object.entries(seed)) {
				const stored = await current.table(table).toArray();
				expect(stored).toHaveLength(rows.length);
				expect(stored).toEqual(expect.arrayContaining(rows));
				// Valid as the app reads it (older records repaired on reading, as the app does).
				for (const row of stored) expect(checkRow(table, row), table).not.toBeNull();
			}
			// The repositories read every record, without leaving any out.
			expect(await listWishes(current)).toHaveLength(seed.wishes?.length ?? 0);
			const network = await readNetwork(current);
			expect(network.people).toHaveLength(seed.people?.length ?? 0);
			expect(network.answers).toHaveLength(seed.tieAnswers?.length ?? 0);
			const app = seed.settings?.find((row) => row.id === 'app');
			if (app) expect(await loadSettings(current)).toMatchObject({ theme: app.theme });
			await current.delete();
		});
	}
);

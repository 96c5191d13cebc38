import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { database } from '$lib/db/connection';
import { personalTableNames } from '$lib/db/backup-repository';
import { tablesWithWords, tableWordKey } from './table-words';

const messages = JSON.parse(readFileSync('src/lib/i18n/locales/de-x-ls.json', 'utf8')) as {
	backup: { tables: Record<string, string> };
};

describe('the words for the parts of a backup', () => {
	it('name every table a backup holds, so none is shown as "Andere Daten"', () => {
		const names = personalTableNames(database());
		expect(names.length).toBeGreaterThan(10);
		expect(names.filter((name) => tableWordKey(name) === 'backup.tables.other')).toEqual([]);
	});

	it('each have a text', () => {
		for (const name of tablesWithWords) expect(messages.backup.tables[name], name).toBeTruthy();
		expect(tableWordKey('something-new')).toBe('backup.tables.other');
	});
});

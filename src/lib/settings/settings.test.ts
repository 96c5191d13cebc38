import { describe, expect, it } from 'vitest';
import { database } from '$lib/db/connection';
import { loadSettings } from '$lib/db/settings-repository';
import { settings } from './settings.svelte';

describe('the settings', () => {
	it('keep two quick changes: the first save does not undo the second choice', async () => {
		await settings.load();
		// A language, and a theme chosen before the language is saved.
		const language = settings.update({ language: 'en' });
		const theme = settings.update({ theme: 'contrast' });
		await language;
		expect(settings.values).toMatchObject({ language: 'en', theme: 'contrast' });
		await theme;
		expect(settings.values).toMatchObject({ language: 'en', theme: 'contrast' });
		expect(await loadSettings(database())).toMatchObject({ language: 'en', theme: 'contrast' });
	});
});

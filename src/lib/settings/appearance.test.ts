import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../../tests/fixtures/memory-storage';
import { defaultSettings } from '$lib/db/settings-values';
import { appearanceKey, rememberAppearance } from './appearance';

describe('rememberAppearance', () => {
	it('marks the prerendered Leichte Sprache as the person’s own words', () => {
		const storage = new MemoryStorage();
		rememberAppearance(storage, { ...defaultSettings });
		expect(JSON.parse(storage.getItem(appearanceKey) ?? '{}')).toMatchObject({
			lang: 'de',
			dir: 'ltr',
			prerenderedText: true
		});
	});

	it('tells the first paint to wait for the app when another language is chosen', () => {
		const storage = new MemoryStorage();
		rememberAppearance(storage, { ...defaultSettings, language: 'de' });
		expect(JSON.parse(storage.getItem(appearanceKey) ?? '{}').prerenderedText).toBe(false);
		rememberAppearance(storage, { ...defaultSettings, language: 'ar' });
		expect(JSON.parse(storage.getItem(appearanceKey) ?? '{}')).toMatchObject({
			lang: 'ar',
			dir: 'rtl',
			prerenderedText: false
		});
	});

	it('tells it to wait too when compound words are written with a Mediopunkt', () => {
		const storage = new MemoryStorage();
		rememberAppearance(storage, { ...defaultSettings, compoundStyle: 'mediopunkt' });
		expect(JSON.parse(storage.getItem(appearanceKey) ?? '{}').prerenderedText).toBe(false);
	});
});

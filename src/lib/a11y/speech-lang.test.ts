import { describe, expect, it } from 'vitest';
import { normaliseLang, speechLang } from './speech-lang';

describe('normaliseLang', () => {
	it.each([
		['de_DE', 'de-DE'],
		['de-de', 'de-DE'],
		['DE_at', 'de-AT'],
		['en', 'en'],
		['zh_hant_tw', 'zh-Hant-TW'],
		['de-x-LS', 'de-x-ls'],
		[' de-DE ', 'de-DE']
	])('writes %s as %s', (tag, expected) => {
		expect(normaliseLang(tag)).toBe(expected);
	});
});

describe('speechLang', () => {
	it.each([
		['de-x-ls', 'de-DE'],
		['de', 'de-DE'],
		['de-AT', 'de-AT'],
		['en', 'en-GB'],
		['tr', 'tr-TR'],
		['ar', 'ar-SA'],
		['uk', 'uk-UA'],
		['xx', 'xx']
	])('reads app language %s with voices for %s', (appLang, expected) => {
		expect(speechLang(appLang)).toBe(expected);
	});
});

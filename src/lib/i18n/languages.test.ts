import { describe, expect, it } from 'vitest';
import { languageCodes, languageInfo, markLanguage } from './languages';

describe('intlLocale', () => {
	it('is the language of the page, for every language', () => {
		for (const code of languageCodes) {
			expect(new Intl.Locale(languageInfo[code].intlLocale).language).toBe(
				languageInfo[code].htmlLang
			);
		}
	});

	it('asks for Western digits in Arabic, whatever a browser would choose itself', () => {
		// Older browsers write Arabic numbers with Arabic-Indic digits; the texts do not.
		expect(new Intl.Locale(languageInfo.ar.intlLocale).numberingSystem).toBe('latn');
		expect(new Intl.NumberFormat(languageInfo.ar.intlLocale).format(1234.5)).toMatch(/^[\d.,]+$/);
	});
});

describe('markLanguage', () => {
	/** A document root that counts how often each attribute is written. */
	function countingRoot(lang: string, dir: string) {
		const writes = { lang: 0, dir: 0 };
		const root = {
			get lang() {
				return lang;
			},
			set lang(value: string) {
				writes.lang++;
				lang = value;
			},
			get dir() {
				return dir;
			},
			set dir(value: string) {
				writes.dir++;
				dir = value;
			}
		};
		return { root, writes };
	}

	it('switches the page to another language and its direction', () => {
		const { root } = countingRoot('de', 'ltr');
		markLanguage(root, 'ar');
		expect([root.lang, root.dir]).toEqual(['ar', 'rtl']);
		markLanguage(root, 'de-x-ls');
		expect([root.lang, root.dir]).toEqual(['de', 'ltr']);
	});

	it('leaves the page alone when it already has the language', () => {
		const { root, writes } = countingRoot('de', 'ltr');
		markLanguage(root, 'de-x-ls');
		markLanguage(root, 'de');
		expect(writes).toEqual({ lang: 0, dir: 0 });
		markLanguage(root, 'tr');
		expect(writes).toEqual({ lang: 1, dir: 0 });
	});
});

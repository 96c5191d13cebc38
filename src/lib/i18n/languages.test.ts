import { describe, expect, it } from 'vitest';
import { languageCodes, languageInfo } from './languages';

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

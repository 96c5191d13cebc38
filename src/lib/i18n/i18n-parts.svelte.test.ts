import { describe, expect, it, vi } from 'vitest';
import { JOINT } from './compounds';

// The unit tests' setup loads every text; this test needs a translator as a page starts it,
// with only the start part.
vi.resetModules();
const { i18n, translate } = await import('./i18n.svelte');

describe('text parts that arrive later', () => {
	it('show their compound words in the style chosen before and after they arrived', async () => {
		await i18n.setLanguage('de-x-ls');
		expect(translate('share.lotse.phone')).toBe('share.lotse.phone');

		await i18n.loadParts(['share']);
		expect(translate('share.lotse.phone')).toBe(`Telefon${JOINT}-Nummer`);

		i18n.setCompoundStyle('mediopunkt');
		expect(translate('share.lotse.phone')).toBe(`Telefon${JOINT}·nummer`);

		// A part that arrives while the Mediopunkt is chosen comes in that style, and keeps
		// following the style with the parts before it.
		await i18n.loadParts(['offers']);
		expect(translate('offers.search.hint')).toBe(
			`Zum Beispiel: Mittags${JOINT}·tisch oder Einkaufen`
		);
		i18n.setCompoundStyle('hyphen');
		expect(translate('offers.search.hint')).toBe(
			`Zum Beispiel: Mittags${JOINT}-Tisch oder Einkaufen`
		);
		expect(translate('share.lotse.phone')).toBe(`Telefon${JOINT}-Nummer`);
	});
});

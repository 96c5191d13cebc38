import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { i18n, t, translate } from './i18n.svelte';
import type { LanguageCode } from './languages';

type Tree = { [key: string]: string | Tree };

function keysOf(tree: Tree, prefix = ''): string[] {
	return Object.entries(tree).flatMap(([key, value]) =>
		typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`)
	);
}

/** What i18next itself gives, the reference for the translator's own quick lookup. */
const reference = (key: string, options?: Record<string, unknown>) =>
	(i18next.t as unknown as (key: string, options?: Record<string, unknown>) => string)(
		key,
		options
	);

/** A value for every placeholder a bundle uses; `count` picks plural forms. */
function valuesFor(bundle: Tree): Record<string, unknown> {
	const names = JSON.stringify(bundle).match(/\{\{\s*\w+/g) ?? [];
	const values: Record<string, unknown> = Object.fromEntries(
		names.map((name) => name.replace(/\W/g, '')).map((name) => [name, `<${name}>`])
	);
	return { ...values, count: 2, total: 7 };
}

describe('t: every text as i18next gives it', () => {
	// Every text part is loaded once, before the tests: each test compares texts, not loads them.
	beforeAll(() => i18n.loadAll());

	for (const language of ['de-x-ls', 'en', 'ar'] as LanguageCode[]) {
		it(`in ${language}, with and without placeholders filled`, async () => {
			await i18n.setLanguage(language);
			const bundle = i18next.getResourceBundle(language, 'translation') as Tree;
			const keys = keysOf(bundle).map((key) => key.replace(/_(zero|one|two|few|many|other)$/, ''));
			expect(keys.length).toBeGreaterThan(1000);
			const filled = valuesFor(bundle);
			const withoutCount = { ...filled, count: undefined };
			delete withoutCount.count;
			for (const key of new Set(keys)) {
				expect(translate(key)).toBe(reference(key));
				expect(translate(key, filled)).toBe(reference(key, filled));
				expect(translate(key, withoutCount)).toBe(reference(key, withoutCount));
				expect(translate(key, { name: 'Maria' })).toBe(reference(key, { name: 'Maria' }));
			}
		});
	}

	it('leaves keys a language lacks, and nested keys, to i18next', async () => {
		await i18n.setLanguage('de-x-ls');
		expect(translate('no.such.key')).toBe('no.such.key');
		expect(t('app.name')).toBe(reference('app.name'));
	});

	it('follows a change of language and of compound style', async () => {
		await i18n.setLanguage('en');
		const english = translate('nav.main');
		await i18n.setLanguage('de-x-ls');
		expect(translate('nav.main')).not.toBe(english);
		i18n.setCompoundStyle('mediopunkt');
		expect(translate('nav.main')).toBe(reference('nav.main'));
		expect(translate('nav.main')).toContain('·');
		i18n.setCompoundStyle('hyphen');
	});
});

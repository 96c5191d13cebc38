import { describe, expect, it } from 'vitest';
import { languageCodes, languageInfo } from './languages';
import { loadMessages } from './resources';

type Messages = { [key: string]: string | Messages };

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatten(messages: Messages, prefix = ''): Map<string, string> {
	const out = new Map<string, string>();
	for (const [key, value] of Object.entries(messages)) {
		const path = prefix ? `${prefix}.${key}` : key;
		if (typeof value === 'string') out.set(path, value);
		else for (const [k, v] of flatten(value, path)) out.set(k, v);
	}
	return out;
}

/** The key without its plural suffix: 'a.count_one' → 'a.count'. */
function baseKey(key: string): string {
	return key.replace(PLURAL_SUFFIX, '');
}

function placeholders(text: string): string[] {
	return [...new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? ''))];
}

const reference = flatten((await loadMessages['de-x-ls']()) as Messages);
const referenceBases = new Set([...reference.keys()].map(baseKey));
const pluralBases = new Set(
	[...reference.keys()].filter((key) => PLURAL_SUFFIX.test(key)).map(baseKey)
);
// What a text may use: the placeholders of its key, or of any plural form of it.
const allowed = new Map<string, Set<string>>();
for (const [key, text] of reference) {
	const set = allowed.get(baseKey(key)) ?? new Set<string>();
	for (const name of placeholders(text)) set.add(name);
	allowed.set(baseKey(key), set);
}

const locales = await Promise.all(
	languageCodes.map(
		async (code) => [code, flatten((await loadMessages[code]()) as Messages)] as const
	)
);

describe.each(locales)('the %s locale', (code, messages) => {
	const bases = new Set([...messages.keys()].map(baseKey));

	it('has every key of the Leichte Sprache file', () => {
		const missing = [...referenceBases].filter((key) => !bases.has(key));
		expect(missing).toEqual([]);
	});

	it('has no keys that the Leichte Sprache file lacks', () => {
		const extra = [...bases].filter((key) => !referenceBases.has(key));
		expect(extra).toEqual([]);
	});

	it('has every plural form the language needs, and only plural keys have them', () => {
		const categories = new Intl.PluralRules(languageInfo[code].htmlLang).resolvedOptions()
			.pluralCategories;
		const missing = [...pluralBases].flatMap((base) =>
			categories
				.filter((category) => !messages.has(`${base}_${category}`))
				.map((category) => `${base}_${category}`)
		);
		expect(missing).toEqual([]);
		const misplaced = [...messages.keys()].filter(
			(key) => PLURAL_SUFFIX.test(key) && !pluralBases.has(baseKey(key))
		);
		expect(misplaced).toEqual([]);
	});

	it('says the number in each plural form that stands for many numbers', () => {
		// "one" and "two" (and Arabic "zero") stand for one number and may say it in words; "few",
		// "many" and "other" stand for many, so the reader needs the count, or the names counted.
		const vague = [...messages]
			.filter(([key]) => /_(few|many|other)$/.test(key))
			.filter(([key]) => allowed.get(baseKey(key))?.has('count'))
			.filter(([, text]) => !['count', 'names'].some((name) => placeholders(text).includes(name)))
			.map(([key]) => key);
		expect(vague).toEqual([]);
	});

	it('has no empty text', () => {
		const empty = [...messages].filter(([, text]) => text.trim() === '').map(([key]) => key);
		expect(empty).toEqual([]);
	});

	it('uses only the placeholders of the Leichte Sprache file, and all of them', () => {
		const different = [...messages]
			.filter(([key, text]) => {
				const expected = allowed.get(baseKey(key));
				if (!expected) return false;
				const used = placeholders(text);
				if (used.some((name) => !expected.has(name))) return true;
				// A plural form may leave out the count ("one wish"); other texts need them all.
				const needed = PLURAL_SUFFIX.test(key)
					? [...expected].filter((name) => name !== 'count')
					: [...expected];
				return needed.some((name) => !used.includes(name));
			})
			.map(([key]) => key);
		expect(different).toEqual([]);
	});
});

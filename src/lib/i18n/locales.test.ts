import { describe, expect, it } from 'vitest';
import { languageCodes } from './languages';
import { loadMessages } from './resources';

type Messages = { [key: string]: string | Messages };

function flatten(messages: Messages, prefix = ''): Map<string, string> {
	const out = new Map<string, string>();
	for (const [key, value] of Object.entries(messages)) {
		const path = prefix ? `${prefix}.${key}` : key;
		if (typeof value === 'string') out.set(path, value);
		else for (const [k, v] of flatten(value, path)) out.set(k, v);
	}
	return out;
}

function placeholders(text: string): string[] {
	return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? '').sort();
}

const reference = flatten((await loadMessages['de-x-ls']()) as Messages);
const locales = await Promise.all(
	languageCodes.map(
		async (code) => [code, flatten((await loadMessages[code]()) as Messages)] as const
	)
);

describe.each(locales)('the %s locale', (_code, messages) => {
	it('has every key of the Leichte Sprache file', () => {
		const missing = [...reference.keys()].filter((key) => !messages.has(key));
		expect(missing).toEqual([]);
	});

	it('has no keys that the Leichte Sprache file lacks', () => {
		const extra = [...messages.keys()].filter((key) => !reference.has(key));
		expect(extra).toEqual([]);
	});

	it('has no empty text', () => {
		const empty = [...messages].filter(([, text]) => text.trim() === '').map(([key]) => key);
		expect(empty).toEqual([]);
	});

	it('uses the same placeholders as the Leichte Sprache file', () => {
		const different = [...reference]
			.filter(([key, text]) => {
				const other = messages.get(key);
				return other !== undefined && placeholders(other).join() !== placeholders(text).join();
			})
			.map(([key]) => key);
		expect(different).toEqual([]);
	});
});

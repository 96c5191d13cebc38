import { describe, expect, it } from 'vitest';
import { languageCodes } from './languages';
import { resources } from './resources';

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

const reference = flatten(resources['de-x-ls'].translation as Messages);

describe.each(languageCodes)('the %s locale', (code) => {
	const messages = flatten(resources[code].translation as Messages);

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

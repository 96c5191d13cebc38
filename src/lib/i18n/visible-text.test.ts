import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'svelte/compiler';
import { describe, expect, it } from 'vitest';

// Every word a person sees or hears must come from i18next. This walks each component's markup
// and reports text and labelling attributes written straight into the template.
const labelAttributes = new Set(['aria-label', 'title', 'alt', 'placeholder', 'aria-description']);

function svelteFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return svelteFiles(path);
		// A component's *Example.svelte is its browser test's stage, never shown in the app.
		return name.endsWith('.svelte') && !name.endsWith('Example.svelte') ? [path] : [];
	});
}

interface Node {
	type: string;
	data?: string;
	name?: string;
	value?: unknown;
	[key: string]: unknown;
}

/** Finds hard-coded visible text in a component's template. */
export function findHardCodedText(source: string): string[] {
	const ast = parse(source, { modern: true });
	const found: string[] = [];
	const visit = (node: unknown, parentName?: string): void => {
		if (!node || typeof node !== 'object') return;
		if (Array.isArray(node)) {
			for (const child of node) visit(child, parentName);
			return;
		}
		const n = node as Node;
		// Scripts and styles are code, not text a person sees.
		if (n.type === 'Script' || n.type === 'StyleSheet' || parentName === 'title') return;
		if (n.type === 'Text' && n.data && /\p{L}/u.test(n.data)) found.push(n.data.trim());
		if (n.type === 'Attribute' && n.name && labelAttributes.has(n.name) && Array.isArray(n.value)) {
			for (const part of n.value as Node[]) {
				if (part.type === 'Text' && part.data && /\p{L}/u.test(part.data)) found.push(part.data);
			}
			return;
		}
		if (n.type === 'Attribute') return;
		for (const [key, value] of Object.entries(n)) {
			if (key === 'start' || key === 'end' || key === 'type') continue;
			visit(value, n.type === 'RegularElement' ? n.name : parentName);
		}
	};
	visit(ast.fragment);
	return found;
}

describe('visible text', () => {
	it('finds text written straight into markup (the check itself works)', () => {
		expect(findHardCodedText('<p>Hallo</p><button aria-label="Schließen">{x}</button>')).toEqual([
			'Hallo',
			'Schließen'
		]);
		expect(findHardCodedText('<p>{t("a.b")}</p><svg><path d="M0 0" /></svg>')).toEqual([]);
	});

	it.each(svelteFiles('src'))('%s shows only text from i18next', (file) => {
		expect(findHardCodedText(readFileSync(file, 'utf8'))).toEqual([]);
	});
});

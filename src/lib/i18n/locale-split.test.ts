import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveImport, staticImports } from '../../../tests/fixtures/start-graph';
import { joinMessages, splitMessages, startPagePlan, type MessageTree } from './locale-split';

const file = JSON.parse(readFileSync('src/lib/i18n/locales/de-x-ls.json', 'utf8')) as MessageTree;

function has(tree: MessageTree, key: string): boolean {
	let node: MessageTree | string | undefined = tree;
	for (const part of key.split('.')) {
		if (typeof node !== 'object' || !Object.hasOwn(node, part)) return false;
		node = node[part];
	}
	return true;
}

/**
 * Every literal key that code reachable from the start page passes to `t`: the layout and
 * the start page with what they import, and one step into what they load on demand there.
 */
function startPageKeys(): Set<string> {
	const keys = new Set<string>();
	const seen = new Set<string>();
	const visit = (path: string, followDynamic: boolean) => {
		if (seen.has(path)) return;
		seen.add(path);
		const source = readFileSync(path, 'utf8');
		for (const match of source.matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) keys.add(match[1] ?? '');
		for (const specifier of staticImports(source)) {
			const target = resolveImport(path, specifier);
			if (target) visit(target, followDynamic);
		}
		if (!followDynamic) return;
		// A part loaded through withAllTexts brings the later part with it.
		for (const match of source.matchAll(
			/(withAllTexts\(\s*\(\)\s*=>\s*)?import\(\s*'([^']+)'\s*\)/g
		)) {
			if (match[1]) continue;
			const target = resolveImport(path, match[2] ?? '');
			if (target && !seen.has(target)) {
				const text = readFileSync(target, 'utf8');
				for (const key of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) keys.add(key[1] ?? '');
			}
		}
	};
	visit('src/routes/+layout.svelte', true);
	visit('src/routes/+page.svelte', true);
	return keys;
}

describe('the Leichte Sprache file in two parts', () => {
	const { start, later } = splitMessages(file);

	it('gives back the whole file when the parts are joined', () => {
		expect(joinMessages(start, later)).toEqual(file);
	});

	it('puts no key into both parts', () => {
		const flat = (tree: MessageTree, prefix = ''): string[] =>
			Object.entries(tree).flatMap(([key, value]) =>
				typeof value === 'string' ? [prefix + key] : flat(value, `${prefix}${key}.`)
			);
		const startKeys = new Set(flat(start));
		expect(flat(later).filter((key) => startKeys.has(key))).toEqual([]);
	});

	it('names only paths that exist in the file', () => {
		for (const path of [...startPagePlan.later, ...startPagePlan.keep]) {
			expect(has(file, path), path).toBe(true);
		}
	});

	it('has every text the shell and the start page use in the start part', () => {
		const keys = [...startPageKeys()];
		// The walk must really find the start page's texts, or this test could not fail.
		expect(keys).toContain('pages.start.welcome');
		expect(keys).toContain('backup.reminder.title');
		const missing = keys.filter((key) => has(file, key) && !has(start, key));
		expect(missing).toEqual([]);
	});

	it('leaves the texts of the features for later', () => {
		expect(has(later, 'wishes.flow')).toBe(true);
		expect(has(start, 'wishes.flow')).toBe(false);
		expect(has(later, 'pages.people')).toBe(true);
	});
});

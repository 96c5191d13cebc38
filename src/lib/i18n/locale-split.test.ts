import { readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveImport, startGraph, staticImports } from '../../../tests/fixtures/start-graph';
import {
	joinMessages,
	splitMessages,
	startPagePlan,
	textPartNames,
	textPartsFor,
	type MessageTree
} from './locale-split';

const file = JSON.parse(readFileSync('src/lib/i18n/locales/de-x-ls.json', 'utf8')) as MessageTree;

function subtree(tree: MessageTree, key: string): MessageTree | string | undefined {
	let node: MessageTree | string | undefined = tree;
	for (const part of key.split('.')) {
		if (typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
		node = node[part];
	}
	return node;
}

function has(tree: MessageTree, key: string): boolean {
	return subtree(tree, key) !== undefined;
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

function flat(tree: MessageTree, prefix = ''): string[] {
	return Object.entries(tree).flatMap(([key, value]) =>
		typeof value === 'string' ? [prefix + key] : flat(value, `${prefix}${key}.`)
	);
}

const sections = Object.keys(file);
// The shell's files, whose texts the start part serves.
const shell = new Set(startGraph().keys());

/**
 * The keys a page's own code names, with what it imports and loads on demand (not what loads
 * through withAllTexts, nor the shell, which the start part serves): every quoted text that
 * starts with a section of the file, so tables of keys count too. A key built at run time
 * (`offers.days.${day}`) counts with everything under its fixed start.
 */
function pageKeys(folder: string): string[] {
	const keys = new Set<string>();
	const seen = new Set<string>();
	const quoted = new RegExp(`['\`]((?:${sections.join('|')})\\.[\\w.]*?)(\\$\\{|['\`])`, 'g');
	const visit = (path: string) => {
		if (seen.has(path) || shell.has(path)) return;
		seen.add(path);
		const source = readFileSync(path, 'utf8');
		for (const match of source.matchAll(quoted)) {
			const key = (match[1] ?? '').replace(/\.$/, '');
			if (subtree(file, key) !== undefined) keys.add(key);
		}
		for (const specifier of staticImports(source)) {
			const target = resolveImport(path, specifier);
			if (target) visit(target);
		}
		for (const match of source.matchAll(
			/(withAllTexts\(\s*\(\)\s*=>\s*)?import\(\s*'([^']+)'\s*\)/g
		)) {
			const target = match[1] ? null : resolveImport(path, match[2] ?? '');
			if (target) visit(target);
		}
	};
	for (const name of readdirSync(folder)) {
		if (/\.(svelte|ts)$/.test(name) && !name.includes('.test.')) visit(`${folder}/${name}`);
	}
	return [...keys];
}

/** Every page of the app but the start page, as its folder and a path that opens it. */
const pages = readdirSync('src/routes', { recursive: true, encoding: 'utf8' })
	.filter((file) => file.endsWith('+page.svelte') && file !== '+page.svelte')
	.map((file) => {
		const folder = `src/routes/${dirname(file)}`;
		return { folder, path: `/${dirname(file)}`.replace(/\[[^\]]+\]/g, 'x') };
	});

describe('the Leichte Sprache file in parts', () => {
	const { start, parts } = splitMessages(file);
	const join = (names: readonly (keyof typeof parts)[]) =>
		names.reduce((whole, name) => joinMessages(whole, parts[name]), start);

	it('gives back the whole file when the parts are joined', () => {
		expect(join(textPartNames)).toEqual(file);
	});

	it('puts no key into two parts', () => {
		const all = [start, ...Object.values(parts)].flatMap((tree) => flat(tree));
		expect(all.length).toBe(flat(file).length);
		expect(new Set(all).size).toBe(all.length);
	});

	it('names only paths that exist in the file', () => {
		for (const path of [...Object.values(startPagePlan.parts).flat(), ...startPagePlan.keep]) {
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

	it('leaves the texts of the features to their parts', () => {
		expect(has(parts.wishes, 'wishes.flow')).toBe(true);
		expect(has(start, 'wishes.flow')).toBe(false);
		expect(has(parts.people, 'pages.people')).toBe(true);
		expect(has(parts.more, 'pages.settings')).toBe(true);
		expect(has(parts.more, 'pages.start')).toBe(false);
	});

	it('gives Meine Menschen only the texts of people', () => {
		expect(textPartsFor('/menschen')).toEqual(['people']);
		expect(textPartsFor('/menschen/x')).toEqual(['people', 'peoplePages']);
		expect(textPartsFor('/')).toEqual([]);
		expect(textPartsFor('/hilfe')).toEqual(textPartNames);
	});

	it.each(pages)('has every text of $path in its parts', ({ folder, path }) => {
		const there = join(textPartsFor(path));
		const keys = pageKeys(folder);
		// The walk must find the page's own texts, or this test could not fail.
		expect(keys.length).toBeGreaterThan(0);
		const missing = keys.filter((key) => {
			const node = subtree(file, key);
			const leaves = typeof node === 'object' ? flat(node, `${key}.`) : [key];
			return leaves.some((leaf) => !has(there, leaf));
		});
		expect(missing).toEqual([]);
	});
});

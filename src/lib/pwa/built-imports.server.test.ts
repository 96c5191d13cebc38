import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtImports, staticImports } from './built-imports.server';

describe('staticImports', () => {
	it('finds the imports and re-exports of a built file, as paths in the build', () => {
		const code =
			'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["../assets/0.css"])))=>i.map(i=>d[i]);\n' +
			'import{n as e}from"../chunks/A1.js";import{a as t,b as n}from"../chunks/B2.js";' +
			'import"./side.js";export{c as d}from"../chunks/C3.js";' +
			'const later=()=>import("../chunks/Lazy.js");';
		expect(staticImports('_app/immutable/nodes/3.js', code)).toEqual([
			'_app/immutable/chunks/A1.js',
			'_app/immutable/chunks/B2.js',
			'_app/immutable/nodes/side.js',
			'_app/immutable/chunks/C3.js'
		]);
	});

	it('finds nothing in a file without imports', () => {
		expect(staticImports('_app/immutable/chunks/A1.js', 'export const a=1;')).toEqual([]);
	});
});

describe('builtImports', () => {
	const root = mkdtempSync(join(tmpdir(), 'nahbei-built-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	it('reads the files of the build, and knows no imports of a file that is not there', () => {
		mkdirSync(join(root, '_app/immutable/entry'), { recursive: true });
		writeFileSync(
			join(root, '_app/immutable/entry/start.js'),
			'import{a}from"../chunks/runtime.js";export{a as start};'
		);
		const importsOf = builtImports(root);
		expect(importsOf('_app/immutable/entry/start.js')).toEqual([
			'_app/immutable/chunks/runtime.js'
		]);
		expect(importsOf('_app/immutable/chunks/gone.js')).toEqual([]);
	});
});

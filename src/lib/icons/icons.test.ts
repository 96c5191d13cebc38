import { describe, expect, it } from 'vitest';
import { resolveImport, startGraph, staticImports } from '../../../tests/fixtures/start-graph';
import * as icons from '$lib/icons/icons';
import * as shellIcons from '$lib/icons/shell-icons';

describe('the pictures', () => {
	it('on the start page come only from the shell set, so the others stay out of its download', () => {
		const graph = startGraph();
		// The walk must really reach the pictures, or this test could not fail.
		expect([...graph.keys()]).toContain('src/lib/icons/shell-icons.ts');
		const importers = [...graph.entries()]
			.filter(([path, source]) =>
				staticImports(source).some(
					(specifier) => resolveImport(path, specifier) === 'src/lib/icons/icons.ts'
				)
			)
			.map(([path]) => path);
		expect(importers).toEqual([]);
	});

	it('are all in the full set, each with lines to draw', () => {
		for (const [name, shape] of Object.entries(shellIcons)) {
			expect(icons[name as keyof typeof icons], name).toBe(shape);
		}
		for (const [name, shape] of Object.entries(icons)) {
			expect(shape.d || shape.fill, name).toMatch(/^M[\d.]/);
			for (const part of [shape.d, shape.fill, shape.dashed]) {
				if (part) expect(part, name).toMatch(/^[MmLlHhVvCcSsAaZz\d .,-]+$/);
			}
		}
	});
});

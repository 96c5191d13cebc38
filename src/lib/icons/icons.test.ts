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

	it('that are a row of dots ("Mehr", PIN) keep their dots apart once drawn with their outline', () => {
		// Icon draws every dot with a 2-unit outline round it, 1 unit beyond its edge.
		const outline = 1;
		for (const [name, shape, count] of [
			['more', shellIcons.more, 3],
			['pin', shellIcons.pin, 4]
		] as const) {
			// Each dot is two half circles: "M x y a r r 0 1 0 2r 0 …".
			const dots = [...(shape.fill ?? '').matchAll(/M([\d.]+) ([\d.]+)a([\d.]+) /g)].map(
				([, x, y, r]) => ({ x: Number(x) + Number(r), y: Number(y), r: Number(r) + outline })
			);
			expect(dots, name).toHaveLength(count);
			for (const [index, dot] of dots.slice(1).entries()) {
				const before = dots[index]!;
				const gap = Math.hypot(dot.x - before.x, dot.y - before.y) - dot.r - before.r;
				expect(gap, `${name}: between dot ${index + 1} and ${index + 2}`).toBeGreaterThanOrEqual(1);
			}
		}
	});
});

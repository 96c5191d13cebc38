import { describe, expect, it } from 'vitest';
import { resolveImport, startGraph, staticImports } from '../../../tests/fixtures/start-graph';
import * as icons from '$lib/icons/icons';
import * as peopleIcons from '$lib/icons/people-icons';
import * as shellIcons from '$lib/icons/shell-icons';

/** The files in a page's first download that import the full set of pictures. */
function importersOfAllIcons(graph: Map<string, string>): string[] {
	return [...graph.entries()]
		.filter(([path, source]) =>
			staticImports(source).some(
				(specifier) => resolveImport(path, specifier) === 'src/lib/icons/icons.ts'
			)
		)
		.map(([path]) => path);
}

describe('the pictures', () => {
	it('on the start page come only from the shell set, so the others stay out of its download', () => {
		const graph = startGraph();
		// The walk must really reach the pictures, or this test could not fail.
		expect([...graph.keys()]).toContain('src/lib/icons/shell-icons.ts');
		expect(importersOfAllIcons(graph)).toEqual([]);
	});

	it('on the list of Meine Menschen come only from the shell and people sets', () => {
		const graph = startGraph('src/routes/menschen/+page.svelte');
		expect([...graph.keys()]).toContain('src/lib/icons/people-icons.ts');
		expect(importersOfAllIcons(graph)).toEqual([]);
	});

	it('are all in the full set, each with lines to draw', () => {
		for (const [name, shape] of Object.entries({ ...shellIcons, ...peopleIcons })) {
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

	it('draw their filled parts (dots, small squares) apart, so they never run into one blot', () => {
		// Icon draws every filled part with a 2-unit outline round it, 1 unit beyond its edge.
		const outline = 1;
		// In the closeness rings the dot of someone very close touches the middle one on purpose.
		const touching = new Set(['ring1', 'ring2']);
		for (const [name, shape] of Object.entries(icons)) {
			if (!shape.fill || touching.has(name)) continue;
			const parts = filledParts(shape.fill);
			for (const [index, part] of parts.entries()) {
				for (const [otherIndex, other] of parts.slice(index + 1).entries()) {
					const gap = distance(part, other) - part.r - other.r - 2 * outline;
					expect(
						gap,
						`${name}: between filled parts ${index + 1} and ${index + otherIndex + 2}`
					).toBeGreaterThanOrEqual(1);
				}
			}
		}
	});
});

/** A filled part as a box and a round edge: a dot is a point with its radius, a square r = 0. */
interface Part {
	left: number;
	top: number;
	right: number;
	bottom: number;
	r: number;
}

/**
 * The filled parts of a path that draws dots ("M x y a r r 0 1 0 2r 0 a …") and closed shapes of
 * straight lines (M, h, v, H, V, l, L, z).
 */
function filledParts(path: string): Part[] {
	return path.split(/(?=M)/).map((subpath) => {
		const tokens = subpath.match(/[A-Za-z]|-?\d*\.?\d+/g) ?? [];
		let x = 0;
		let y = 0;
		let command = '';
		const xs: number[] = [];
		const ys: number[] = [];
		let r = 0;
		const next = () => Number(tokens.shift());
		while (tokens.length > 0) {
			if (/[A-Za-z]/.test(tokens[0]!)) command = tokens.shift()!;
			if (command === 'z' || command === 'Z') continue;
			if (command === 'M' || command === 'L') [x, y] = [next(), next()];
			else if (command === 'l') [x, y] = [x + next(), y + next()];
			else if (command === 'H') x = next();
			else if (command === 'h') x += next();
			else if (command === 'V') y = next();
			else if (command === 'v') y += next();
			else if (command === 'a') {
				// A half circle: its middle is halfway along, its radius the first number.
				r = next();
				tokens.splice(0, 4);
				const [dx, dy] = [next(), next()];
				const middle = { x: x + dx / 2, y: y + dy / 2 };
				return { left: middle.x, right: middle.x, top: middle.y, bottom: middle.y, r };
			} else throw new Error(`no filled part drawn with ${command}: ${subpath}`);
			xs.push(x);
			ys.push(y);
		}
		return {
			left: Math.min(...xs),
			right: Math.max(...xs),
			top: Math.min(...ys),
			bottom: Math.max(...ys),
			r
		};
	});
}

function distance(one: Part, other: Part): number {
	const dx = Math.max(0, other.left - one.right, one.left - other.right);
	const dy = Math.max(0, other.top - one.bottom, one.top - other.bottom);
	return Math.hypot(dx, dy);
}

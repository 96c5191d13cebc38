import type { Tie } from '$lib/network/basics';

interface Point {
	x: number;
	y: number;
}

/** Rounds to a tenth of an SVG unit: finer than a screen shows, and a shorter path. */
function short(value: number): number {
	return Math.round(value * 10) / 10;
}

/**
 * All ties as one SVG path ("M x y L x y" per tie), drawn as a single element; ties with an
 * end that is not on the map are left out. Empty when there is nothing to draw.
 */
export function tiePath(ties: readonly Tie[], points: ReadonlyMap<string, Point>): string {
	const parts: string[] = [];
	for (const tie of ties) {
		const from = points.get(tie.a);
		const to = points.get(tie.b);
		if (from && to) parts.push(`M${short(from.x)} ${short(from.y)}L${short(to.x)} ${short(to.y)}`);
	}
	return parts.join('');
}

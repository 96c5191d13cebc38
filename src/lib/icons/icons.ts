/**
 * The pictures of nahbei, drawn on a 24 × 24 grid with round lines in the text colour, for the
 * Icon component: `<Icon icon={icons.home} />`. This module has all of them.
 *
 * The ones the shell and the start page show live in ./shell-icons.ts, which is part of the
 * first download; the others load with the pages that show them. Code on the start page (the
 * layout, the start page and what they import) takes its pictures from ./shell-icons.ts; a test
 * (icons.test.ts) makes sure it never imports this module. The list of Meine Menschen takes its
 * pictures from ./people-icons.ts (with the shell's), so it loads none of the others.
 */
export interface IconShape {
	/** The lines. */
	d: string;
	/** Parts painted solid (small dots). */
	fill?: string;
	/** A dashed line (the ring of someone not close). */
	dashed?: string;
	/** Points a way (back, undo): mirrored when text runs right to left. */
	flips?: boolean;
}

export * from './people-icons';

// The bar ends and the dot sits so that, drawn 2 units wide, they stay a unit apart and the dot
// stays clear of the base.
export const warning: IconShape = {
	d: 'M12 3.5 2.5 20h19z M12 9v4.2',
	fill: 'M11.4 16.9a.6 .6 0 1 0 1.2 0a.6 .6 0 1 0 -1.2 0'
};
export const refresh: IconShape = { d: 'M19.5 12a7.5 7.5 0 1 1-2.2-5.3 M19.5 4.5v4h-4' };
export const food: IconShape = {
	d: 'M7 3v8M4.5 3v5a2.5 2.5 0 0 0 5 0V3M7 11v10 M17 21V3c-2.2 1.2-3.5 3.6-3.5 7v3H17'
};
export const repair: IconShape = {
	d: 'M14.5 5.5a4 4 0 0 0 4.9 4.9L20 11l-9 9a2.1 2.1 0 0 1-3-3l9-9 .6.6 M14.5 5.5 17 3l4 4-2.5 2.5'
};
export const sport: IconShape = {
	d: 'M12 4.5a2 2 0 1 0 4 0a2 2 0 1 0 -4 0 M6 11l3.5-3.5 4 1.5 2 4 3.5 1 M13.5 9l-2.5 5 3 3-1.5 4.5 M11 14l-4 2-2.5-1'
};
export const bookmark: IconShape = { d: 'M6 3.5h12V21l-6-4-6 4z' };
export const bookmarkFilled: IconShape = { d: '', fill: 'M6 3.5h12V21l-6-4-6 4z' };
export const print: IconShape = {
	d: 'M7 9V3.5h10V9 M5 9h14a1.5 1.5 0 0 1 1.5 1.5v5a1.5 1.5 0 0 1 -1.5 1.5h-14a1.5 1.5 0 0 1 -1.5 -1.5v-5a1.5 1.5 0 0 1 1.5 -1.5z M7 14h10v6.5H7z'
};
export const search: IconShape = {
	d: 'M4 10.5a6.5 6.5 0 1 0 13 0a6.5 6.5 0 1 0 -13 0 M15.5 15.5 21 21'
};
export const flag: IconShape = { d: 'M5 21V4M5 4h12l-2 4 2 4H5' };
export const clock: IconShape = { d: 'M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0 M12 7v5l3.5 2' };
export const photo: IconShape = {
	d: 'M3.5 8h3l1.5-2.5h8L17.5 8h3v11h-17z M8.5 13a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0 -7 0'
};
export const trash: IconShape = { d: 'M4 7h16M9 7V4h6v3 M6 7l1 13h10l1-13 M10 11v5M14 11v5' };
export const download: IconShape = { d: 'M12 4v11 M7.5 10.5 12 15l4.5-4.5 M5 20h14' };
export const check: IconShape = { d: 'M4.5 12.5 9.5 17.5 19.5 6.5' };
export const later: IconShape = {
	d: 'M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0 M12 7v5l3.5 2 M19 3v4h-4'
};

/**
 * The pictures the list of Meine Menschen shows as it opens (the areas, closeness rings, what
 * people help with, the menu of the network), together with the shell's. ./icons.ts has these
 * and all others; see there.
 */
import type { IconShape } from './icons';

export * from './shell-icons';

export const advice: IconShape = { d: 'M4 5h16v10H10l-4 4v-4H4z M8 9h8M8 12h5' };
export const culture: IconShape = {
	d: 'M9 18V6l11-2v12 M4 18a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0 -5 0 M15 16a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0 -5 0'
};
export const health: IconShape = {
	d: 'M12 20s-8-4.6-8-10.2A4.3 4.3 0 0 1 12 7a4.3 4.3 0 0 1 8 2.8C20 15.4 12 20 12 20z M12 10.5v5M9.5 13h5'
};
export const shopping: IconShape = { d: 'M5 8h14l-1 12H6z M9 10V6.5a3 3 0 0 1 6 0V10' };
export const plus: IconShape = { d: 'M12 5v14M5 12h14' };
export const edit: IconShape = { d: 'M4 20h4L19 9l-4-4L4 16z M13.5 6.5l4 4' };
export const undo: IconShape = { d: 'M9 14 4 9l5-5 M4 9h10a6 6 0 0 1 0 12h-3', flips: true };
export const closer: IconShape = {
	d: 'M3 12h5M6 9.5 8.5 12 6 14.5M21 12h-5M18 9.5 15.5 12l2.5 2.5',
	fill: 'M10 12a2 2 0 1 0 4 0a2 2 0 1 0 -4 0'
};
export const further: IconShape = {
	d: 'M8 12H3M5.5 9.5 3 12l2.5 2.5M16 12h5M18.5 9.5 21 12l-2.5 2.5',
	fill: 'M10 12a2 2 0 1 0 4 0a2 2 0 1 0 -4 0'
};
export const area: IconShape = {
	d: 'M12 3v18M3 12h18 M16 5.5a7.5 7.5 0 0 1 2.5 2.5 M19 5v3.5h-3.5'
};
export const group: IconShape = { d: 'M3 20V9l9-5 9 5v11z M9 20v-6h6v6' };
export const garden: IconShape = {
	d: 'M12 21v-9 M12 12c0-4 3-7 7-7 0 4-3 7-7 7z M12 15c0-3-2.5-5.5-6-5.5 0 3 2.5 5.5 6 5.5z M6 21h12'
};
export const car: IconShape = {
	d: 'M4 16v-4l2-5h12l2 5v4z M4 12h16 M5.7 17.5a1.8 1.8 0 1 0 3.6 0a1.8 1.8 0 1 0 -3.6 0 M14.7 17.5a1.8 1.8 0 1 0 3.6 0a1.8 1.8 0 1 0 -3.6 0'
};
export const map: IconShape = {
	d: 'M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0 M7 12a5 5 0 1 0 10 0a5 5 0 1 0 -10 0 M12 3v18M3 12h18',
	fill: 'M10.5 12a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0 -3 0'
};
export const chart: IconShape = { d: 'M4 20V4M4 20h16 M8 16v-4M12 16V8M16 16v-6' };
export const camera: IconShape = {
	d: 'M4 8h3l2-3h6l2 3h3v11H4z M8.5 13a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0 -7 0'
};
export const upload: IconShape = { d: 'M12 15V4 M7.5 8.5 12 4l4.5 4.5 M5 20h14' };
export const ring1: IconShape = {
	d: 'M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0',
	fill: 'M10 12a2 2 0 1 0 4 0a2 2 0 1 0 -4 0 M13.5 12a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0 -3 0'
};
export const ring2: IconShape = {
	d: 'M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0',
	fill: 'M10 12a2 2 0 1 0 4 0a2 2 0 1 0 -4 0 M15.5 12a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0 -3 0'
};
export const ring3: IconShape = {
	d: 'M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0',
	fill: 'M10 12a2 2 0 1 0 4 0a2 2 0 1 0 -4 0 M18.5 12a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0 -3 0'
};
export const ring0: IconShape = {
	d: 'M19 4l2 2M21 4l-2 2',
	fill: 'M10 12a2 2 0 1 0 4 0a2 2 0 1 0 -4 0',
	dashed: 'M5 12a7 7 0 1 0 14 0a7 7 0 1 0 -14 0'
};

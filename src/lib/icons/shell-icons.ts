// The pictures of the shell and the start page: the main menu, the header, the footer, the
// start page's cards and the Wörterbuch. They are in the first download (see ./icons.ts).
import type { IconShape } from './icons';

export const home: IconShape = { d: 'M3 11.5 12 4l9 7.5 M5.5 10v10h5v-6h3v6h5V10' };
export const wishes: IconShape = {
	d: 'M12 3.2l2.6 5.3 5.8.8-4.2 4.1 1 5.8L12 16.5l-5.2 2.7 1-5.8-4.2-4.1 5.8-.8z'
};
export const people: IconShape = {
	d: 'M5.8 8a3.2 3.2 0 1 0 6.4 0a3.2 3.2 0 1 0 -6.4 0 M3 20c0-3.5 2.7-6 6-6s6 2.5 6 6 M14.6 9a2.4 2.4 0 1 0 4.8 0a2.4 2.4 0 1 0 -4.8 0 M16 14.3c2.9-.4 5 1.7 5 4.7'
};
export const offers: IconShape = {
	d: 'M12 21s-6.5-5.8-6.5-11a6.5 6.5 0 0 1 13 0c0 5.2-6.5 11-6.5 11z M9.6 10a2.4 2.4 0 1 0 4.8 0a2.4 2.4 0 1 0 -4.8 0'
};
export const share: IconShape = { d: 'M12 3v12 M7.5 7.5 12 3l4.5 4.5 M5 12v8h14v-8' };
export const settings: IconShape = {
	d: 'M4 6h16M4 12h16M4 18h16',
	fill: 'M7 6a2 2 0 1 0 4 0a2 2 0 1 0 -4 0 M13 12a2 2 0 1 0 4 0a2 2 0 1 0 -4 0 M6 18a2 2 0 1 0 4 0a2 2 0 1 0 -4 0'
};
export const help: IconShape = {
	d: 'M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0 M9.5 9.5a2.5 2.5 0 1 1 3.4 2.3c-.6.3-.9.8-.9 1.5v.7',
	fill: 'M11.4 17a.6 .6 0 1 0 1.2 0a.6 .6 0 1 0 -1.2 0'
};
export const speaker: IconShape = {
	d: 'M4 9.5h3.5L12 6v12l-4.5-3.5H4z M15.5 9a4 4 0 0 1 0 6 M18 6.5a7.5 7.5 0 0 1 0 11'
};
export const stop: IconShape = {
	d: 'M7.5 6h9a1.5 1.5 0 0 1 1.5 1.5v9a1.5 1.5 0 0 1 -1.5 1.5h-9a1.5 1.5 0 0 1 -1.5 -1.5v-9a1.5 1.5 0 0 1 1.5 -1.5z'
};
export const helping: IconShape = {
	d: 'M3 14h3l4 3h4a1.5 1.5 0 0 0 0-3h-3 M6 14v6H3 M11 14h6l3.5-3a1.5 1.5 0 0 0-2-2.2L15 11 M9.5 6a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0 -5 0'
};
export const meeting: IconShape = {
	d: 'M3 20V10l9-6 9 6v10z M7.9 13a1.6 1.6 0 1 0 3.2 0a1.6 1.6 0 1 0 -3.2 0 M12.9 13a1.6 1.6 0 1 0 3.2 0a1.6 1.6 0 1 0 -3.2 0 M7 19c0-1.6 1.1-2.8 2.5-2.8S12 17.4 12 19M12 19c0-1.6 1.1-2.8 2.5-2.8S17 17.4 17 19'
};
export const book: IconShape = {
	d: 'M4 5.5C6.5 4.5 9.5 4.5 12 6c2.5-1.5 5.5-1.5 8-.5V19c-2.5-1-5.5-1-8 .5-2.5-1.5-5.5-1.5-8-.5z M12 6v13.5'
};
export const language: IconShape = {
	d: 'M3 5h9M7.5 3v2M5 5c.5 3 2.5 5.5 5 6.5M10 5c-.5 3-2.5 6-6 7.5 M12 21l4-9 4 9M13.5 18h5'
};
export const phone: IconShape = {
	d: 'M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a1 1 0 0 1-1 1A16 16 0 0 1 4 5a1 1 0 0 1 1-1z'
};
export const euro: IconShape = { d: 'M17.5 6.5A7 7 0 1 0 17.5 17.5 M4 10.5h9M4 13.5h9' };
export const place: IconShape = {
	d: 'M12 21s-6.5-5.8-6.5-11a6.5 6.5 0 0 1 13 0c0 5.2-6.5 11-6.5 11z M9.6 10a2.4 2.4 0 1 0 4.8 0a2.4 2.4 0 1 0 -4.8 0'
};
export const access: IconShape = {
	d: 'M10 4.5a2 2 0 1 0 4 0a2 2 0 1 0 -4 0 M5 8.5l7 1.5 7-1.5M12 10v4.5M12 14.5l-3 6.5M12 14.5l3 6.5'
};
export const close: IconShape = { d: 'M6 6l12 12M18 6 6 18' };
/**
 * "Mehr" in the phone's top bar: three dots in a row. The dots are drawn with the 2-unit stroke
 * round them too: small, and 5 units apart, so they stay three dots and never run into a bar.
 */
export const more: IconShape = {
	d: 'M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0',
	fill: 'M6.5 12a.5 .5 0 1 0 1 0a.5 .5 0 1 0 -1 0 M11.5 12a.5 .5 0 1 0 1 0a.5 .5 0 1 0 -1 0 M16.5 12a.5 .5 0 1 0 1 0a.5 .5 0 1 0 -1 0'
};
export const person: IconShape = {
	d: 'M8.5 7.5a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0 -7 0 M5 20.5c0-4 3.1-7 7-7s7 3 7 7'
};
export const paper: IconShape = { d: 'M6 3h9l4 4v14H6z M15 3v4h4M9 12h7M9 16h7' };
export const ties: IconShape = {
	d: 'M3.5 7a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0 -5 0 M15.5 7a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0 -5 0 M9.5 18a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0 -5 0 M8.5 7h7M7.2 9.2l3.6 6.6M16.8 9.2l-3.6 6.6'
};
export const file: IconShape = { d: 'M6 3h9l4 4v14H6z M15 3v4h4' };
export const question: IconShape = {
	d: 'M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0 M9.5 9.5a2.5 2.5 0 1 1 3.4 2.3c-.6.3-.9.8-.9 1.5v.7',
	fill: 'M11.4 17a.6 .6 0 1 0 1.2 0a.6 .6 0 1 0 -1.2 0'
};
/**
 * The Wörterbuch's foreign words: a secret number, a code picture, a program, and so on. Four
 * small dots (the stroke draws round them too), far enough apart to stay four.
 */
export const pin: IconShape = {
	d: 'M3 7h18v10H3z',
	fill: 'M6.35 12a.25 .25 0 1 0 .5 0a.25 .25 0 1 0 -.5 0 M9.95 12a.25 .25 0 1 0 .5 0a.25 .25 0 1 0 -.5 0 M13.55 12a.25 .25 0 1 0 .5 0a.25 .25 0 1 0 -.5 0 M17.15 12a.25 .25 0 1 0 .5 0a.25 .25 0 1 0 -.5 0'
};
/** A code picture: three corner squares, each with a small one inside and room between them. */
export const qrCode: IconShape = {
	d: 'M4 4h6v6H4z M14 4h6v6h-6z M4 14h6v6H4z M14 14h2.5v2.5H14z M17.5 17.5H20V20h-2.5z M14 20h1 M20 14h-1',
	fill: 'M6.75 6.75h.5v.5h-.5z M16.75 6.75h.5v.5h-.5z M6.75 16.75h.5v.5h-.5z'
};
/**
 * A program: a phone with four small squares on its screen. Drawn with their outline, the
 * squares are 3 units wide: 4 units apart, they stay four.
 */
export const app: IconShape = {
	d: 'M7 2.5h10a1 1 0 0 1 1 1v17a1 1 0 0 1-1 1H7a1 1 0 0 1-1-1v-17a1 1 0 0 1 1-1z M11 18.5h2',
	fill: 'M9.5 7.5h1v1h-1z M13.5 7.5h1v1h-1z M9.5 11.5h1v1h-1z M13.5 11.5h1v1h-1z'
};
export const link: IconShape = {
	d: 'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1 M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1'
};
/**
 * A browser: a window with its top bar split into tabs, and lines of text. Lines only: dots in
 * the narrow top bar ran into one another and into the frame, a solid block.
 */
export const browser: IconShape = {
	d: 'M3 4.5h18v15H3z M3 8.5h18 M7 4.5v4 M11 4.5v4 M7 12.5h10 M7 16h6'
};
export const backup: IconShape = {
	d: 'M9 7h7l3 3v11H9z M16 7v3h3 M6 17.5V3h7 M14 12.5v5.5 M11.8 15.8l2.2 2.2 2.2-2.2'
};

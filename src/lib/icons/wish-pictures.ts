/**
 * The pictures a person answers a wish's questions with: the four ways to tell a wish, the
 * answer pictures of each question, the three-point scale (gut, geht so, nicht gut) and the
 * scale of question 1 (allein, etwas Hilfe, viel Hilfe), and one picture for each life area. Drawn for nahbei on the 24 × 24 grid
 * of ./icons.ts, for the Icon component; every picture is always shown with its word.
 */
import type { AnswerPictureId, Feeling, LifeArea } from '$lib/wishes/pictograms';
import type { WishWay } from '$lib/wishes/flow';
import type { SelfScale } from '$lib/wishes/model';
import type { IconShape } from './icons';

// A circle as two arcs, so a picture stays one path.
function ring(cx: number, cy: number, r: number): string {
	return `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
}

/** The ways to tell a wish: a picture, the voice, a photo, words. */
export const wayPictures: Record<WishWay, IconShape> = {
	picture: { d: 'M4 4h7v7H4z M13 4h7v7h-7z M4 13h7v7H4z M13 13h7v7h-7z' },
	speak: {
		d: 'M9 4a3 3 0 0 1 6 0v7a3 3 0 0 1-6 0z M5.5 11a6.5 6.5 0 0 0 13 0 M12 17.5V21 M8.5 21h7'
	},
	photo: { d: `M4 8h3l2-3h6l2 3h3v11H4z ${ring(12, 13, 3.5)}` },
	write: { d: 'M4 20h4L19 9l-4-4L4 16z M13.5 6.5l4 4' }
};

/**
 * The life areas, each drawn on its own so it differs from the wish pictures shown after it:
 * a bed in a house, a helmet, the sun, a group of 3, a heart with a pulse, a purse, a signpost
 * and a school board.
 */
export const areaPictures: Record<LifeArea, IconShape> = {
	living: { d: 'M3 11 12 3.5l9 7.5 M5 9.5V20h14V9.5 M7.5 18v-4h9v4 M7.5 16h9 M7.5 14v-1.5h3V14' },
	work: { d: 'M4.5 16a7.5 7.5 0 0 1 15 0 M2.5 16h19v3h-19z M10 9V6h4v3 M8.5 16v-4 M15.5 16v-4' },
	freeTime: {
		d: `${ring(12, 10, 3.5)} M12 3.5V5 M12 15v1.5 M5.5 10H7 M17 10h1.5 M7.4 5.4l1 1 M16.6 5.4l-1 1 M7.4 14.6l1-1 M16.6 14.6l-1-1 M3 20.5h18`
	},
	people: {
		d: `${ring(12, 6.5, 2.5)} ${ring(5, 9, 2)} ${ring(19, 9, 2)} M7.5 20v-2a4.5 4.5 0 0 1 9 0v2 M1.5 19v-1a3.5 3.5 0 0 1 5-3.2 M22.5 19v-1a3.5 3.5 0 0 0-5-3.2`
	},
	health: {
		d: 'M12 20s-8-4.8-8-10.5A4.5 4.5 0 0 1 12 7a4.5 4.5 0 0 1 8 2.5C20 15.2 12 20 12 20z M6 12.5h3l1.5-2.5 2 5 1.5-2.5h4'
	},
	money: {
		d: 'M4 8h15a1.5 1.5 0 0 1 1.5 1.5v9A1.5 1.5 0 0 1 19 20H4z M4 8l11-3.5V8 M15 12.5h5.5v3H15z'
	},
	mobility: { d: 'M12 3v18 M8.5 21h7 M12 5h6.5l2 2-2 2H12 M12 11H5.5l-2 2 2 2H12' },
	learning: { d: 'M3 4h18v12H3z M8 20.5l4-4.5 4 4.5 M6.5 8h5 M6.5 11.5h8 M16.5 8.5l1.5 1.5' }
};

/** The answer pictures of the five questions. */
export const answerPictures: Record<AnswerPictureId, IconShape> = {
	phone: {
		d: 'M9 2.5h6a2 2 0 0 1 2 2v15a2 2 0 0 1-2 2H9a2 2 0 0 1-2-2v-15a2 2 0 0 1 2-2z M11 18.5h2'
	},
	alarm: {
		d: `${ring(12, 13, 7)} M12 9.5V13l2.5 1.5 M4.5 6l3-2.5 M19.5 6l-3-2.5 M7.5 20l-1.5 1.5 M16.5 20l1.5 1.5`
	},
	notes: { d: 'M6 3h9l3 3v15H6z M15 3v3h3 M9 10h6M9 13.5h6M9 17h4' },
	practice: { d: 'M19.5 12a7.5 7.5 0 1 1-2.2-5.3 M19.5 4.5v4h-4 M9 12l2 2 4-4' },
	familyHelp: {
		d: `${ring(7, 6, 2.4)} ${ring(17, 6, 2.4)} ${ring(12, 12, 1.8)} M3 20v-3.5A4 4 0 0 1 7 12.5 M21 20v-3.5a4 4 0 0 0-4-4 M9 20v-1.5a3 3 0 0 1 6 0V20`
	},
	friendsHelp: {
		d: `${ring(8, 7, 2.6)} ${ring(16, 7, 2.6)} M3 20c0-3.5 2.2-6 5-6s5 2.5 5 6 M11 20c0-3.5 2.2-6 5-6s5 2.5 5 6`
	},
	neighbours: {
		d: 'M2 12l5-4.5 5 4.5 M3.5 11v9h7v-9 M12 12l5-4.5 5 4.5 M13.5 11v9h7v-9 M6 20v-3h2v3 M16 20v-3h2v3'
	},
	call: {
		d: 'M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2z'
	},
	club: {
		d: `${ring(6, 8.5, 2)} ${ring(12, 6.5, 2.2)} ${ring(18, 8.5, 2)} M2.5 19c0-3 1.6-5 3.5-5 M21.5 19c0-3-1.6-5-3.5-5 M7.5 19c0-3.5 2-5.5 4.5-5.5s4.5 2 4.5 5.5z`
	},
	lunch: {
		d: `${ring(12, 12, 5)} M3.5 4v5a1.5 1.5 0 0 0 3 0V4 M5 10.5V20 M20 4c-1.5 1-2 3-2 6h2v10`
	},
	shop: {
		d: 'M3 9l1.5-5h15L21 9z M3 9a3 3 0 0 0 6 0a3 3 0 0 0 6 0a3 3 0 0 0 6 0 M5 12v8h14v-8 M10 20v-5h4v5'
	},
	meetingPoint: {
		d: `M12 21s-6.5-6-6.5-11a6.5 6.5 0 0 1 13 0c0 5-6.5 11-6.5 11z ${ring(12, 10, 2.3)}`
	},
	doctorVisit: { d: `M6 3v5a4 4 0 0 0 8 0V3 M10 12v3a4 4 0 0 0 8 0v-2 ${ring(18, 11, 2)}` },
	advice: { d: 'M3 5h11v7H7l-3 3v-3H3z M10 15v2h7l3 3v-3h1V9h-4' },
	care: {
		d: 'M12 11s-4-2.4-4-5.2a2.2 2.2 0 0 1 4-1.2 2.2 2.2 0 0 1 4 1.2C16 8.6 12 11 12 11z M3 14h3l3 3h5a1.5 1.5 0 0 0 0-3h-3 M6 20.5l2-1.5h7l6-5a1.5 1.5 0 0 0-2-2l-4 3'
	},
	authority: { d: 'M3 9l9-5 9 5z M5 9v9M9.5 9v9M14.5 9v9M19 9v9 M3 21h18 M3 18h18' },
	carry: { d: 'M5 8h14l-1 12H6z M9 10V6.5a3 3 0 0 1 6 0V10' },
	listen: {
		d: 'M7 9a5 5 0 1 1 10 0c0 3-3 4-3 7a3 3 0 0 1-6 0 M10.5 9.5a1.5 1.5 0 0 1 3 0c0 1.5-1.5 2-1.5 3.5'
	},
	gardenHelp: {
		d: 'M5 10h10v9H5z M15 12.5l5-5 M18.5 6l3 3 M5 12.5H4a2 2 0 0 1 0-4h1 M8 10V7.5h4V10'
	},
	bake: {
		d: 'M4 20h16v-7H4z M4 16.5c2 1 4 1 6 0s4-1 6 0 2.5 1 4 0 M12 13V9.5 M12 7c-1-1-1-2 0-3.5 1 1.5 1 2.5 0 3.5z'
	}
};

// The eyes of the three faces.
const eyes = `${ring(9, 10, 0.9)} ${ring(15, 10, 0.9)}`;

/** The three-point scale of every question: a glad, a plain and a sad face. */
export const feelingPictures: Record<Feeling, IconShape> = {
	good: { d: `${ring(12, 12, 9)} M8 14.5a5 5 0 0 0 8 0`, fill: eyes },
	soSo: { d: `${ring(12, 12, 9)} M8.5 15.5h7`, fill: eyes },
	notGood: { d: `${ring(12, 12, 9)} M8 17a5 5 0 0 1 8 0`, fill: eyes }
};

/** The scale of question 1: one person alone, one with a little help, two together. */
export const selfScalePictures: Record<SelfScale, IconShape> = {
	alone: { d: `${ring(9, 7, 3)} M3 20c0-4 2.7-6.5 6-6.5s6 2.5 6 6.5 M15.5 9.5l2 2 4-4` },
	someHelp: {
		d: `${ring(8, 7, 2.8)} M2.5 20c0-4 2.5-6.5 5.5-6.5s5.5 2.5 5.5 6.5 ${ring(17.5, 10.5, 2)} M14.5 20c0-3 1.3-5 3-5s3 2 3 5`
	},
	muchHelp: {
		d: `${ring(8, 6.5, 2.6)} ${ring(16, 6.5, 2.6)} M3 20c0-4 2.2-6.5 5-6.5 M21 20c0-4-2.2-6.5-5-6.5 M8 13.5c2 0 3 1.5 4 3 1-1.5 2-3 4-3 M7 17h10`
	}
};

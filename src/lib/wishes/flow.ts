import { firstPartWithChosen } from '$lib/lists/in-parts';
import { stepCount, type Wish } from './model';

/**
 * The screens of "Neuer Wunsch", in order: the wish in own words, the five Qplus questions
 * (myself, my people, the Quartier, professionals, what I do for others), the first step, and
 * "Das ist mein Wunsch".
 */
export const flowSteps = [
	'wish',
	'self',
	'network',
	'quartier',
	'professionals',
	'others',
	'firstStep',
	'confirm'
] as const;
export type FlowStep = (typeof flowSteps)[number];

/** The five questions, in the Qplus order. */
export const questionSteps = ['self', 'network', 'quartier', 'professionals', 'others'] as const;
export type QuestionStep = (typeof questionSteps)[number];

/** Where the flow is, read from the page address: `?wunsch=<id>&schritt=3`. */
export interface FlowPlace {
	wishId: string;
	step: number;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** Keeps a step number inside 1 … 8; anything unreadable is step 1. */
export function clampStep(value: unknown): number {
	const number = typeof value === 'string' ? Number.parseInt(value, 10) : Number(value);
	if (!Number.isFinite(number)) return 1;
	return Math.min(stepCount, Math.max(1, Math.trunc(number)));
}

/** Reads the flow's place from the address, or null when no (valid) wish is open. */
export function readFlowPlace(params: URLSearchParams): FlowPlace | null {
	const wishId = params.get('wunsch');
	if (!wishId || !uuid.test(wishId)) return null;
	return { wishId, step: clampStep(params.get('schritt') ?? 1) };
}

/** The address of one step of one wish. */
export function flowHref(wishId: string, step: number): string {
	return `/wuensche?wunsch=${encodeURIComponent(wishId)}&schritt=${clampStep(step)}`;
}

/** The name of the screen at a step number. */
export function stepName(step: number): FlowStep {
	return flowSteps[clampStep(step) - 1] ?? 'wish';
}

/** Whether this step is one of the five questions. */
export function isQuestion(step: FlowStep): step is QuestionStep {
	return (questionSteps as readonly string[]).includes(step);
}

/** At most this many choices on one screen, so a choice stays calm. */
export const maxChoices = 6;

// Sehr nah first, then nah, weiter weg, and gerade kein Kontakt last.
const closenessOrder = [1, 2, 3, 0];

/** How many more people each press of "weitere Menschen zeigen" brings. */
export const morePeople = 30;

/**
 * The people offered in a question: the closest `count` (by closeness, then name; the first 6
 * at the start, then more in parts), plus anyone already chosen, so a choice never disappears.
 * `rest` says how many more there are.
 */
export function peopleToOffer<P extends { id: string; name: string; closeness: number }>(
	people: readonly P[],
	selected: readonly string[],
	count: number = maxChoices
): { shown: P[]; rest: number } {
	const sorted = [...people].sort(
		(a, b) =>
			closenessOrder.indexOf(a.closeness) - closenessOrder.indexOf(b.closeness) ||
			a.name.localeCompare(b.name, 'de')
	);
	const shown = firstPartWithChosen(sorted, count, selected);
	return { shown, rest: sorted.length - shown.length };
}

/** The ways to tell a wish on its first step: a picture, the voice, a photo, words. */
export const wishWays = ['picture', 'speak', 'photo', 'write'] as const;
export type WishWay = (typeof wishWays)[number];

/**
 * The way shown when a wish opens again: the one the person used (words first, then a picture,
 * a photo, the voice); null for a new wish, so the person chooses first.
 */
export function usedWay(
	wish: Pick<Wish, 'text' | 'pictogram'>,
	notes: { voice: boolean; photo: boolean }
): WishWay | null {
	if (wish.text.trim() !== '') return 'write';
	if (wish.pictogram) return 'picture';
	if (notes.photo) return 'photo';
	if (notes.voice) return 'speak';
	return null;
}

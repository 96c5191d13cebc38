/**
 * Field-level changes of a wish. A change names only the fields a person changed, each with the
 * value they saw before (its base), so two tabs that edit different parts of one wish never
 * erase each other, and two tabs that edit the same text are found out instead of one silently
 * replacing the other.
 */
import type { Wish, WishFields } from './wish-schema';

const questions = ['self', 'network', 'quartier', 'professionals', 'others'] as const;

/** Every field of a wish a person can change, one name per value. */
export const wishPaths = [
	'text',
	'pictogram',
	'status',
	'paused',
	'step',
	'author',
	'confirmedByMe',
	'firstStep.text',
	'firstStep.date',
	'answers.self.scale',
	'answers.self.text',
	'answers.network.peopleIds',
	'answers.network.text',
	'answers.quartier.offerIds',
	'answers.quartier.text',
	'answers.professionals.peopleIds',
	'answers.professionals.text',
	'answers.others.text',
	// Picture answers and the scale, one question each (a choice: the newer one counts).
	'pictureAnswers.self',
	'pictureAnswers.network',
	'pictureAnswers.quartier',
	'pictureAnswers.professionals',
	'pictureAnswers.others'
] as const;
export type WishPath = (typeof wishPaths)[number];

/** The fields a person writes in their own words: where two versions must both be kept. */
export const textPaths: readonly WishPath[] = [
	'text',
	'firstStep.text',
	...questions.map((question) => `answers.${question}.text` as const)
];

// Lists of people or offers: additions and removals from both sides are combined.
const idPaths: readonly WishPath[] = [
	'answers.network.peopleIds',
	'answers.quartier.offerIds',
	'answers.professionals.peopleIds'
];

/** One changed field: the value the person set and the value they changed it from. */
export interface FieldChange {
	value: unknown;
	base: unknown;
}

/** The fields a person changed, by name. */
export type WishChange = Partial<Record<WishPath, FieldChange>>;

/** A text both this tab and another place changed: both versions, nothing chosen yet. */
export interface FieldConflict {
	path: WishPath;
	/** The text saved meanwhile in another place. */
	theirs: string;
	/** The text typed here. */
	mine: string;
}

type WishLike = Pick<Wish, keyof WishFields>;

/** Whether two stored values are the same (they are plain JSON values). */
export function sameValue(a: unknown, b: unknown): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

/** The value of one field of a wish. */
export function valueAt(wish: WishLike, path: WishPath): unknown {
	let value: unknown = wish;
	// An older wish has no picture answers at all: each of its questions reads as unanswered.
	for (const part of path.split('.'))
		value = (value as Record<string, unknown> | undefined)?.[part];
	return value;
}

/** A copy of the wish with one field set; the rest is shared, not copied. */
export function withValueAt<T extends WishLike>(wish: T, path: WishPath, value: unknown): T {
	const set = (object: Record<string, unknown>, parts: string[]): Record<string, unknown> => {
		const [head = '', ...rest] = parts;
		return {
			...object,
			[head]: rest.length === 0 ? value : set((object[head] ?? {}) as Record<string, unknown>, rest)
		};
	};
	return set(wish as unknown as Record<string, unknown>, path.split('.')) as unknown as T;
}

/** The names of the fields that differ between two versions of a wish. */
export function changedPaths(before: WishLike, after: WishLike): WishPath[] {
	return wishPaths.filter((path) => !sameValue(valueAt(before, path), valueAt(after, path)));
}

// Adds what this side added and takes out what it removed; the other side's changes stay.
function mergeIds(current: string[], base: string[], mine: string[]): string[] {
	const added = mine.filter((id) => !base.includes(id) && !current.includes(id));
	const removed = new Set(base.filter((id) => !mine.includes(id)));
	return [...current.filter((id) => !removed.has(id)), ...added];
}

/**
 * Applies a change to the wish as it is stored now. A field nobody else changed since the base
 * takes the new value; a list of people or offers combines both sides; a choice takes the newer
 * value; a text that another place changed too is left as stored and given back as a conflict.
 */
export function mergeWishChange<T extends WishLike>(
	current: T,
	change: WishChange
): { next: T; conflicts: FieldConflict[] } {
	let next = current;
	const conflicts: FieldConflict[] = [];
	for (const path of wishPaths) {
		const field = change[path];
		if (!field) continue;
		const stored = valueAt(current, path);
		if (sameValue(stored, field.base) || sameValue(stored, field.value)) {
			next = withValueAt(next, path, field.value);
		} else if (textPaths.includes(path)) {
			conflicts.push({ path, theirs: String(stored), mine: String(field.value) });
		} else if (idPaths.includes(path)) {
			const merged = mergeIds(stored as string[], field.base as string[], field.value as string[]);
			next = withValueAt(next, path, merged);
		} else {
			next = withValueAt(next, path, field.value);
		}
	}
	return { next, conflicts };
}

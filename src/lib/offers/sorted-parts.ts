// Sorting a city's offers without a long task: each part is sorted on its own as it is read
// (a short task), then the sorted parts are merged two by two. A merge counts its comparisons and
// waits for a task of its own after each `budget` of them, so no single task sorts thousands.
import { nextTask } from './next-task';

type Compare<T> = (a: T, b: T) => number;

// Comparisons per task: with Intl.Collator a few milliseconds even on a slow phone.
const BUDGET = 1500;

/**
 * Merges lists that are each sorted into one sorted list, equal items in the order of the lists
 * (stable, as Array.prototype.sort).
 */
export async function mergeSorted<T>(
	runs: readonly (readonly T[])[],
	compare: Compare<T>,
	{ budget = BUDGET, pause = nextTask }: { budget?: number; pause?: () => Promise<void> } = {}
): Promise<T[]> {
	let steps = 0;
	const mergeTwo = async (a: readonly T[], b: readonly T[]): Promise<T[]> => {
		const out: T[] = [];
		let i = 0;
		let j = 0;
		while (i < a.length && j < b.length) {
			const left = a[i] as T;
			const right = b[j] as T;
			if (compare(right, left) < 0) {
				out.push(right);
				j++;
			} else {
				out.push(left);
				i++;
			}
			if (++steps >= budget) {
				steps = 0;
				await pause();
			}
		}
		for (; i < a.length; i++) out.push(a[i] as T);
		for (; j < b.length; j++) out.push(b[j] as T);
		return out;
	};
	let level: (readonly T[])[] = runs.filter((run) => run.length > 0);
	if (level.length === 0) return [];
	while (level.length > 1) {
		const next: (readonly T[])[] = [];
		for (let k = 0; k < level.length; k += 2) {
			const a = level[k] as readonly T[];
			const b = level[k + 1];
			next.push(b ? await mergeTwo(a, b) : a);
		}
		level = next;
	}
	return [...(level[0] as readonly T[])];
}

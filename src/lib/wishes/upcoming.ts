import type { Wish } from './model';

/**
 * The first steps still to do: wishes that are not done and not paused and have a first step,
 * the earliest date first, steps without a date after them.
 */
export function upcomingFirstSteps(wishes: Wish[]): Wish[] {
	return wishes
		.filter((wish) => wish.status !== 'done' && !wish.paused && wish.firstStep.text.trim() !== '')
		.sort((a, b) => {
			const x = a.firstStep.date ?? '9999-12-31';
			const y = b.firstStep.date ?? '9999-12-31';
			return x === y ? b.updatedAt.localeCompare(a.updatedAt) : x.localeCompare(y);
		});
}

/**
 * How big a network nahbei shows well on a phone, and what happens with a bigger one before
 * anything is written: up to the limit a file simply loads; beyond it the person confirms,
 * knowing that nahbei gets slow; three times beyond it the file is refused with a sentence of its
 * own (a file beyond what nahbei can store at all, networkLimits, is refused as too large while
 * it is read). The numbers nahbei shows well are those of a backup's people and ties
 * (backup-steps.ts), so a restore and an import warn alike.
 */
export const networkWellShown = { people: 500, ties: 5_000 } as const;

export type NetworkSize = 'fine' | 'confirm' | 'refuse';

/** Whether a network of this size loads, asks first, or is refused. */
export function networkSize(counts: { people: number; ties: number }): NetworkSize {
	const over = (['people', 'ties'] as const).map((name) => counts[name] / networkWellShown[name]);
	const most = Math.max(...over);
	if (most > 3) return 'refuse';
	if (most > 1) return 'confirm';
	return 'fine';
}

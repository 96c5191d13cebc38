/**
 * Long lists of choices come in parts: the first `count`, then more on request. What the person
 * already chose always stays in view, wherever it stands in the list, so a choice never
 * disappears from under them.
 */
export function firstPartWithChosen<T extends { id: string }>(
	items: readonly T[],
	count: number,
	chosen: readonly string[]
): T[] {
	if (items.length <= count) return [...items];
	const kept = new Set(chosen);
	return items.filter((item, index) => index < count || kept.has(item.id));
}

/** The first item of `after` that was not in `before`: where focus goes after "show more". */
export function firstNewItem<T extends { id: string }>(
	before: readonly { id: string }[],
	after: readonly T[]
): T | undefined {
	const seen = new Set(before.map((item) => item.id));
	return after.find((item) => !seen.has(item.id));
}

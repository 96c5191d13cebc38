import { tick } from 'svelte';

/**
 * Moves focus to the page's main heading, so a screen reader says where the person now is.
 * The heading gets tabindex -1: focusable by script, not a stop in the Tab order.
 */
export function focusPageHeading(root: ParentNode = document): boolean {
	const heading = root.querySelector<HTMLElement>('main h1');
	if (!heading) return false;
	if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
	heading.focus();
	return true;
}

/**
 * Moves focus to the heading of the part a link points to (/hilfe#woerterbuch), so the person
 * lands there and hears its name; false when the page has no such part.
 */
export function focusSection(id: string, root: Document = document): boolean {
	const section = root.getElementById(id);
	if (!section) return false;
	const heading = section.querySelector<HTMLElement>('h2, h3') ?? section;
	if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
	heading.focus();
	heading.scrollIntoView({ block: 'start' });
	return true;
}

/**
 * Makes the function that moves focus where a step of a flow sends it (a name from `targets`,
 * each the id of an element), once the screen shows that element.
 */
export function focusByStep<T extends string>(
	targets: Record<T, string>
): (step: Promise<T | null> | T | null) => Promise<void> {
	return async (step) => {
		const where = await step;
		if (!where) return;
		await tick();
		document.getElementById(targets[where])?.focus();
	};
}

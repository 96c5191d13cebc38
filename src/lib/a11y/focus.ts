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

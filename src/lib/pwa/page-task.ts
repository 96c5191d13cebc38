/**
 * A page's `load` that draws the page in a task of its own: after the layout's load (the
 * settings and the page's words) and after the page's own code has been read and run. Without
 * it, whichever of the two comes last would run straight on into drawing the page, and a cheap
 * phone would not answer a tap for the whole of that long task.
 *
 * Each page uses it (`export { drawInOwnTask as load }` in its +page.ts), the start page too:
 * there it keeps SvelteKit's own start apart from drawing the page. The root layout imports it
 * as well, so it stays in the file every page loads.
 */
export async function drawInOwnTask({
	parent
}: {
	parent: () => Promise<unknown>;
}): Promise<Record<string, never>> {
	await parent();
	await new Promise((resolve) => setTimeout(resolve, 0));
	return {};
}

/**
 * While the app starts, a promise that settles in a task of its own; after that, and on the
 * server, `true` at once. `DrawnLater` waits for it, so making the first page work (hydration)
 * is split into several short tasks: the header, the page, parts of a long page, the footer.
 * Between them a phone can answer a tap. The start is done once the root layout has marked
 * `<html data-started>`.
 */
export function inNextTaskWhileStarting(): true | Promise<true> {
	if (typeof document === 'undefined' || 'started' in document.documentElement.dataset) return true;
	return new Promise((resolve) => setTimeout(() => resolve(true), 0));
}

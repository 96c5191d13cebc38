// The built page paints before the app's scripts are even asked for. SvelteKit puts a
// <link rel="modulepreload"> for each of the page's 30–60 script files into the head and starts
// the app from an inline script at the end of the body, so a slow phone line carries all of them
// before the words on screen count as shown. Here the links leave the head; the inline script
// waits until the first paint is on screen, then asks for the same files and the files they
// import that SvelteKit did not list (no chain of imports, a few per task) and starts the app. The script's hash in the page's Content-Security-Policy is
// replaced by the new script's hash.
//
// Before the app starts, the script runs the page's files one per task, each after the files it
// imports (`importOrder`). A browser runs a module together with every module it imports that has
// not run yet: imported in one go, all the code of a page ran in one long task on a cheap phone.
import { createHash } from 'node:crypto';

const MODULE_PRELOAD = /<link href="([^"]+)" rel="modulepreload">\s*/g;

/** SvelteKit's start-up script: the only inline script that names `__sveltekit_`. */
const START_SCRIPT = /<script>(\s*\{\s*__sveltekit_[\s\S]*?)<\/script>/;

const hashOf = (script: string) =>
	`'sha256-${createHash('sha256').update(script).digest('base64')}'`;

/** How many script files are asked for in one task: each request costs the page a little time. */
export const FILES_PER_TASK = 4;

/** A browser that never reports its first paint starts the app after this long anyway. */
export const PAINT_WAIT_MS = 3000;

/**
 * The start-up script, run once: after the first contentful paint has reached the screen (the
 * browser's own paint entry); at once in a hidden tab (it paints no frames), in the bare shell
 * (nothing to paint) or while the words are hidden until the chosen language is written; or when
 * the tab is hidden before the paint came. Timing the start by the frame alone let the script downloads begin before a slow
 * screen showed that frame. The page's 30–60 files are asked for a few per task, so no single
 * task blocks the page for long.
 */
function startAfterPaint(start: string, files: string[], order: string[]): string {
	return `
{
const script = document.currentScript;
const files = ${JSON.stringify(files)};
const order = ${JSON.stringify(order)};
let started = false;
const ask = () => {
for (const file of files.splice(0, ${FILES_PER_TASK})) {
const link = document.createElement('link');
link.rel = 'modulepreload';
link.href = file;
document.head.append(link);
}
if (files.length > 0) setTimeout(ask);
};
const run = async () => {
for (const file of order) {
try {
await import(file);
} catch {
break;
}
await new Promise((resolve) => setTimeout(resolve));
}
${start.replaceAll('document.currentScript', 'script')}
};
const start = () => {
if (started) return;
started = true;
ask();
run();
};
const nothingShown = !script.previousElementSibling || document.documentElement.hasAttribute('data-text-pending');
if (document.hidden || nothingShown) start();
else {
document.addEventListener('visibilitychange', start, { once: true });
if (typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('paint')) {
new PerformanceObserver((list, observer) => {
if (!list.getEntries().some((entry) => entry.name === 'first-contentful-paint')) return;
observer.disconnect();
start();
}).observe({ type: 'paint', buffered: true });
setTimeout(start, ${PAINT_WAIT_MS});
} else requestAnimationFrame(() => setTimeout(start));
}
}
`;
}

/** Where a script file lives in the build, whatever address the page gives it. */
export const builtPath = (file: string): string => file.slice(Math.max(0, file.indexOf('_app/')));

/**
 * The page's script files, each after the files it imports (`importsOf` gives those of one file,
 * as paths in the build); a file whose imports are unknown stays where it was. A file that one of
 * them imports but the page does not list is added, at the same address as the listed ones:
 * SvelteKit leaves out a file that an earlier file also loads later, on demand (for example the
 * wishes' schema on Meine Wünsche), and the browser would then ask for it only when the file that
 * imports it runs, one slow round trip after the others.
 */
export function importOrder(
	files: readonly string[],
	importsOf: (path: string) => readonly string[]
): string[] {
	const byPath = new Map(files.map((file) => [builtPath(file), file]));
	const first = files[0] ?? '';
	const folder = first.slice(0, Math.max(0, first.indexOf('_app/')));
	const order: string[] = [];
	const seen = new Set<string>();
	const visit = (path: string) => {
		if (seen.has(path)) return;
		seen.add(path);
		for (const imported of importsOf(path)) visit(imported);
		order.push(byPath.get(path) ?? folder + path);
	};
	for (const file of files) visit(builtPath(file));
	return order;
}

/**
 * Moves the page's script downloads and the app's start to after the first paint. `importsOf`
 * gives the files each script file imports (see `importOrder`); without it the files run in the
 * order the page lists them.
 */
export function withStartAfterPaint(
	html: string,
	importsOf: (path: string) => readonly string[] = () => []
): string {
	const [script, start] = html.match(START_SCRIPT) ?? [];
	if (!script || !start) return html;
	const listed = [...html.matchAll(MODULE_PRELOAD)].map(([, file]) => file ?? '');
	const order = importOrder(listed, importsOf);
	// The listed files first, in SvelteKit's order (the start-up files lead), then the added ones.
	const files = [...listed, ...order.filter((file) => !listed.includes(file))];
	const later = startAfterPaint(start, files, order);
	return html
		.replace(MODULE_PRELOAD, '')
		.replace(script, () => `<script>${later}</script>`)
		.replace(hashOf(start), () => hashOf(later));
}

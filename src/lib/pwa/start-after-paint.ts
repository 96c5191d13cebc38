// The built page paints before the app's scripts are even asked for. SvelteKit puts a
// <link rel="modulepreload"> for each of the page's 30–60 script files into the head and starts
// the app from an inline script at the end of the body, so a slow phone line carries all of them
// before the words on screen count as shown. Here the links leave the head; the inline script
// waits for the first frame to be painted, then asks for the same files at once (no chain of
// imports) and starts the app. The script's hash in the page's Content-Security-Policy is
// replaced by the new script's hash.
import { createHash } from 'node:crypto';

const MODULE_PRELOAD = /<link href="([^"]+)" rel="modulepreload">\s*/g;

/** SvelteKit's start-up script: the only inline script that names `__sveltekit_`. */
const START_SCRIPT = /<script>(\s*\{\s*__sveltekit_[\s\S]*?)<\/script>/;

const hashOf = (script: string) =>
	`'sha256-${createHash('sha256').update(script).digest('base64')}'`;

/**
 * The start-up script, run once: after the first painted frame in a visible tab, at once in a
 * hidden one (it paints no frames), or when the tab is hidden before the frame came.
 */
function startAfterPaint(start: string, files: string[]): string {
	return `
{
const script = document.currentScript;
let started = false;
const start = () => {
if (started) return;
started = true;
for (const file of ${JSON.stringify(files)}) {
const link = document.createElement('link');
link.rel = 'modulepreload';
link.href = file;
document.head.append(link);
}
${start.replaceAll('document.currentScript', 'script')}
};
if (document.hidden) start();
else {
requestAnimationFrame(() => setTimeout(start));
document.addEventListener('visibilitychange', start, { once: true });
}
}
`;
}

/** Moves the page's script downloads and the app's start to after the first paint. */
export function withStartAfterPaint(html: string): string {
	const [script, start] = html.match(START_SCRIPT) ?? [];
	if (!script || !start) return html;
	const files = [...html.matchAll(MODULE_PRELOAD)].map(([, file]) => file ?? '');
	const later = startAfterPaint(start, files);
	return html
		.replace(MODULE_PRELOAD, '')
		.replace(script, () => `<script>${later}</script>`)
		.replace(hashOf(start), () => hashOf(later));
}

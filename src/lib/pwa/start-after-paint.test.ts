import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { withStartAfterPaint } from './start-after-paint';

const hashOf = (script: string) =>
	`'sha256-${createHash('sha256').update(script).digest('base64')}'`;

// Stands for SvelteKit's start-up script: it reads its own element, then starts the app.
const kitScript = `
				{
					__sveltekit_abc = { base: '' };
					const element = document.currentScript.parentElement;
					globalThis.startedIn = element;
				}
			`;

const page = () =>
	'<head><meta http-equiv="content-security-policy" content="default-src \'self\'; ' +
	`script-src 'self' ${hashOf(kitScript)}">` +
	'<link href="./_app/immutable/entry/start.A1.js" rel="modulepreload">\n\t\t' +
	'<link href="./_app/immutable/chunks/B2.js" rel="modulepreload">\n\t\t' +
	'<link href="./_app/immutable/assets/0.css" rel="stylesheet" disabled media="(max-width: 0)">' +
	'</head><body><div><h1>Meine Wünsche</h1><script>paintTheChosenLook()</script>' +
	`<script>${kitScript}</script></div></body>`;

/** The last inline script of the page: the app's start-up. */
const startScriptOf = (html: string) =>
	[...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].at(-1)?.[1] ?? '';

/** Runs the page's start-up script with a stand-in browser; returns what it did. */
function runStartScript(html: string, hidden = false) {
	const script = startScriptOf(html);
	const frames: (() => void)[] = [];
	const timers: (() => void)[] = [];
	const asked: string[] = [];
	const scriptElement = { parentElement: 'the page body' };
	const document = {
		currentScript: scriptElement,
		hidden,
		head: { append: (link: { href: string }) => asked.push(link.href) },
		createElement: () => ({}),
		addEventListener: vi.fn()
	};
	const global = globalThis as { startedIn?: unknown };
	delete global.startedIn;
	new Function('document', 'requestAnimationFrame', 'setTimeout', script)(
		document,
		(callback: () => void) => frames.push(callback),
		(callback: () => void) => timers.push(callback)
	);
	return {
		asked,
		started: () => global.startedIn,
		paintFrame: () => frames.splice(0).forEach((callback) => callback()),
		runTimers: () => timers.splice(0).forEach((callback) => callback())
	};
}

describe('a built page', () => {
	it('names none of its scripts in the head', () => {
		const html = withStartAfterPaint(page());
		expect(html).not.toContain('rel="modulepreload"');
		expect(html).toContain('rel="stylesheet" disabled');
	});

	it('asks for its scripts and starts the app only after its first frame is painted', () => {
		const browser = runStartScript(withStartAfterPaint(page()));
		expect(browser.asked).toEqual([]);
		expect(browser.started()).toBeUndefined();

		browser.paintFrame();
		expect(browser.started()).toBeUndefined();
		browser.runTimers();
		expect(browser.asked).toEqual([
			'./_app/immutable/entry/start.A1.js',
			'./_app/immutable/chunks/B2.js'
		]);
		expect(browser.started()).toBe('the page body');
	});

	it('starts at once in a hidden tab, which paints no frames', () => {
		const browser = runStartScript(withStartAfterPaint(page()), true);
		expect(browser.started()).toBe('the page body');
	});

	it('allows its new start-up script, and no longer the old one, in its policy', () => {
		const html = withStartAfterPaint(page());
		const script = startScriptOf(html);
		expect(html).toContain(`script-src 'self' ${hashOf(script)}"`);
		expect(html).not.toContain(hashOf(kitScript));
	});

	it('stays as it is without a start-up script', () => {
		const bare = '<head></head><body><h1>nahbei</h1></body>';
		expect(withStartAfterPaint(bare)).toBe(bare);
	});
});

import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { FILES_PER_TASK, withStartAfterPaint } from './start-after-paint';

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

interface Browser {
	hidden?: boolean;
	/** Whether the browser reports its paints (PerformanceObserver with 'paint' entries). */
	paintEntries?: boolean;
	/** <html data-text-pending>: the words wait for the chosen language. */
	textPending?: boolean;
	/** The bare shell: nothing stands before the start-up script. */
	bare?: boolean;
}

/** Runs the page's start-up script with a stand-in browser; returns what it did. */
function runStartScript(
	html: string,
	{ hidden = false, paintEntries = false, textPending = false, bare = false }: Browser = {}
) {
	const script = startScriptOf(html);
	const frames: (() => void)[] = [];
	const timers: { callback: () => void; delay: number }[] = [];
	const observers: ((list: { getEntries: () => { name: string }[] }) => void)[] = [];
	const asked: string[] = [];
	const scriptElement = {
		parentElement: 'the page body',
		previousElementSibling: bare ? null : { tagName: 'MAIN' }
	};
	const document = {
		currentScript: scriptElement,
		hidden,
		documentElement: {
			hasAttribute: (name: string) => textPending && name === 'data-text-pending'
		},
		head: { append: (link: { href: string }) => asked.push(link.href) },
		createElement: () => ({}),
		addEventListener: vi.fn()
	};
	class PerformanceObserver {
		static supportedEntryTypes = paintEntries ? ['paint', 'resource'] : ['resource'];
		constructor(callback: (list: unknown, observer: PerformanceObserver) => void) {
			observers.push((list) => callback(list, this));
		}
		observe() {}
		disconnect() {
			observers.length = 0;
		}
	}
	const global = globalThis as { startedIn?: unknown };
	delete global.startedIn;
	new Function('document', 'requestAnimationFrame', 'setTimeout', 'PerformanceObserver', script)(
		document,
		(callback: () => void) => frames.push(callback),
		(callback: () => void, delay = 0) => timers.push({ callback, delay }),
		PerformanceObserver
	);
	return {
		asked,
		started: () => global.startedIn,
		paintFrame: () => frames.splice(0).forEach((callback) => callback()),
		/** Runs the timers that are due at once (no delay), as the next task would. */
		runTimers: () =>
			timers
				.filter((timer) => timer.delay === 0)
				.forEach((timer) => {
					timers.splice(timers.indexOf(timer), 1);
					timer.callback();
				}),
		/** Lets the longest wait pass. */
		waitLong: () => timers.splice(0).forEach((timer) => timer.callback()),
		paint: (name: string) =>
			[...observers].forEach((observer) => observer({ getEntries: () => [{ name }] }))
	};
}

describe('a built page', () => {
	it('names none of its scripts in the head', () => {
		const html = withStartAfterPaint(page());
		expect(html).not.toContain('rel="modulepreload"');
		expect(html).toContain('rel="stylesheet" disabled');
	});

	it('asks for its scripts and starts the app only after its first contentful paint', () => {
		const browser = runStartScript(withStartAfterPaint(page()), { paintEntries: true });
		expect(browser.asked).toEqual([]);
		browser.paintFrame();
		browser.runTimers();
		browser.paint('first-paint');
		expect(browser.asked).toEqual([]);
		expect(browser.started()).toBeUndefined();

		browser.paint('first-contentful-paint');
		expect(browser.asked).toEqual([
			'./_app/immutable/entry/start.A1.js',
			'./_app/immutable/chunks/B2.js'
		]);
		expect(browser.started()).toBe('the page body');
	});

	it('starts anyway when the paint is not reported in time', () => {
		const browser = runStartScript(withStartAfterPaint(page()), { paintEntries: true });
		browser.runTimers();
		expect(browser.started()).toBeUndefined();
		browser.waitLong();
		expect(browser.started()).toBe('the page body');
	});

	it('asks for a few files per task, the start-up files first', () => {
		const chunks = Array.from({ length: 10 }, (_, index) => `./_app/immutable/chunks/C${index}.js`);
		const many = page().replace(
			'<link href="./_app/immutable/chunks/B2.js" rel="modulepreload">',
			chunks.map((chunk) => `<link href="${chunk}" rel="modulepreload">`).join('')
		);
		const browser = runStartScript(withStartAfterPaint(many), { hidden: true });
		const all = ['./_app/immutable/entry/start.A1.js', ...chunks];
		expect(browser.asked).toEqual(all.slice(0, FILES_PER_TASK));
		expect(browser.started()).toBe('the page body');
		browser.runTimers();
		expect(browser.asked).toEqual(all.slice(0, 2 * FILES_PER_TASK));
		browser.runTimers();
		browser.runTimers();
		expect(browser.asked).toEqual(all);
	});

	it('starts after the first frame where the browser reports no paints', () => {
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
		const browser = runStartScript(withStartAfterPaint(page()), { hidden: true });
		expect(browser.started()).toBe('the page body');
	});

	it('starts at once where nothing is shown before it: the bare shell, or words still hidden', () => {
		for (const browser of [{ bare: true }, { textPending: true }]) {
			const run = runStartScript(withStartAfterPaint(page()), { paintEntries: true, ...browser });
			expect(run.started()).toBe('the page body');
		}
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

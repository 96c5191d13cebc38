import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { FILES_PER_TASK, importOrder, withStartAfterPaint } from './start-after-paint';

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
	/** The script files run, each with the tasks that had passed when it ran. */
	const ran: { file: string; task: number }[] = [];
	let task = 0;
	const importModule = async (file: string) => {
		if (file.includes('missing')) throw new TypeError('Failed to fetch');
		ran.push({ file, task });
	};
	const runTimers = () => {
		task += 1;
		timers
			.filter((timer) => timer.delay === 0)
			.forEach((timer) => {
				timers.splice(timers.indexOf(timer), 1);
				timer.callback();
			});
	};
	new Function(
		'document',
		'requestAnimationFrame',
		'setTimeout',
		'PerformanceObserver',
		'importModule',
		// The stand-in browser's import(), which the test can watch.
		script.replaceAll('import(', 'importModule(')
	)(
		document,
		(callback: () => void) => frames.push(callback),
		(callback: () => void, delay = 0) => timers.push({ callback, delay }),
		PerformanceObserver,
		importModule
	);
	return {
		asked,
		ran,
		/** Where the app started so far; undefined while it has not. */
		startedNow: () => global.startedIn,
		/** Lets the start-up go on, task by task, until the app has started; where it started. */
		started: async () => {
			for (let step = 0; step < 100 && global.startedIn === undefined; step++) {
				await Promise.resolve();
				await Promise.resolve();
				runTimers();
			}
			return global.startedIn;
		},
		paintFrame: () => frames.splice(0).forEach((callback) => callback()),
		/** Runs the timers that are due at once (no delay), as the next task would. */
		runTimers,
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

	it('asks for its scripts and starts the app only after its first contentful paint', async () => {
		const browser = runStartScript(withStartAfterPaint(page()), { paintEntries: true });
		expect(browser.asked).toEqual([]);
		browser.paintFrame();
		browser.runTimers();
		browser.paint('first-paint');
		expect(browser.asked).toEqual([]);
		expect(browser.startedNow()).toBeUndefined();

		browser.paint('first-contentful-paint');
		expect(browser.asked).toEqual([
			'./_app/immutable/entry/start.A1.js',
			'./_app/immutable/chunks/B2.js'
		]);
		expect(await browser.started()).toBe('the page body');
	});

	it('starts anyway when the paint is not reported in time', async () => {
		const browser = runStartScript(withStartAfterPaint(page()), { paintEntries: true });
		browser.runTimers();
		expect(browser.startedNow()).toBeUndefined();
		browser.waitLong();
		expect(await browser.started()).toBe('the page body');
	});

	it('asks for a few files per task, the start-up files first', async () => {
		const chunks = Array.from({ length: 10 }, (_, index) => `./_app/immutable/chunks/C${index}.js`);
		const many = page().replace(
			'<link href="./_app/immutable/chunks/B2.js" rel="modulepreload">',
			chunks.map((chunk) => `<link href="${chunk}" rel="modulepreload">`).join('')
		);
		const browser = runStartScript(withStartAfterPaint(many), { hidden: true });
		const all = ['./_app/immutable/entry/start.A1.js', ...chunks];
		expect(browser.asked).toEqual(all.slice(0, FILES_PER_TASK));
		browser.runTimers();
		expect(browser.asked).toEqual(all.slice(0, 2 * FILES_PER_TASK));
		browser.runTimers();
		browser.runTimers();
		expect(browser.asked).toEqual(all);
		expect(await browser.started()).toBe('the page body');
	});

	it('starts after the first frame where the browser reports no paints', async () => {
		const browser = runStartScript(withStartAfterPaint(page()));
		expect(browser.asked).toEqual([]);
		expect(browser.startedNow()).toBeUndefined();

		browser.paintFrame();
		expect(browser.startedNow()).toBeUndefined();
		browser.runTimers();
		expect(browser.asked).toEqual([
			'./_app/immutable/entry/start.A1.js',
			'./_app/immutable/chunks/B2.js'
		]);
		expect(await browser.started()).toBe('the page body');
	});

	it('starts at once in a hidden tab, which paints no frames', async () => {
		const browser = runStartScript(withStartAfterPaint(page()), { hidden: true });
		expect(await browser.started()).toBe('the page body');
	});

	it('starts at once where nothing is shown before it: the bare shell, or words still hidden', async () => {
		for (const browser of [{ bare: true }, { textPending: true }]) {
			const run = runStartScript(withStartAfterPaint(page()), { paintEntries: true, ...browser });
			expect(await run.started()).toBe('the page body');
		}
	});

	it('runs its script files one per task, each after the files it imports, then starts the app', async () => {
		// start.A1 imports B2, so B2 runs first.
		const imports = (path: string) =>
			path === '_app/immutable/entry/start.A1.js' ? ['_app/immutable/chunks/B2.js'] : [];
		const browser = runStartScript(withStartAfterPaint(page(), imports), { hidden: true });
		expect(browser.startedNow()).toBeUndefined();
		expect(await browser.started()).toBe('the page body');
		expect(browser.ran.map(({ file }) => file)).toEqual([
			'./_app/immutable/chunks/B2.js',
			'./_app/immutable/entry/start.A1.js'
		]);
		const [first, second] = browser.ran;
		expect(second?.task).toBeGreaterThan(first?.task ?? Infinity);
	});

	it('asks at once for a file that its files import but the page does not list', async () => {
		// B2 imports the schema, which SvelteKit left out of the page's list.
		const imports = (path: string) =>
			path === '_app/immutable/chunks/B2.js' ? ['_app/immutable/chunks/schema.js'] : [];
		const browser = runStartScript(withStartAfterPaint(page(), imports), { hidden: true });
		expect(browser.asked).toEqual([
			'./_app/immutable/entry/start.A1.js',
			'./_app/immutable/chunks/B2.js',
			'./_app/immutable/chunks/schema.js'
		]);
		expect(await browser.started()).toBe('the page body');
		expect(browser.ran.map(({ file }) => file)).toEqual([
			'./_app/immutable/entry/start.A1.js',
			'./_app/immutable/chunks/schema.js',
			'./_app/immutable/chunks/B2.js'
		]);
	});

	it('still starts the app when a script file cannot be loaded', async () => {
		const html = page().replace('chunks/B2.js', 'chunks/missing.js');
		const browser = runStartScript(withStartAfterPaint(html), { hidden: true });
		// The app's own start meets the same failure and shows it as it always does.
		expect(await browser.started()).toBe('the page body');
		expect(browser.ran.map(({ file }) => file)).toEqual(['./_app/immutable/entry/start.A1.js']);
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

describe('importOrder', () => {
	const graph: Record<string, string[]> = {
		'_app/immutable/entry/start.js': ['_app/immutable/chunks/runtime.js'],
		'_app/immutable/entry/app.js': [
			'_app/immutable/chunks/runtime.js',
			'_app/immutable/chunks/texts.js'
		],
		'_app/immutable/chunks/texts.js': ['_app/immutable/chunks/runtime.js'],
		'_app/immutable/nodes/3.js': [
			'_app/immutable/chunks/texts.js',
			'_app/immutable/chunks/other.js'
		]
	};
	const importsOf = (path: string) => graph[path] ?? [];

	it('puts every file after the files it imports, each file once', () => {
		const files = [
			'../_app/immutable/entry/start.js',
			'../_app/immutable/entry/app.js',
			'../_app/immutable/nodes/3.js',
			'../_app/immutable/chunks/texts.js',
			'../_app/immutable/chunks/runtime.js'
		];
		const order = importOrder(files, importsOf);
		// other.js, which 3.js imports, is added.
		expect([...order].sort()).toEqual([...files, '../_app/immutable/chunks/other.js'].sort());
		const at = (name: string) => order.findIndex((file) => file.endsWith(`/${name}`));
		expect(at('runtime.js')).toBeLessThan(at('start.js'));
		expect(at('runtime.js')).toBeLessThan(at('texts.js'));
		expect(at('texts.js')).toBeLessThan(at('app.js'));
		expect(at('texts.js')).toBeLessThan(at('3.js'));
	});

	it('keeps the page’s own addresses and adds the imports the page does not list', () => {
		// SvelteKit's list can miss a file that the page imports: it would come one round trip late.
		const files = ['/_app/immutable/nodes/3.js', '/_app/immutable/chunks/texts.js'];
		expect(importOrder(files, importsOf)).toEqual([
			'/_app/immutable/chunks/runtime.js',
			'/_app/immutable/chunks/texts.js',
			'/_app/immutable/chunks/other.js',
			'/_app/immutable/nodes/3.js'
		]);
		expect(importOrder(['../_app/immutable/chunks/texts.js'], importsOf)).toEqual([
			'../_app/immutable/chunks/runtime.js',
			'../_app/immutable/chunks/texts.js'
		]);
	});

	it('keeps the listed order where the imports are not known', () => {
		const files = ['./a.js', './b.js', './c.js'];
		expect(importOrder(files, () => [])).toEqual(files);
	});
});

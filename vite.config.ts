import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import type { Plugin } from 'vite';
import type { ManifestOptions } from 'vite-plugin-pwa';
import { playwright } from '@vitest/browser-playwright';
import { configDefaults, defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumExecutable } from './scripts/chromium.js';
import { splitMessages } from './src/lib/i18n/locale-split';
import { findContactPoint } from './src/lib/offers/contact-point';

/** Tests that run in Chromium: what each shared component promises, and live queries. */
const browserTests = 'src/lib/**/*.browser.test.ts';

const leichteSprache = fileURLToPath(
	new URL('./src/lib/i18n/locales/de-x-ls.json', import.meta.url)
);

/**
 * `virtual:nahbei/messages-start` and `virtual:nahbei/messages-part-<name>`: the parts of the
 * Leichte Sprache file (see src/lib/i18n/locale-split.ts), made from the one JSON file.
 */
function localeParts(): Plugin {
	const prefix = 'virtual:nahbei/messages-';
	return {
		name: 'nahbei-locale-parts',
		resolveId(id) {
			return id.startsWith(prefix) ? `\0${id}` : null;
		},
		load(id) {
			if (!id.startsWith(`\0${prefix}`)) return null;
			const name = id.slice(prefix.length + 1);
			this.addWatchFile(leichteSprache);
			const { start, parts } = splitMessages(JSON.parse(readFileSync(leichteSprache, 'utf8')));
			const part =
				name === 'start'
					? start
					: name.startsWith('part-')
						? parts[name.slice('part-'.length) as keyof typeof parts]
						: undefined;
			if (!part) return null;
			// JSON.parse of a string literal is parsed faster than the same object literal.
			return `export default JSON.parse(${JSON.stringify(JSON.stringify(part))});`;
		}
	};
}

const shippedCatalogue = fileURLToPath(new URL('./static/data/angebote.json', import.meta.url));

/**
 * `virtual:nahbei/shipped-contact`: the contact point of the catalogue that ships with the build,
 * found at build time. A first visit shows it without downloading and reading the whole file.
 */
function shippedContact(): Plugin {
	const id = 'virtual:nahbei/shipped-contact';
	return {
		name: 'nahbei-shipped-contact',
		resolveId(source) {
			return source === id ? `\0${id}` : null;
		},
		load(source) {
			if (source !== `\0${id}`) return null;
			this.addWatchFile(shippedCatalogue);
			const contact = findContactPoint(JSON.parse(readFileSync(shippedCatalogue, 'utf8')));
			return `export default ${JSON.stringify(contact)};`;
		}
	};
}

/** The entries every page loads: SvelteKit's start, the app's table of pages, the root layout. */
const EVERY_PAGE = [
	/runtime[\\/]client[\\/]entry\.js$/,
	/client-optimized[\\/]app\.js$/,
	/client-optimized[\\/]nodes[\\/]0\.js$/
];

/**
 * The modules every page loads (what the root layout and SvelteKit's start import, statically),
 * found once the module graph is known. They go into one file: a page asks for a few larger
 * files instead of twenty small ones, each with its own request and headers.
 */
function everyPageModules(): { plugin: Plugin; captures: (id: string) => boolean } {
	const modules = new Set<string>();
	const entries = new Set<string>();
	const plugin: Plugin = {
		name: 'nahbei-every-page-modules',
		apply: 'build',
		buildStart() {
			modules.clear();
			entries.clear();
		},
		buildEnd() {
			const start = [...this.getModuleIds()].filter((id) => EVERY_PAGE.some((re) => re.test(id)));
			const queue = [...start];
			for (const id of start) entries.add(id);
			while (queue.length > 0) {
				const id = queue.pop() as string;
				if (modules.has(id)) continue;
				modules.add(id);
				queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
			}
		}
	};
	return { plugin, captures: (id) => modules.has(id) && !entries.has(id) };
}

const everyPage = everyPageModules();

/**
 * Marks the files every page loads for eager compiling (V8's explicit compile hints): their
 * functions all run while the app starts and draws its first page, so Chromium compiles them
 * while the file downloads, on another thread, instead of one by one on the page's own thread in
 * the middle of drawing. The comment must be the file's first line, so it is written last.
 */
function compileHintForEveryPage(): Plugin {
	return {
		name: 'nahbei-compile-hint',
		apply: 'build',
		writeBundle(options, bundle) {
			for (const chunk of Object.values(bundle)) {
				if (chunk.type !== 'chunk' || !chunk.name.startsWith('every-page') || !options.dir)
					continue;
				const file = join(options.dir, chunk.fileName);
				writeFileSync(file, `//# allFunctionsCalledOnLoad\n${readFileSync(file, 'utf8')}`);
			}
		}
	};
}

/** The web app manifest: what a phone shows when nahbei is installed. */
const manifest: Partial<ManifestOptions> = {
	name: 'nahbei – Wünsche, Menschen und Angebote im Quartier',
	short_name: 'nahbei',
	description: 'Meine Wünsche, meine Menschen und Angebote im Quartier. In Leichter Sprache.',
	lang: 'de',
	dir: 'ltr',
	start_url: '/',
	scope: '/',
	display: 'standalone',
	background_color: '#fbfaf6',
	theme_color: '#1d4e46',
	icons: [
		{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
		{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
		{
			src: '/icons/icon-maskable-512.png',
			sizes: '512x512',
			type: 'image/png',
			purpose: 'maskable'
		},
		{ src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }
	]
};

export default defineConfig({
	build: {
		// A page built ahead of time asks for all its script files itself, a few per task, after
		// its first paint (src/lib/pwa/start-after-paint.ts). Vite's own helper would add a link
		// for each file still missing in one go when the app starts: one long task.
		modulePreload: false,
		rolldownOptions: {
			output: {
				// The modules every page loads go into four files: Svelte, SvelteKit, i18next, and the
				// app's own. A page runs its files one per task (start-after-paint.ts), so running them
				// no longer takes one long task. A group takes in what its modules import, so Svelte,
				// which SvelteKit imports, comes first.
				codeSplitting: {
					groups: [
						{
							name: 'every-page-svelte',
							test: (id: string) =>
								everyPage.captures(id) && /node_modules[\\/]svelte[\\/]/.test(id),
							priority: 4
						},
						{
							name: 'every-page-sveltekit',
							test: (id: string) =>
								everyPage.captures(id) && /node_modules[\\/]@sveltejs[\\/]/.test(id),
							priority: 3
						},
						{
							name: 'every-page-i18next',
							test: (id: string) =>
								everyPage.captures(id) && /node_modules[\\/]i18next[\\/]/.test(id),
							priority: 2
						},
						{ name: 'every-page', test: everyPage.captures, priority: 1 }
					]
				}
			}
		}
	},
	resolve: {
		alias: [
			// Dexie's modern ES build: the default entry wraps its older UMD build, which is larger.
			{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.min.mjs' }
		]
	},
	plugins: [
		localeParts(),
		shippedContact(),
		everyPage.plugin,
		compileHintForEveryPage(),
		sveltekit(),
		SvelteKitPWA({
			strategies: 'generateSW',
			registerType: 'prompt',
			// We register with workbox-window ourselves (src/lib/pwa).
			injectRegister: false,
			manifest,
			// The bare shell for paths without a prerendered page (see svelte.config.js), kept for
			// offline use like every page.
			kit: { adapterFallback: '200.html', spa: true },
			workbox: {
				globPatterns: ['**/*.{js,css,html,svg,png,ico,woff2,json,webmanifest}'],
				// A city's Quartiere each have a catalogue file (data/quartiere/<id>.json): they are
				// not all stored at the first visit. The index of Quartiere stays precached; the file
				// of a Quartier is kept when the person chooses or loads it (see runtimeCaching).
				globIgnores: ['**/data/quartiere/**'],
				runtimeCaching: [
					{
						// Without a query string only: the check for a newer catalogue asks past every
						// copy with the date in its address, and those answers are not kept.
						urlPattern: ({ url, sameOrigin }) =>
							sameOrigin && url.pathname.startsWith('/data/quartiere/') && url.search === '',
						handler: 'StaleWhileRevalidate',
						options: {
							cacheName: 'nahbei-quartiere',
							expiration: { maxEntries: 8 },
							cacheableResponse: { statuses: [200] }
						}
					}
				],
				// Fonts come in many subsets; all of them must work offline.
				maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
				// A path without a prerendered page of its own gets the bare shell (see svelte.config.js).
				navigateFallback: '/200.html',
				cleanupOutdatedCaches: true
			}
		})
	],
	test: {
		// A test without an assertion cannot fail: every test must check something.
		expect: { requireAssertions: true },
		// Every core: Vitest's default (one core fewer) ran the files one at a time on a 2-core
		// machine. Processes, not threads: Node's BroadcastChannel reaches every thread of a
		// process, so Dexie's change messages of one test file would reach the others.
		maxWorkers: '100%',
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
					exclude: [...configDefaults.exclude, browserTests],
					environment: 'node',
					setupFiles: ['tests/unit/setup.ts']
				}
			},
			{
				extends: true,
				test: {
					name: 'browser',
					include: [browserTests],
					// Stops with one clear sentence when the system Chromium is missing.
					globalSetup: ['tests/browser/require-chromium.ts'],
					setupFiles: ['tests/browser/setup.ts'],
					browser: {
						enabled: true,
						headless: true,
						// Failures are told in words; no screenshots left beside the source files.
						screenshotFailures: false,
						// The system Chromium (Debian's, or CHROME_PATH): Playwright never downloads one.
						provider: playwright({
							launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs }
						}),
						instances: [{ browser: 'chromium' }]
					}
				}
			}
		]
	}
});

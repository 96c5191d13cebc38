import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * Hashes of the inline scripts in src/app.html (the one that paints the chosen look before the
 * app starts), so the policy allows exactly them and no other inline script.
 */
function appHtmlScriptHashes() {
	const html = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
	return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
		([, body]) =>
			/** @type {`sha256-${string}`} */ (
				`sha256-${createHash('sha256').update(body).digest('base64')}`
			)
	);
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		runes: true,
		// `await` in markup: `DrawnLater` makes the first page work in several short tasks, not
		// one long one. Svelte keeps the prerendered part on screen while it waits.
		experimental: { async: true }
	},
	kit: {
		// Every page is prerendered with its shell and fixed texts (index.html is the start page);
		// a path without a page of its own (one offer, /angebote/<id>) gets 200.html, the bare
		// shell that the app fills in. Every text file comes with a gzip and a brotli copy too,
		// for hosts that serve them (npm start does).
		adapter: adapter({
			pages: 'build',
			assets: 'build',
			fallback: '200.html',
			precompress: true,
			strict: true
		}),
		// Every page's CSS is written into its HTML: the first paint waits for no stylesheet
		// download (a slow phone line takes a round trip for each). The hashes of these styles
		// go into the Content-Security-Policy with SvelteKit's own.
		inlineStyleThreshold: Infinity,
		// The service worker comes from @vite-pwa/sveltekit (Workbox), not from SvelteKit.
		serviceWorker: { register: false },
		prerender: {
			entries: ['*'],
			handleUnseenRoutes: 'ignore'
		},
		// The Content-Security-Policy travels with the static files: every built page carries it
		// in a <meta> tag, with the hash of SvelteKit's own start-up script, so any host serves it.
		// `npm start` sends the same policy as a header, with frame-ancestors (scripts/start.js).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				// No inline script runs without its hash; no eval, no script from elsewhere.
				'script-src': ['self', ...appHtmlScriptHashes()],
				// Svelte sets style attributes (sizes, positions); no style comes from elsewhere.
				'style-src': ['self', 'unsafe-inline'],
				// Photos and voice notes are blob: URLs; small pictures and fonts may be inlined.
				'img-src': ['self', 'data:', 'blob:'],
				'media-src': ['self', 'data:', 'blob:'],
				'font-src': ['self', 'data:'],
				// No request leaves the app's origin.
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'frame-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['self'],
				// Only a header can say this; SvelteKit leaves it out of the <meta> tag.
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;

import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		runes: true
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
		}
	}
};

export default config;

// What a cheap phone downloads: JavaScript and CSS loaded at start of each route (gzip), and
// the size of everything the service worker keeps for offline use.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { inBrowser } from './browser.js';

export const title = 'Size: JavaScript and CSS at start (gzip), precache';

const routes = [
	'/',
	'/wuensche',
	'/menschen',
	'/angebote',
	'/angebote/beispiel',
	'/teilen',
	'/einstellungen',
	'/hilfe',
	'/lotse',
	'/quartier'
];
const startPageBudget = 80 * 1024;
// The start page once something is stored: it then loads the database code too (on a first
// visit there is nothing to read, so it does not).
const withData = '/ (with data)';

function gzipSize(file) {
	return gzipSync(readFileSync(file), { level: 9 }).length;
}

function kB(bytes) {
	return `${(bytes / 1024).toFixed(1)} kB`;
}

export async function run() {
	await inBrowser(async (browser, origin) => {
		console.log('  route                  JS (gzip)   CSS (gzip)');
		for (const route of [...routes, withData]) {
			// A fresh context without service worker: what the first visit really loads.
			const context = await browser.newContext({ serviceWorkers: 'block' });
			const page = await context.newPage();
			if (route === withData) {
				// Opening Angebote stores the catalogue; then the start page is measured again.
				await page.goto(origin + '/angebote', { waitUntil: 'networkidle' });
				await page.getByRole('heading', { level: 2 }).first().waitFor();
			}
			const files = new Set();
			page.on('response', (response) => {
				const url = new URL(response.url());
				if (url.origin === origin && /\.(js|css)$/.test(url.pathname)) files.add(url.pathname);
			});
			await page.goto(origin + (route === withData ? '/' : route), {
				waitUntil: 'networkidle'
			});
			await page.locator('main h1').waitFor();
			let js = 0;
			let css = 0;
			for (const path of files) {
				const size = gzipSize(join('build', path));
				if (path.endsWith('.js')) js += size;
				else css += size;
			}
			const note =
				route === '/'
					? js <= startPageBudget
						? '  (budget 80 kB: ok)'
						: '  (budget 80 kB: OVER)'
					: '';
			console.log(`  ${route.padEnd(22)} ${kB(js).padStart(9)}   ${kB(css).padStart(9)}${note}`);
			await context.close();
		}
	});

	const sw = readFileSync('build/sw.js', 'utf8');
	const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((match) => match[1]);
	let raw = 0;
	let gzip = 0;
	for (const url of urls) {
		const base = join('build', url === '/' ? 'index.html' : url);
		// A prerendered page is precached under its clean URL ('hilfe' is build/hilfe.html).
		const html = `${base}.html`;
		const path = statSync(html, { throwIfNoEntry: false })?.isFile() ? html : base;
		raw += statSync(path).size;
		gzip += gzipSize(path);
	}
	console.log(`  precache: ${urls.length} files, ${kB(raw)} (${kB(gzip)} gzip)`);
}

// `npm start`: builds nahbei when the build is missing or older than its sources, then serves
// the production build (with its service worker) at http://localhost:4173 (PORT overrides).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

const buildDir = 'build';
const marker = join(buildDir, 'index.html');
const sources = ['src', 'static', 'package.json', 'svelte.config.js', 'vite.config.ts'];

function newestChange(path) {
	const info = statSync(path);
	if (!info.isDirectory()) return info.mtimeMs;
	let newest = info.mtimeMs;
	for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
	return newest;
}

function buildIsCurrent() {
	if (!existsSync(marker)) return false;
	const built = statSync(marker).mtimeMs;
	return sources.filter((path) => existsSync(path)).every((path) => newestChange(path) <= built);
}

if (!buildIsCurrent()) {
	console.log('Building nahbei …');
	const result = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
	if (result.status !== 0) process.exit(result.status ?? 1);
}

/**
 * How files are sent, as a real static host sends them: the build's precompressed brotli or gzip
 * copy (made by the adapter, see svelte.config.js) when the browser accepts it, with
 * `Vary: Accept-Encoding`. A path without a prerendered page of its own gets 200.html, the bare
 * shell the app fills in.
 */
function delivery() {
	return { single: '200.html', brotli: true, gzip: true };
}

const serve = sirv(buildDir, {
	...delivery(),
	etag: true,
	setHeaders(res, pathname) {
		// Hashed files never change; everything else (pages, sw.js, manifest) is checked each time.
		if (pathname.startsWith('/_app/immutable/')) {
			res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
		} else {
			res.setHeader('Cache-Control', 'no-cache');
		}
		res.setHeader('X-Content-Type-Options', 'nosniff');
		res.setHeader('Referrer-Policy', 'no-referrer');
	}
});

const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST;
const server = createServer((req, res) => serve(req, res));
server.listen(port, host, () => {
	console.log(`nahbei runs at http://localhost:${port}`);
});

for (const signal of ['SIGINT', 'SIGTERM'])
	process.on(signal, () => server.close(() => process.exit(0)));

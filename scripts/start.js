// `npm start`: builds nahbei when the build is missing or older than its sources, then serves
// the production build (with its service worker) at http://localhost:4173 (PORT overrides).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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

/** Every built page, as file paths. */
function htmlFiles(dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return htmlFiles(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

/**
 * The security headers of every response: the Content-Security-Policy that each built page
 * carries in its <meta> tag (their script hashes together, so one header fits every page and
 * the fallback), plus what only a header can say: no other site may show nahbei in a frame.
 * The page's own <meta> policy still applies on top, so each page allows only its own hashes.
 */
function securityHeaders(dir) {
	const directives = new Map();
	for (const file of htmlFiles(dir)) {
		const meta = readFileSync(file, 'utf8').match(
			/<meta http-equiv="content-security-policy" content="([^"]*)"/i
		);
		for (const directive of meta?.[1].split(';') ?? []) {
			const [name, ...sources] = directive.trim().split(/\s+/);
			if (!name) continue;
			const known = directives.get(name) ?? new Set();
			for (const source of sources) known.add(source);
			directives.set(name, known);
		}
	}
	directives.set('frame-ancestors', new Set(["'none'"]));
	const policy = [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
	return (res) => {
		res.setHeader('Content-Security-Policy', policy);
		res.setHeader('X-Frame-Options', 'DENY');
	};
}

const setSecurityHeaders = securityHeaders(buildDir);

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
		setSecurityHeaders(res);
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

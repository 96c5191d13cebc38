import { createServer } from 'node:http';
import sirv from 'sirv';

/**
 * Serves build/ on a free port for a measurement, as a real static host does: the build's
 * precompressed brotli and gzip files where the browser accepts them, and 200.html, the bare
 * shell, for a path without a page of its own. Returns its origin and a
 * stop function.
 */
export async function serveBuild() {
	const serve = sirv('build', { single: '200.html', etag: true, brotli: true, gzip: true });
	const server = createServer((req, res) => serve(req, res));
	await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		origin: `http://127.0.0.1:${port}`,
		stop: () => new Promise((resolve) => server.close(() => resolve(undefined)))
	};
}

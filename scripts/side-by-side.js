// Runs npm scripts at the same time and stops with an error when any of them fails:
// `node scripts/side-by-side.js lint:format lint:code check:types`. Each keeps to one processor
// core, so on a machine with several they take as long as the slowest, not as long as all of
// them together. Each one's output is shown in one piece when it ends, so nothing is interleaved.
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
if (names.length === 0) {
	console.error('Name the npm scripts to run, for example: lint:format lint:code');
	process.exit(2);
}

/**
 * Runs one npm script and collects what it writes.
 * @param {string} name
 * @returns {Promise<{ name: string, code: number, output: string, seconds: number }>}
 */
function run(name) {
	const started = Date.now();
	return new Promise((resolve) => {
		const child = spawn('npm', ['run', '--silent', name], {
			stdio: ['ignore', 'pipe', 'pipe'],
			env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' }
		});
		const chunks = [];
		child.stdout.on('data', (chunk) => chunks.push(chunk));
		child.stderr.on('data', (chunk) => chunks.push(chunk));
		child.on('close', (code) =>
			resolve({
				name,
				code: code ?? 1,
				output: Buffer.concat(chunks).toString(),
				seconds: (Date.now() - started) / 1000
			})
		);
	});
}

const failed = [];
await Promise.all(
	names.map((name) =>
		run(name).then((result) => {
			const verdict = result.code === 0 ? 'passed' : `failed (exit code ${result.code})`;
			console.log(`\n> npm run ${name}: ${verdict} after ${result.seconds.toFixed(0)} s`);
			if (result.output.trim()) console.log(result.output.trimEnd());
			if (result.code !== 0) failed.push(name);
		})
	)
);

if (failed.length > 0) {
	console.error(`\nFailed: ${failed.map((name) => `npm run ${name}`).join(', ')}`);
	process.exit(1);
}

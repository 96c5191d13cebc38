// `npm run bench`: prints nahbei's figures. Every file in this folder named *.bench.js is one
// section; each exports `title` and `run()`, which prints its figures. A figure never fails.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('build/index.html')) {
	const built = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
	if (built.status !== 0) process.exit(built.status ?? 1);
}

const only = process.argv[2];
const sections = readdirSync(new URL('.', import.meta.url))
	.filter((file) => file.endsWith('.bench.js'))
	.filter((file) => !only || file.startsWith(only))
	.sort();

for (const file of sections) {
	const section = await import(`./${file}`);
	console.log(`\n== ${section.title} ==`);
	try {
		await section.run();
	} catch (error) {
		// A broken section is reported, and the others still run.
		console.log(`  (could not measure: ${error instanceof Error ? error.message : error})`);
	}
}

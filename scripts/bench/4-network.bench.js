// Meine Menschen with a large network: 150 people and 1,000 ties — laying out the eco-map and
// computing the figures (Node, median of 20) — and opening the map page in the browser against
// the production build, for that network and for a usual one (40 people, 120 ties).
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { aPerson, aTie } from '../../tests/fixtures/builders.js';
import { median, openApp, seed } from './browser.js';

export const title = 'Meine Menschen: 150 people, 1,000 ties';

function network(count = 150, tieCount = 1000) {
	let state = 7;
	const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
	const areas = ['family', 'friends', 'quartier', 'professionals'];
	const now = '2026-11-23T10:00:00.000Z';
	const people = Array.from({ length: count }, (_, i) =>
		aPerson({
			name: `Person ${i + 1}`,
			kind: i % 10 === 0 ? 'place' : 'person',
			area: areas[Math.floor(random() * 4)],
			closeness: [1, 2, 3, 0][Math.floor(random() * 4)],
			createdAt: now
		})
	);
	const ties = new Map();
	while (ties.size < tieCount) {
		const x = people[Math.floor(random() * count)].id;
		const y = people[Math.floor(random() * count)].id;
		if (x === y) continue;
		const tie = aTie(x, y);
		ties.set(`${tie.a}|${tie.b}`, tie);
	}
	return { people, ties: [...ties.values()] };
}

export async function run() {
	const { people, ties } = network();
	// The modules import through `$lib`, which only the app's own config knows; this is enough.
	const config = {
		configFile: false,
		resolve: { alias: { $lib: fileURLToPath(new URL('../../src/lib', import.meta.url)) } }
	};
	const { module: layout } = await runnerImport('./src/lib/network/layout.ts', config);
	const { module: figures } = await runnerImport('./src/lib/network/figures.ts', config);
	const layoutTimes = [];
	const figureTimes = [];
	for (let i = 0; i < 20; i++) {
		let t0 = performance.now();
		layout.layoutEcoMap(people, { size: 600, markerRadius: 12 });
		layoutTimes.push(performance.now() - t0);
		t0 = performance.now();
		figures.computeFigures(people, ties);
		figureTimes.push(performance.now() - t0);
	}
	console.log(`  lay out the eco-map: ${median(layoutTimes).toFixed(1)} ms (median of 20, Node)`);
	console.log(`  compute every figure: ${median(figureTimes).toFixed(1)} ms (median of 20, Node)`);

	for (const [count, tieCount] of [
		[40, 120],
		[150, 1000]
	]) {
		await openMap(network(count, tieCount), count, tieCount);
	}
}

/**
 * Opens the map and then the figures from the people menu, as a person does, 5 times, each in a
 * freshly loaded app (the page's code runs for the first time in that page), and prints the
 * medians. seed() lets the app make its database first, so every table is there.
 */
async function openMap({ people, ties }, count, tieCount) {
	const app = await openApp();
	try {
		// The app makes its database when a page first reads it: the empty Meine Menschen has
		// read it once its empty list shows, so every table is there before anything is seeded.
		await app.page.goto(`${app.origin}/menschen`);
		await app.page.locator('#empty-title').waitFor();
		await seed(app.page, { people, ties });
		const pages = [
			{
				what: 'the map',
				href: '/menschen/karte',
				shown: (count) => document.querySelectorAll('main svg a').length >= count
			},
			{
				what: 'the figures',
				href: '/menschen/zahlen',
				shown: () => document.querySelectorAll('main ul.figures li').length > 0
			}
		];
		for (const { what, href, shown } of pages) {
			const scripts = [];
			const walls = [];
			for (let i = 0; i < 5; i++) {
				await app.page.goto(`${app.origin}/menschen`);
				await app.page.locator('main h1').waitFor();
				await app.page.locator('main li.person').first().waitFor();
				const before = await app.scriptSeconds();
				const start = Date.now();
				await app.page.locator(`main a[href="${href}"]`).first().click();
				await app.page.waitForFunction(shown, count);
				walls.push(Date.now() - start);
				scripts.push(((await app.scriptSeconds()) - before) * 1000);
			}
			console.log(
				`  open ${what} from the menu, ${count} people and ${tieCount} ties: ${median(scripts).toFixed(0)} ms of script (median of 5; target < 50 ms), ${median(walls)} ms until shown`
			);
		}
	} finally {
		await app.close();
	}
}

// Search on a cheap phone: with 5,000 generated offers, how long the index takes to build, how
// big it is, and how long one search takes per keystroke (typing five queries letter by letter).
import { performance } from 'node:perf_hooks';
import { runnerImport } from 'vite';

export const title = 'Angebote: search index over 5,000 offers';

const words = [
	'Mittags-Tisch',
	'Nachbarschafts-Hilfe',
	'Treff-Punkt',
	'Beratung',
	'Bücher-Halle',
	'Reparatur-Café',
	'Sitz-Gymnastik',
	'Sprach-Café',
	'Chor',
	'Garten-Projekt',
	'Einkaufs-Hilfe',
	'Fahr-Dienst',
	'Senioren-Treff',
	'Spiele-Abend',
	'Lauf-Gruppe',
	'Schulden-Beratung',
	'Tafel',
	'Apotheke',
	'Haus-Arzt',
	'Mieter-Verein',
	'Kleider-Kammer',
	'Computer-Hilfe',
	'Näh-Café'
];
const places = ['Lindenhof', 'Am Markt', 'Kirchweg', 'Stadtteil-Haus', 'Bürger-Haus', 'Park'];
const categories = ['essen', 'nachbarschaftshilfe', 'treffpunkt', 'beratung', 'lernen', 'sport'];

function generate(count) {
	let seed = 42;
	const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
	const pick = (list) => list[Math.floor(random() * list.length)];
	return Array.from({ length: count }, (_, i) => ({
		id: `offer-${i}`,
		name: `${pick(words)} ${pick(places)} ${i}`,
		description: `Hier gibt es ${pick(words)}. Kommen Sie zum ${pick(words)}. Alle sind willkommen.`,
		category: pick(categories),
		keywords: [pick(words), pick(words)]
	}));
}

function percentile(sorted, p) {
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export async function run() {
	const { module } = await runnerImport('./src/lib/offers/offer-index.ts');
	const docs = generate(5000);
	const start = performance.now();
	const index = module.createOfferIndex(docs);
	const buildMs = performance.now() - start;
	const size = Buffer.byteLength(JSON.stringify(index));
	const timings = [];
	for (const query of ['Mitagstisch', 'Einkaufshilfe', 'Bücherhalle', 'Sprach-Café', 'Reparatur']) {
		for (let length = 1; length <= query.length; length++) {
			const t0 = performance.now();
			module.searchOffers(index, query.slice(0, length));
			timings.push(performance.now() - t0);
		}
	}
	timings.sort((a, b) => a - b);
	console.log(`  index build: ${buildMs.toFixed(0)} ms`);
	console.log(`  index size (JSON): ${(size / 1024).toFixed(0)} kB`);
	console.log(
		`  search per keystroke (${timings.length} keystrokes): p50 ${percentile(timings, 50).toFixed(2)} ms, p95 ${percentile(timings, 95).toFixed(2)} ms (target p95 < 16 ms)`
	);
}

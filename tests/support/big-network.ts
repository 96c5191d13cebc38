import { readFileSync } from 'node:fs';
import { aPerson } from '../fixtures/builders.js';

/** `count` people in one area, named "Mensch 01" … in list order, as rows for the people table. */
export function manyPeople(
	count: number,
	area: 'family' | 'friends' | 'quartier' | 'professionals' = 'family'
) {
	return Array.from({ length: count }, (_, i) =>
		aPerson({ name: `Mensch ${String(i + 1).padStart(3, '0')}`, area, closeness: 2 })
	);
}

/**
 * An easyNWK map with `count` contacts, each a copy of the first contact of the demo-like
 * fixture with its own id and name: a file as big as a person might try to load.
 */
export function bigEasyNwkFile(count: number) {
	const demo = JSON.parse(
		readFileSync('tests/fixtures/network/easynwk-demo-like.json', 'utf8').replace(/^\uFEFF/, '')
	);
	const nwk = demo.versions[0].nwk;
	const first = nwk.alteri[0];
	const alteri = Array.from({ length: count }, (_, i) => ({
		...first,
		id: i + 1,
		name: `Kontakt ${i + 1}`,
		angle: ((i * 7) % 360) - 180
	}));
	return {
		name: `karte-${count}.json`,
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify({ ego: nwk.ego, alteri, connections: [] }))
	};
}

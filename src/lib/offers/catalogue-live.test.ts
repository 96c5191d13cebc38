import { readFileSync } from 'node:fs';
import { expect, it, vi } from 'vitest';
import { database } from '$lib/db/connection';
import { replaceCatalogue, setFavourite } from '$lib/db/offers-repository';
import { catalogue } from './catalogue.svelte';

// In Node, Svelte's server build never starts a subscriber, because no page reads anything: the
// test keeps what the live queries would start and plays the page that reads them.
const starts = vi.hoisted(() => [] as ((update: () => void) => (() => void) | void)[]);
vi.mock('svelte/reactivity', () => ({
	createSubscriber(start: (update: () => void) => (() => void) | void) {
		starts.push(start);
		return () => {};
	}
}));

const shipped = readFileSync('static/data/angebote.json', 'utf8');

it('follows what another tab writes while a view reads the catalogue', async () => {
	await catalogue.ensureLoaded(async () => new Response(shipped));
	const offers = catalogue.offers;
	expect(offers.length).toBeGreaterThan(3);
	const stops = starts.map((start) => start(() => {}));
	// Written straight to the database, as another tab would, without the catalogue's verbs.
	await replaceCatalogue(database(), offers.slice(0, 3), {
		stand: '2030-01-01',
		quartier: 'Lindenhof',
		source: 'import'
	});
	await setFavourite(database(), offers[0]!.id, true);
	await expect.poll(() => catalogue.offers.length).toBe(3);
	await expect.poll(() => catalogue.info?.stand).toBe('2030-01-01');
	await expect.poll(() => catalogue.favourites.has(offers[0]!.id)).toBe(true);
	for (const stop of stops) stop?.();
});

import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { database } from '$lib/db/connection';
import { replaceCatalogue } from '$lib/db/offers-repository';
import { catalogue } from './catalogue.svelte';
import { findContactPoint } from './contact-point';
import { contactPoint } from './contact-point.svelte';

// In Node, Svelte's server build never starts a subscriber, because no page reads anything: the
// test keeps what the state would start and plays the page that shows the contact point.
const starts = vi.hoisted(() => [] as ((update: () => void) => (() => void) | void)[]);
vi.mock('svelte/reactivity', () => ({
	createSubscriber(start: (update: () => void) => (() => void) | void) {
		starts.push(start);
		return () => {};
	}
}));

const shipped = readFileSync('static/data/angebote.json', 'utf8');
const expected = findContactPoint(JSON.parse(shipped));

function show(): () => void {
	const stops = starts.map((start) => start(() => {}));
	return () => stops.forEach((stop) => stop?.());
}

afterEach(() => {
	vi.unstubAllGlobals();
});

// One contact point per page life: these steps run in order on the same app state.
describe('the contact point for the start and help pages', () => {
	it('is null until a page shows it, and never opens the database on a first visit', async () => {
		const fetch = vi.fn(async () => new Response(shipped));
		vi.stubGlobal('fetch', fetch);
		expect(expected).not.toBeNull();
		expect(contactPoint.current).toBeNull();
		const hide = show();
		await expect.poll(() => contactPoint.current).toEqual(expected);
		expect(fetch).toHaveBeenCalledWith('/data/angebote.json');
		expect(catalogue.status).toBe('idle');
		hide();
	});

	it('follows the stored catalogue once there is one', async () => {
		await catalogue.ensureLoaded(async () => new Response(shipped));
		const hide = show();
		await expect.poll(() => contactPoint.current).toEqual(expected);
		const others = catalogue.offers.filter((offer) => !offer.isContactPoint);
		await replaceCatalogue(database(), others, {
			stand: '2030-01-01',
			quartier: '',
			source: 'import'
		});
		await catalogue.refresh();
		await expect.poll(() => contactPoint.current).toBeNull();
		hide();
	});
});

import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { database } from '$lib/db/connection';
import { replaceCatalogue } from '$lib/db/offers-repository';
import { catalogue } from './catalogue.svelte';
import { findContactPoint } from './contact-point';
import { contactPoint } from './contact-point.svelte';

const shipped = readFileSync('static/data/angebote.json', 'utf8');
const expected = findContactPoint(JSON.parse(shipped));

afterEach(() => {
	vi.unstubAllGlobals();
});

// One contact point per page life: these steps run in order on the same app state.
describe('the contact point for the start and help pages', () => {
	it('is null until a page asks for it, and on a first visit comes with the app: no download, no database', async () => {
		const fetch = vi.fn(async () => new Response(shipped));
		vi.stubGlobal('fetch', fetch);
		expect(expected).not.toBeNull();
		expect(contactPoint.current).toBeNull();
		void contactPoint.load();
		await expect.poll(() => contactPoint.current).toEqual(expected);
		expect(fetch).not.toHaveBeenCalled();
		expect(catalogue.status).toBe('idle');
	});

	it('follows the stored catalogue once there is one', async () => {
		await catalogue.ensureLoaded(async () => new Response(shipped));
		void contactPoint.load();
		await expect.poll(() => contactPoint.current).toEqual(expected);
		const others = catalogue.offers.filter((offer) => !offer.isContactPoint);
		await replaceCatalogue(database(), others, {
			stand: '2030-01-01',
			quartier: '',
			source: 'import'
		});
		await catalogue.refresh();
		await expect.poll(() => contactPoint.current).toBeNull();
	});
});

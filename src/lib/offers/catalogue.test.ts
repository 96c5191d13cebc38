import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { database } from '$lib/db/connection';
import { readCatalogueInfo } from '$lib/db/offers-repository';
import { catalogue } from './catalogue.svelte';

const shipped = JSON.parse(readFileSync('static/data/angebote.json', 'utf8')) as {
	nahbei: { stand: string; quartier: string };
	contents: { name: string }[];
};

function serve(file: unknown): typeof fetch {
	return (async () => new Response(JSON.stringify(file), { status: 200 })) as typeof fetch;
}

const offline: typeof fetch = async () => {
	throw new TypeError('Failed to fetch');
};

// One catalogue per page life: these steps run in order on the same app state.
describe('the catalogue on the device', () => {
	it('stores the shipped catalogue on the first visit', async () => {
		await catalogue.ensureLoaded(serve(shipped));
		expect(catalogue.status).toBe('ready');
		expect(catalogue.offers.length).toBe(shipped.contents.length);
		expect(await readCatalogueInfo(database())).toMatchObject({
			stand: shipped.nahbei.stand,
			source: 'shipped'
		});
	});

	it('keeps its catalogue when the published file is not newer', async () => {
		expect(await catalogue.checkForUpdate(serve(shipped))).toBe(false);
		expect((await readCatalogueInfo(database()))?.source).toBe('shipped');
	});

	it('keeps its catalogue when the device is offline', async () => {
		expect(await catalogue.checkForUpdate(offline)).toBe(false);
		expect(catalogue.offers.length).toBe(shipped.contents.length);
	});

	it('keeps its catalogue when the published file is broken', async () => {
		const broken = { nahbei: { stand: '2099-01-01' }, contents: [{ __proto__: 'x', id: 3 }] };
		expect(await catalogue.checkForUpdate(serve(broken))).toBe(false);
		expect((await readCatalogueInfo(database()))?.stand).toBe(shipped.nahbei.stand);
	});

	it('takes a newer published file', async () => {
		const newer = {
			...shipped,
			nahbei: { ...shipped.nahbei, stand: '2027-01-15' },
			contents: shipped.contents.slice(0, 5)
		};
		expect(await catalogue.checkForUpdate(serve(newer))).toBe(true);
		expect(await readCatalogueInfo(database())).toMatchObject({
			stand: '2027-01-15',
			source: 'update'
		});
		await expect.poll(() => catalogue.offers.length).toBe(5);
	});

	it('finds the lunch table by a misspelt search', async () => {
		await catalogue.prepareSearch();
		await catalogue.checkForUpdate(
			serve({ ...shipped, nahbei: { ...shipped.nahbei, stand: '2028-01-01' } })
		);
		await expect.poll(() => catalogue.offers.length).toBe(shipped.contents.length);
		const [first] = catalogue.search('Mitagstisch');
		expect(catalogue.find(first ?? '')?.name).toMatch(/Mittags-Tisch/);
	});
});

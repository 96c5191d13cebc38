import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { database } from '$lib/db/connection';
import { readCatalogueInfo } from '$lib/db/offers-repository';
import { settings } from '$lib/settings/settings.svelte';
import { catalogue } from './catalogue.svelte';
import { quartierIndexUrl, type QuartierEntry } from './quartier-index';

vi.mock('svelte/reactivity', async (original) => ({
	...(await original<object>()),
	...(await import('$lib/storage/live-query.test-support'))
}));

const shipped = JSON.parse(readFileSync('static/data/angebote.json', 'utf8')) as {
	nahbei: { stand: string; quartier: string };
	contents: { id: string; name: string }[];
};

// A second Quartier: three of the shipped offers under another name.
const osterbrook = {
	...shipped,
	nahbei: { stand: '2026-11-25', quartier: 'Osterbrook' },
	contents: shipped.contents.slice(0, 3)
};

const entry = (id: string, name: string, file: string, offers: number): QuartierEntry => ({
	id,
	name,
	area: 'Hamburg',
	postcodes: [],
	file,
	stand: '2026-11-20',
	bytes: 1,
	offers
});

const index = {
	quartiere: [
		entry('lindenhof', 'Lindenhof', '/data/angebote.json', shipped.contents.length),
		entry('osterbrook', 'Osterbrook', '/data/osterbrook.json', 3)
	]
};

let hold: Promise<void> | null = null;

const city = (async (url: string | URL) => {
	const path = String(url);
	await hold;
	const body =
		path === quartierIndexUrl ? index : path.startsWith('/data/osterbrook') ? osterbrook : shipped;
	return new Response(JSON.stringify(body), { status: 200 });
}) as typeof fetch;

// One catalogue per page life: these steps run in order on the same app state.
describe('a city with several Quartiere', () => {
	it('asks for a Quartier on the first visit, before it stores any offers', async () => {
		await catalogue.ensureLoaded(city);
		expect(catalogue.status).toBe('choose');
		expect(catalogue.quartiere.map((quartier) => quartier.id)).toEqual(['lindenhof', 'osterbrook']);
		expect(catalogue.canChoose).toBe(true);
		expect(await readCatalogueInfo(database())).toBeNull();
	});

	it('stores the chosen Quartier’s offers and remembers the choice', async () => {
		expect(await catalogue.chooseQuartier('lindenhof', city)).toBe('done');
		expect(catalogue.status).toBe('ready');
		expect(catalogue.offers).toHaveLength(shipped.contents.length);
		expect(catalogue.quartier?.id).toBe('lindenhof');
		expect(settings.values.quartier).toBe('lindenhof');
	});

	it('keeps the previous offers when the person stops the reading', async () => {
		let release = () => {};
		hold = new Promise((resolve) => (release = resolve));
		const reading = catalogue.chooseQuartier('osterbrook', city);
		expect(catalogue.reader.busy).toBe(true);
		catalogue.reader.cancel();
		release();
		hold = null;
		expect(await reading).toBe('cancelled');
		expect(catalogue.offers).toHaveLength(shipped.contents.length);
		expect((await readCatalogueInfo(database()))?.quartier).toBe('Lindenhof');
		expect(settings.values.quartier).toBe('lindenhof');
	});

	it('switches to another Quartier', async () => {
		expect(await catalogue.chooseQuartier('osterbrook', city)).toBe('done');
		expect(catalogue.offers).toHaveLength(3);
		expect(catalogue.info?.quartier).toBe('Osterbrook');
		expect(catalogue.quartier?.id).toBe('osterbrook');
	});

	it('refuses a Quartier the index does not name', async () => {
		expect(await catalogue.chooseQuartier('atlantis', city)).toBe('failed');
		expect(catalogue.offers).toHaveLength(3);
	});
});

import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { i18n } from '$lib/i18n/i18n.svelte';
import { announcer } from '$lib/a11y/announcer.svelte';
import { database } from '$lib/db/connection';
import { addOfferReport, getOffer, readCatalogueInfo } from '$lib/db/offers-repository';
import { saveFile } from '$lib/files/save-file';
import { storageStatus } from '$lib/storage/storage-status.svelte';
import { read } from '$lib/storage/live-query.test-support';
import { anOffer } from '../../../../tests/fixtures/builders.js';
import { catalogue } from '../catalogue.svelte';
import { catalogueEditor } from './editor.svelte';
import { reportFile } from '../report-file';
import { localDate } from './form';

// The texts checked here are not all on the start page.
beforeAll(() => i18n.loadAll());

// Live queries run while a page reads them: `read()` plays that page (Svelte's server build, which
// unit tests use, never starts them by itself).
vi.mock('svelte/reactivity', async (original) => ({
	...(await original<object>()),
	...(await import('$lib/storage/live-query.test-support'))
}));
vi.mock('$lib/files/save-file', () => ({ saveFile: vi.fn() }));

const shipped = readFileSync('static/data/angebote.json', 'utf8');

// One editor per page life: these steps run in order on the same app state.
describe('the catalogue editor', () => {
	it('opens an offer by id, and none for an unknown id', async () => {
		await catalogue.ensureLoaded(async () => new Response(shipped));
		const [first] = catalogue.offers;
		expect(await catalogueEditor.open(first!.id)).toEqual(first);
		expect(await catalogueEditor.open('unbekannt')).toBeNull();
	});

	it('saves a new offer checked today, shows it in the catalogue and says so', async () => {
		const say = vi.spyOn(announcer, 'say');
		const saved = await catalogueEditor.save(
			anOffer({ id: '', name: 'Repair-Treff', organization: { id: '', name: 'Werkstatt' } })
		);
		expect(saved?.id).toMatch(/^[0-9a-f-]{36}$/);
		expect(saved?.checkedOn).toBe(localDate());
		expect(catalogue.find(saved!.id)?.name).toBe('Repair-Treff');
		expect(say).toHaveBeenCalledWith('Repair-Treff ist gespeichert.');
	});

	it('retires an offer: it leaves the catalogue people see and stays stored', async () => {
		const offer = catalogue.offers.find((each) => each.name === 'Repair-Treff')!;
		expect(await catalogueEditor.retire(offer)).toBe(true);
		expect(catalogue.find(offer.id)).toBeUndefined();
		expect((await getOffer(database(), offer.id))?.status).toBe('inactive');
	});

	it('tells the person when an offer cannot be saved, and gives nothing', async () => {
		const console = vi.spyOn(globalThis.console, 'error').mockImplementation(() => {});
		expect(await catalogueEditor.save(anOffer({ category: 'fliegen' as 'essen' }))).toBeUndefined();
		expect(storageStatus.problem).not.toBeNull();
		storageStatus.dismiss();
		console.mockRestore();
	});

	it('plans an import without changing anything, then takes it when confirmed', async () => {
		const before = catalogue.offers.length;
		const [first] = (JSON.parse(shipped) as { contents: unknown[] }).contents;
		const file = new File([JSON.stringify([first])], 'a.json');
		const plan = await catalogueEditor.planImport([file]);
		if (typeof plan === 'symbol' || !plan.ok) throw new Error('the import was refused');
		expect(plan.pending.offers).toHaveLength(1);
		expect(catalogue.offers).toHaveLength(before);
		expect(await catalogueEditor.takeImport(plan.pending)).toBe(true);
		expect(catalogue.offers).toHaveLength(1);
		expect(catalogue.info?.source).toBe('import');
	});

	it('saves the catalogue as an HSDS file named by today and says its name', async () => {
		await catalogueEditor.export();
		const name = `nahbei-angebote-${localDate()}.json`;
		expect(saveFile).toHaveBeenCalledWith(
			expect.stringContaining('"contents"'),
			name,
			'application/json'
		);
	});

	it('follows the reports gathered on this device while a view reads them', async () => {
		const stop = read();
		await addOfferReport(database(), { offerId: 'x', reasons: ['time'], note: '' });
		await expect.poll(() => catalogueEditor.reports.length).toBe(1);
		stop();
	});

	it('reads report files people sent, and leaves out files that are no report', async () => {
		const before = catalogueEditor.reports.length;
		const file = reportFile(
			{ offerId: 'a', reasons: ['phone'], note: 'Die Nummer ist alt.' },
			'Treff',
			'2026-12-04T10:00:00.000Z'
		);
		const asFile = (text: string) => ({ size: text.length, text: async () => text });
		expect(await catalogueEditor.readReports([asFile(file.text), asFile('{"x":1}')])).toEqual({
			read: 1,
			broken: 1
		});
		expect(catalogueEditor.reports).toHaveLength(before + 1);
		expect(catalogueEditor.reports[0]).toMatchObject({ offerId: 'a', note: 'Die Nummer ist alt.' });
	});

	it('marks the catalogue as edited when an offer is saved', async () => {
		await catalogueEditor.save(anOffer({ id: '', name: 'Lauf-Treff' }));
		expect((await readCatalogueInfo(database()))?.editedAt).toEqual(expect.any(String));
	});
});

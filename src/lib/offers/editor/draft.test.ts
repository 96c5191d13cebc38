import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { i18n } from '$lib/i18n/i18n.svelte';
import { announcer } from '$lib/a11y/announcer.svelte';
import { unsavedWork } from '$lib/pwa/unsaved.svelte';
import { catalogue } from '../catalogue.svelte';
import { OfferDraft } from './draft.svelte';
import { fieldIds } from './form';

// The texts checked here are not all on the start page.
beforeAll(() => i18n.loadAll());

const shipped = readFileSync('static/data/angebote.json', 'utf8');

describe('an offer being edited', () => {
	it('starts empty for a new offer, with one time row', async () => {
		const draft = new OfferDraft();
		await draft.load('neu');
		expect(draft.status).toBe('ready');
		expect(draft.base).toBeNull();
		expect(draft.form.slots).toHaveLength(1);
	});

	it('loads an existing offer into the form, and says when there is none', async () => {
		await catalogue.ensureLoaded(async () => new Response(shipped));
		const lunch = catalogue.offers.find((offer) => /Mittags-Tisch/.test(offer.name))!;
		const draft = new OfferDraft();
		await draft.load(lunch.id);
		expect(draft.status).toBe('ready');
		expect(draft.form.name).toBe(lunch.name);
		const missing = new OfferDraft();
		await missing.load('unbekannt');
		expect(missing.status).toBe('missing');
	});

	it('adds and removes rows, names the field to focus and says what was removed', () => {
		const say = vi.spyOn(announcer, 'say');
		const draft = new OfferDraft();
		const day = draft.addSlot();
		expect(day).toBe(fieldIds.slotDay(draft.form.slots[1]!.key, 'MO'));
		const option = draft.addPrice();
		expect(option).toBe(fieldIds.priceOption(draft.form.prices[0]!.key));
		expect(unsavedWork.any).toBe(true);
		draft.removeSlot(1);
		draft.removePrice(0);
		expect(draft.form.slots).toHaveLength(1);
		expect(draft.form.prices).toHaveLength(0);
		expect(say).toHaveBeenCalledWith('Zeit 2 ist gelöscht.');
		expect(say).toHaveBeenCalledWith('Preis 1 ist gelöscht.');
		draft.forget();
		expect(unsavedWork.any).toBe(false);
	});

	it('does not save wrong input: it lists each field to fix, and counts the failed saves', async () => {
		const draft = new OfferDraft();
		await draft.load('neu');
		expect(await draft.save()).toBe(false);
		expect(draft.failedSaves).toBe(1);
		expect(draft.errorOf(fieldIds.name)).toBe('Bitte schreiben Sie den Namen vom Angebot.');
		expect(draft.summary[0]).toEqual({
			id: fieldIds.name,
			text: 'Bitte schreiben Sie den Namen vom Angebot.'
		});
		expect(draft.errorOf(fieldIds.phone)).toBeUndefined();
		expect(await draft.save()).toBe(false);
		expect(draft.failedSaves).toBe(2);
	});

	it('saves good input, forgets the unsaved mark, and retires the saved offer', async () => {
		const draft = new OfferDraft();
		await draft.load('neu');
		draft.markUnsaved();
		Object.assign(draft.form, {
			name: 'Repair-Treff',
			description: 'Hier reparieren wir zusammen.',
			organization: 'Werkstatt-Verein',
			category: 'reparieren',
			slots: [{ key: 'a', days: ['FR'], opens: '15:00', closes: '18:00' }]
		});
		expect(await draft.save()).toBe(true);
		expect(unsavedWork.any).toBe(false);
		const saved = catalogue.offers.find((offer) => offer.name === 'Repair-Treff')!;
		expect(saved.schedules).toEqual([
			{ freq: 'WEEKLY', byday: 'FR', opens_at: '15:00', closes_at: '18:00' }
		]);
		const again = new OfferDraft();
		await again.load(saved.id);
		expect(await again.retire()).toBe(true);
		expect(catalogue.find(saved.id)).toBeUndefined();
	});
});

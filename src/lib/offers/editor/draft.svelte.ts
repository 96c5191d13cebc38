// One offer being edited in the Quartier editor (or created: id "neu"), as state: the form the
// inputs bind to, its errors after a failed save, and the verbs of the form (rows of times and
// prices, save, retire). Where focus goes is the view's part; the verbs say which field is new.
import { announcer } from '$lib/a11y/announcer.svelte';
import { i18n, translate } from '$lib/i18n/i18n.svelte';
import { keptInput, unsavedWork, type KeptInput } from '$lib/pwa/unsaved.svelte';
import type { Offer } from '../offer';
import { catalogueEditor } from './editor.svelte';
import {
	emptyForm,
	emptyPrice,
	emptySlot,
	fieldIds,
	formFromOffer,
	offerFromForm,
	type FormError,
	type OfferForm
} from './form';

/** The owner name under which an unsaved offer keeps the update prompt from reloading. */
const owner = 'quartier-offer';

/** An offer being edited: load it, change the form, then save or retire it. */
export class OfferDraft {
	status = $state<'loading' | 'ready' | 'missing'>('loading');
	/** The offer as stored, or null for a new one. */
	base = $state.raw<Offer | null>(null);
	form = $state<OfferForm>(emptyForm());
	errors = $state.raw<FormError[]>([]);
	saving = $state(false);
	/** Counts failed saves, so the error summary takes focus again after each one. */
	failedSaves = $state(0);

	// What is typed is kept on every change, so a reload or a closed page gives it back.
	#kept: KeptInput<OfferForm> | null = null;

	/** Reads the offer to edit; "neu" starts an empty form. */
	async load(id: string): Promise<void> {
		this.#kept = keptInput(owner, `${owner}.${id}`);
		if (id === 'neu') {
			this.form = this.#kept.restore() ?? this.form;
			this.status = 'ready';
			return;
		}
		const offer = await catalogueEditor.open(id);
		if (!offer) {
			this.status = 'missing';
			return;
		}
		this.base = offer;
		this.form = this.#kept.restore() ?? formFromOffer(offer);
		this.status = 'ready';
	}

	/** The error of one field after a failed save, in the person's words; undefined when fine. */
	errorOf(field: string): string | undefined {
		const error = this.errors.find((each) => each.field === field);
		return error ? translate(error.key, error.values) : undefined;
	}

	/** Every error, each with the id of its field and its words, for the error summary. */
	get summary(): { id: string; text: string }[] {
		return this.errors.map((error) => ({
			id: error.field,
			text: translate(error.key, error.values)
		}));
	}

	/** Marks the form as changed, so nothing reloads it away before it is saved. */
	markUnsaved(): void {
		if (this.#kept) this.#kept.keep($state.snapshot(this.form) as OfferForm);
		else unsavedWork.set(owner, true);
	}

	/** Forgets the unsaved mark (the form is saved, retired or left). */
	forget(): void {
		this.#kept?.forget();
		unsavedWork.set(owner, false);
	}

	/** Adds an empty opening slot; gives the id of its first field. */
	addSlot(): string {
		const slot = emptySlot();
		this.form.slots.push(slot);
		this.markUnsaved();
		return fieldIds.slotDay(slot.key, 'MO');
	}

	/** Removes an opening slot and says so. */
	removeSlot(index: number): void {
		this.form.slots.splice(index, 1);
		this.markUnsaved();
		announcer.say(i18n.t('quartier.edit.slotRemoved', { number: index + 1 }));
	}

	/** Adds an empty price; gives the id of its first field. */
	addPrice(): string {
		const price = emptyPrice();
		this.form.prices.push(price);
		this.markUnsaved();
		return fieldIds.priceOption(price.key);
	}

	/** Removes a price and says so. */
	removePrice(index: number): void {
		this.form.prices.splice(index, 1);
		this.markUnsaved();
		announcer.say(i18n.t('quartier.edit.priceRemoved', { number: index + 1 }));
	}

	/**
	 * Checks the form and saves the offer (which says so). Gives whether it was saved: on wrong
	 * input `errors` says what to fix; a storage failure has been told to the person.
	 */
	async save(): Promise<boolean> {
		if (this.saving) return false;
		const result = offerFromForm($state.snapshot(this.form) as OfferForm, this.base);
		if (!result.ok) {
			this.errors = result.errors;
			this.failedSaves += 1;
			return false;
		}
		this.errors = [];
		this.saving = true;
		const saved = await catalogueEditor.save(result.offer);
		// After a save the view leaves the form: the button stays disabled on the way.
		if (saved) this.forget();
		else this.saving = false;
		return saved !== undefined;
	}

	/** Takes the offer out of the catalogue people see (which says so); gives whether it worked. */
	async retire(): Promise<boolean> {
		if (!this.base) return false;
		const done = await catalogueEditor.retire(this.base);
		if (done) this.forget();
		return done;
	}
}

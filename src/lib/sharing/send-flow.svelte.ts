/*
 * The Teilen screen's state: what the person ticks, the payload it makes (the preview shows
 * exactly what is sealed), the step (choose → confirm in helper mode → done) and the result.
 * Sending seals the payload (send.ts), notes it in the share log and says it in the live
 * region; the page only moves focus.
 */
import { announcer } from '$lib/a11y/announcer.svelte';
import type { MyLotseValues, ShareWay } from '$lib/db/share-schema';
import { saveFile } from '$lib/files/save-file';
import { helperMode } from '$lib/helper/helper-mode.svelte';
import { i18n, t, translate } from '$lib/i18n/i18n.svelte';
import { languageInfo } from '$lib/i18n/languages';
import { scheduleSentences } from '$lib/offers/offer-words';
import { countShare } from './payload';
import {
	canChoose,
	composeShare,
	deliverFile,
	isEmptyShare,
	logEntryFor,
	professionalsOf,
	recipientOf,
	sealShare,
	readShareChoices,
	toggleChosen,
	waysFor,
	type ShareChoices,
	type SendResult,
	type ShareAudience
} from './send';
import { shares } from './share-state.svelte';

type Catalogue = (typeof import('$lib/offers/catalogue.svelte'))['catalogue'];

/**
 * The offers' catalogue, once a share names an offer (`loadOffers`): before, Teilen loads
 * neither the catalogue nor the database code, and a first visit creates no database.
 */
let catalogue = $state.raw<Catalogue | null>(null);
const findOffer = (id: string) => catalogue?.find(id);

/** Where the share screen is: choosing, the person's own confirmation, or done. */
export type SendStep = 'choose' | 'confirm' | 'done';

/** Where this tab keeps the choices on Teilen (sessionStorage: a kiosk visit's end clears it). */
export const choicesStorageKey = 'nahbei.teilen.choices';

function choicesStorage(): Storage | undefined {
	try {
		return globalThis.sessionStorage;
	} catch {
		return undefined;
	}
}

function canShareFile(file: File): boolean {
	return typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] });
}

export class SendFlow {
	#takeAlong: () => boolean;

	/** Every wish goes, unless the person picks some. */
	allWishes = $state(true);
	chosenWishIds = $state<string[]>([]);
	/** The network is data about other people: nobody goes unless the person picks them. */
	personIds = $state<string[]>([]);
	/** Every saved offer goes, unless the person takes it out. */
	leftOutOfferIds = $state<string[]>([]);
	message = $state('');
	way = $state<ShareWay>('file');
	editingLotse = $state(false);

	step = $state<SendStep>('choose');
	busy = $state(false);
	result = $state.raw<SendResult | null>(null);

	/** `takeAlong`: whether a kiosk visitor takes things along to their own phone. */
	constructor(takeAlong: () => boolean) {
		this.#takeAlong = takeAlong;
	}

	get takeAlong(): boolean {
		return this.#takeAlong();
	}

	/** Whether wishes, people and "Mein Lotse" have been read. */
	get loaded(): boolean {
		return shares.stock.loaded;
	}

	get wishes() {
		return shares.stock.current.wishes;
	}

	get people() {
		return shares.stock.current.people;
	}

	get lotse(): MyLotseValues | null {
		return shares.stock.current.lotse;
	}

	readonly professionals = $derived(professionalsOf(this.people));
	readonly savedOffers = $derived(
		shares.stock.current.favouriteIds.map(findOffer).filter((offer) => offer !== undefined)
	);
	readonly offerIds = $derived(
		this.savedOffers.map((offer) => offer.id).filter((id) => !this.leftOutOfferIds.includes(id))
	);
	readonly #audience = $derived<ShareAudience>({
		takeAlong: this.takeAlong,
		lotse: this.lotse,
		ownPhone: t('share.takeAlong.recipient')
	});
	readonly recipient = $derived(recipientOf(this.#audience));
	readonly ready = $derived(canChoose(this.#audience));
	readonly ways = $derived(waysFor(this.takeAlong));
	/** Exactly what will leave the device: the preview shows this object, and it is what is sealed. */
	readonly payload = $derived(
		composeShare(
			{
				wishes: this.wishes,
				people: this.people,
				savedOffers: this.savedOffers,
				findOffer,
				describeTimes: (offer) =>
					scheduleSentences(offer, translate, languageInfo[i18n.language].intlLocale)
			},
			{
				allWishes: this.allWishes,
				chosenWishIds: this.chosenWishIds,
				personIds: this.personIds,
				offerIds: this.offerIds,
				message: this.message
			},
			this.#audience
		)
	);
	readonly counts = $derived(countShare(this.payload));
	readonly isEmpty = $derived(isEmptyShare(this.counts));

	/**
	 * Starts the screen: the choices kept in this tab before a reload, and the QR code first at a
	 * kiosk.
	 */
	start(): void {
		if (this.takeAlong) this.way = 'qr';
		this.#restore();
	}

	/**
	 * Whether anything that may be shared names an offer (a saved one, or one a wish plans with).
	 * Only then is the catalogue needed: its names and times go into the share.
	 */
	get namesOffers(): boolean {
		const { favouriteIds, wishes } = shares.stock.current;
		return (
			favouriteIds.length > 0 || wishes.some((wish) => wish.answers.quartier.offerIds.length > 0)
		);
	}

	/** Reads the catalogue for the offers the share names (once; calling again does nothing). */
	loadOffers(): void {
		void import('$lib/offers/catalogue.svelte').then((loaded) => {
			catalogue = loaded.catalogue;
			return loaded.catalogue.ensureLoaded();
		});
	}

	/** What the person chose so far (reading it makes an effect follow every change). */
	get choices(): ShareChoices {
		return {
			allWishes: this.allWishes,
			chosenWishIds: [...this.chosenWishIds],
			personIds: [...this.personIds],
			leftOutOfferIds: [...this.leftOutOfferIds],
			message: this.message,
			way: this.way
		};
	}

	/** Keeps the choices in this tab, so a reload in the middle of the steps keeps them. */
	remember(choices: ShareChoices = this.choices): void {
		try {
			choicesStorage()?.setItem(this.#choicesKey, JSON.stringify(choices));
		} catch {
			// A full or blocked storage only loses the choices on a reload.
		}
	}

	get #choicesKey(): string {
		return `${choicesStorageKey}${this.takeAlong ? '.mitnehmen' : ''}`;
	}

	#restore(): void {
		let kept: ShareChoices | null = null;
		try {
			kept = readShareChoices(choicesStorage()?.getItem(this.#choicesKey) ?? null);
		} catch {
			kept = null;
		}
		if (!kept) return;
		this.allWishes = kept.allWishes;
		this.chosenWishIds = kept.chosenWishIds;
		this.personIds = kept.personIds;
		this.leftOutOfferIds = kept.leftOutOfferIds;
		this.message = kept.message;
		if (this.ways.includes(kept.way)) this.way = kept.way;
	}

	toggleWish(id: string, checked: boolean): void {
		this.chosenWishIds = toggleChosen(this.chosenWishIds, id, checked);
	}

	/** Picks one person of the network for the share, or takes them out again. */
	togglePerson(id: string, checked: boolean): void {
		this.personIds = toggleChosen(this.personIds, id, checked);
	}

	/** Keeps one saved offer in the share, or takes it out. */
	toggleOffer(id: string, checked: boolean): void {
		this.leftOutOfferIds = toggleChosen(this.leftOutOfferIds, id, !checked);
	}

	/**
	 * Goes on from choosing. With a helper beside the person, the person confirms on a screen of
	 * their own; otherwise the share is sent. Gives the step the screen is on now.
	 */
	async next(): Promise<SendStep> {
		if (helperMode.active) {
			this.step = 'confirm';
			return this.step;
		}
		await this.send();
		return this.step;
	}

	/** Seals the share in the chosen way and notes it in the log; true when a result is there. */
	async send(): Promise<boolean> {
		if (this.busy || this.isEmpty) return false;
		this.busy = true;
		try {
			const payload = this.payload;
			const result = await sealShare(payload, this.way, {
				origin: location.origin,
				canShareFile
			});
			this.result = result;
			const entry = logEntryFor(result, payload);
			if (entry) await shares.record(entry);
			this.step = 'done';
			announcer.say(t(`share.result.ready.${result.way}`));
			return true;
		} finally {
			this.busy = false;
		}
	}

	/** After "too large for a QR code": the same share as a file. */
	async sendAsFile(): Promise<boolean> {
		this.way = 'file';
		return this.send();
	}

	/** Hands the file on: the share sheet where there is one, else a download (said aloud). */
	async deliverFile(): Promise<void> {
		const result = this.result;
		if (result?.way !== 'file') return;
		const delivered = await deliverFile(result.file, result.canShareFile, {
			share: (file) => navigator.share({ files: [file], title: t('share.result.fileTitle') }),
			save: (file) => saveFile(file, file.name)
		});
		if (delivered === 'saved') announcer.say(t('share.result.downloaded'));
	}

	/** Back to choosing, with the same choices. */
	startAgain(): void {
		this.step = 'choose';
		this.result = null;
	}

	/** "Mein Lotse" was saved in the form: the form closes. */
	lotseSaved(): void {
		this.editingLotse = false;
	}
}

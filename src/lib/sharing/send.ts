/*
 * Sending a share, step by step: what the person chose becomes one payload (the preview shows
 * exactly this object); the payload is sealed and leaves as a file with a passphrase, as a link
 * in a QR code, or as a printed page; and the share log notes what went where. Framework-free:
 * the Teilen page calls these through its state (send-flow.svelte.ts) and shows the result.
 */
import type { MyLotseValues, ShareLogInput, ShareWay } from '$lib/db/share-schema';
import type { Person } from '$lib/network/model';
import { fileDate } from '$lib/files/save-file';
import { encryptWithPassphrase, encryptWithRandomKey } from './envelope';
import { makeShareLink } from './link';
import { makePassphrase } from './passphrase';
import { splitShare } from './parts';
import {
	buildSharePayload,
	countShare,
	packSharePayload,
	type ShareCounts,
	type SharePayload,
	type ShareSources
} from './payload';
import type { QrResult } from './qr';

/** What the person ticked on the share screen. */
export interface ShareForm {
	allWishes: boolean;
	chosenWishIds: readonly string[];
	/** The people of the network the person picked, one by one. */
	personIds: readonly string[];
	/** The saved offers the person keeps in the share, one by one. */
	offerIds: readonly string[];
	message: string;
}

/**
 * Who a share goes to: "Mein Lotse", or, at a kiosk, the visitor's own phone ("take along"),
 * which needs no Lotse and signs with no name.
 */
export interface ShareAudience {
	takeAlong: boolean;
	lotse: MyLotseValues | null;
	/** The words for the visitor's own phone, as the person reads them ("Ihr Handy"). */
	ownPhone: string;
}

/** A share that is ready, in the way the person chose, or why it is not. */
export type SendResult =
	| { way: 'file'; passphrase: string; file: File; canShareFile: boolean }
	| { way: 'qr'; dataUrl: string; link: string }
	/** Too much for one QR code: a sequence of codes, each one part ("Teil 2 von 4"). */
	| { way: 'qr-parts'; codes: { dataUrl: string; link: string }[] }
	| { way: 'qr-too-large' }
	| { way: 'print'; payload: SharePayload };

/** What the person chose on Teilen so far, kept for the tab across a reload. */
export interface ShareChoices {
	allWishes: boolean;
	chosenWishIds: string[];
	personIds: string[];
	leftOutOfferIds: string[];
	message: string;
	way: ShareWay;
}

const ID = /^[A-Za-z0-9-]{1,64}$/;

function idList(value: unknown): string[] | null {
	if (!Array.isArray(value) || value.length > 10_000) return null;
	return value.every((each) => typeof each === 'string' && ID.test(each)) ? value : null;
}

/**
 * Kept choices read back, or null when there are none or they are damaged. Ids that no longer
 * exist do no harm: only the ticked items that are there take part in a share.
 */
export function readShareChoices(raw: string | null): ShareChoices | null {
	if (!raw) return null;
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		return null;
	}
	if (typeof value !== 'object' || value === null) return null;
	const record = value as Record<string, unknown>;
	const chosenWishIds = idList(record.chosenWishIds);
	const personIds = idList(record.personIds);
	const leftOutOfferIds = idList(record.leftOutOfferIds);
	const { allWishes, message, way } = record;
	if (
		typeof allWishes !== 'boolean' ||
		!chosenWishIds ||
		!personIds ||
		!leftOutOfferIds ||
		typeof message !== 'string' ||
		message.length > 10_000 ||
		(way !== 'file' && way !== 'qr' && way !== 'print')
	) {
		return null;
	}
	return { allWishes, chosenWishIds, personIds, leftOutOfferIds, message, way };
}

/** Where a sealed share can go from here, and how the device hands on a file. */
export interface SendTools {
	/** The app's address, e.g. `https://nahbei.de`: a share link opens /lotse there. */
	origin: string;
	/** Now: the file's name and the payload carry the day. */
	now?: Date;
	/** The passphrase for a file; four random words unless set. */
	passphrase?: () => string;
	/** Whether the device can hand this file to another app (the share sheet). */
	canShareFile?: (file: File) => boolean;
	/** Draws the link as a QR code; `qrcode` is loaded only when a code is drawn. */
	drawQr?: (text: string) => Promise<QrResult>;
}

/** The recipient as the screen names them: the Lotse, or the visitor's own phone. */
export function recipientOf(audience: ShareAudience): string {
	return audience.takeAlong ? audience.ownPhone : (audience.lotse?.name ?? '');
}

/** Whether the person can share yet: a kiosk visitor always, everyone else once a Lotse is set. */
export function canChoose(audience: ShareAudience): boolean {
	return audience.takeAlong || audience.lotse !== null;
}

/**
 * The ways a share can go. At a kiosk the code goes to the visitor's own phone, so the QR code
 * comes first, and nobody prints there.
 */
export function waysFor(takeAlong: boolean): ShareWay[] {
	return takeAlong ? ['qr', 'file'] : ['file', 'qr', 'print'];
}

/** The steps of the share screen, each one screen: Mein Lotse, the choice, the preview, the way. */
export type ShareStep = 'lotse' | 'choose' | 'preview' | 'way';

/** The steps a share takes; a kiosk visitor needs no Lotse, so their steps start at the choice. */
export function shareSteps(takeAlong: boolean): ShareStep[] {
	return takeAlong ? ['choose', 'preview', 'way'] : ['lotse', 'choose', 'preview', 'way'];
}

/**
 * The step number (from 1) for the address's "?schritt=", kept within the steps; without a
 * Lotse (`ready` false) every step is the first, where the Lotse is set.
 */
export function stepNumber(value: string | null, count: number, ready: boolean): number {
	const wanted = Number.parseInt(value ?? '1', 10);
	if (!ready || !Number.isFinite(wanted)) return 1;
	return Math.min(Math.max(wanted, 1), count);
}

/** The people a Lotse may be picked from: the professionals in Meine Menschen. */
export function professionalsOf(people: readonly Person[]): Person[] {
	return people.filter((person) => person.area === 'professionals');
}

/** Builds exactly what will leave the device for what the person ticked. */
export function composeShare(
	sources: ShareSources,
	form: ShareForm,
	audience: ShareAudience,
	now?: Date
): SharePayload {
	return buildSharePayload(
		sources,
		{
			wishIds: form.allWishes ? 'all' : form.chosenWishIds,
			personIds: form.personIds,
			offerIds: form.offerIds,
			message: form.message
		},
		{
			from: audience.takeAlong ? '' : (audience.lotse?.myName ?? ''),
			to: recipientOf(audience),
			purpose: audience.takeAlong ? 'take-along' : 'lotse',
			now
		}
	);
}

/** Whether a share holds nothing at all: then there is nothing to send. */
export function isEmptyShare(counts: ShareCounts): boolean {
	return counts.wishes === 0 && counts.people === 0 && counts.offers === 0 && !counts.message;
}

/** Adds or removes one item from the chosen ones, keeping the order they were ticked in. */
export function toggleChosen(chosen: readonly string[], id: string, checked: boolean): string[] {
	const without = chosen.filter((each) => each !== id);
	return checked ? [...without, id] : without;
}

/** The name of a share file: "nahbei-teilen-2026-11-23.txt". */
export function shareFileName(now: Date = new Date()): string {
	return `nahbei-teilen-${fileDate(now)}.txt`;
}

/** The words of a passphrase, one by one, as the screen shows them and read-aloud says them. */
export function passphraseWords(passphrase: string): string[] {
	return passphrase.split('-');
}

async function drawWithQrcode(text: string): Promise<QrResult> {
	const { drawQr } = await import('./qr');
	return drawQr(text);
}

/** Seals a share for the chosen way: a file with a passphrase, a QR code, or a printed page. */
export async function sealShare(
	payload: SharePayload,
	way: ShareWay,
	tools: SendTools
): Promise<SendResult> {
	if (way === 'print') return { way: 'print', payload };
	const sealed = packSharePayload(payload);
	if (way === 'file') {
		const passphrase = (tools.passphrase ?? makePassphrase)();
		const envelope = await encryptWithPassphrase(sealed, passphrase);
		const file = new File([envelope], shareFileName(tools.now), { type: 'text/plain' });
		return { way: 'file', passphrase, file, canShareFile: tools.canShareFile?.(file) ?? false };
	}
	const { envelope, key } = await encryptWithRandomKey(sealed);
	const link = makeShareLink(tools.origin, envelope, key);
	const draw = tools.drawQr ?? drawWithQrcode;
	const drawn = await draw(link);
	if (drawn.ok) return { way: 'qr', dataUrl: drawn.dataUrl, link };
	// Too much for one code: the same envelope, cut into as few codes as hold it.
	const drawnParts = new Map<string, string>();
	const links = await splitShare(tools.origin, envelope, key, async (text) => {
		const part = await draw(text);
		if (part.ok) drawnParts.set(text, part.dataUrl);
		return part.ok;
	});
	if (!links) return { way: 'qr-too-large' };
	const codes = links.map((each) => ({ link: each, dataUrl: drawnParts.get(each) ?? '' }));
	return { way: 'qr-parts', codes };
}

/**
 * The share log's note for a finished share, or null when nothing left the device (the share
 * was too large for a QR code).
 */
export function logEntryFor(result: SendResult, payload: SharePayload): ShareLogInput | null {
	if (result.way === 'qr-too-large') return null;
	const way = result.way === 'qr-parts' ? 'qr' : result.way;
	return { to: payload.to, purpose: payload.purpose, way, counts: countShare(payload) };
}

/** How a file reached the person's hands: given to another app, saved, or not at all. */
export type FileDelivery = 'shared' | 'saved' | 'cancelled';

/** The device's two ways to hand on a file. */
export interface FileHands {
	/** The share sheet (navigator.share); it rejects with AbortError when the person closes it. */
	share: (file: File) => Promise<void>;
	/** A download. */
	save: (file: File) => void;
}

/**
 * Hands a share file on: through the share sheet where the device has one, else as a download.
 * When the person closes the share sheet nothing happens; when the sheet fails, the file is
 * saved instead.
 */
export async function deliverFile(
	file: File,
	canShareFile: boolean,
	hands: FileHands
): Promise<FileDelivery> {
	if (canShareFile) {
		try {
			await hands.share(file);
			return 'shared';
		} catch (error) {
			if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
		}
	}
	hands.save(file);
	return 'saved';
}

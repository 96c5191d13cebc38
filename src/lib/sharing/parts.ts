/*
 * A share too large for one QR code travels as a sequence of codes ("Teil 2 von 4"). The
 * sealed envelope is made once, as for one code; its text (header and ciphertext, without the
 * first line) is cut into parts of nearly equal length. Each part is a link of its own:
 *
 *     <origin>/lotse#p=<share id>.<part, from 1>.<count>&k=<random key>&s=<piece of the envelope>
 *
 * The share id is 8 random base64url characters, the same in every part; every part carries
 * the key, so the parts can come in any order. The phone collects the parts and opens the
 * envelope only once all are there, joined in their order: AES-GCM then checks the whole
 * envelope, header included, so a changed byte in any part, a missing piece or parts of two
 * shares mixed under one id never open. Framework-free; the collection is kept by the page
 * (parts-store.ts keeps it in localStorage between scans).
 */
import { ENVELOPE_VERSION } from './envelope';
import { shareLinkPath } from './link';

/** The most codes one share is cut into; more would tire anyone who scans them. */
export const MAX_PARTS = 8;

/** One part of a share, as read from its link. */
export interface SharePart {
	/** The share's id, the same in every part. */
	id: string;
	/** The part's number, from 1. */
	index: number;
	count: number;
	key: string;
	piece: string;
}

/** The parts of one share collected so far. */
export interface PartCollection {
	id: string;
	count: number;
	key: string;
	/** The pieces by part number (from 1). */
	pieces: Record<number, string>;
	/** When the first part came (ms since 1970): an old collection is dropped. */
	startedAt: number;
}

/** What adding a part did: taken, already there, or refused. */
export type AddResult =
	| { ok: true; collection: PartCollection; duplicate: boolean }
	| { ok: false; problem: 'other-share' | 'damaged-part' };

const ID_PATTERN = /^[A-Za-z0-9_-]{8}$/;
const PIECE_PATTERN = /^[A-Za-z0-9_.-]+$/;
const KEY_PATTERN = /^[A-Za-z0-9_-]{43}$/;
const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A new random share id: 8 base64url characters (48 bits). */
export function newShareId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(8));
	return Array.from(bytes, (byte) => ID_ALPHABET[byte & 63]).join('');
}

/** The envelope's text without its first line and without whitespace: what the parts carry. */
export function envelopeBody(envelope: string): string {
	return envelope.split('\n').slice(1).join('').replace(/\s+/g, '');
}

/** Cuts a text into `count` pieces of nearly equal length (the first ones one longer). */
export function cutInto(text: string, count: number): string[] {
	const size = Math.floor(text.length / count);
	const longer = text.length % count;
	const pieces: string[] = [];
	let start = 0;
	for (let index = 0; index < count; index++) {
		const length = size + (index < longer ? 1 : 0);
		pieces.push(text.slice(start, start + length));
		start += length;
	}
	return pieces;
}

/** The links of a share cut into `count` parts. */
export function partLinks(
	origin: string,
	envelope: string,
	key: string,
	count: number,
	id: string = newShareId()
): string[] {
	return cutInto(envelopeBody(envelope), count).map(
		(piece, index) => `${origin}${shareLinkPath}#p=${id}.${index + 1}.${count}&k=${key}&s=${piece}`
	);
}

/**
 * The fewest parts (2 to MAX_PARTS) whose every link `fits` (one QR code holds it), with their
 * links, or null when even MAX_PARTS codes are too few.
 */
export async function splitShare(
	origin: string,
	envelope: string,
	key: string,
	fits: (text: string) => Promise<boolean>
): Promise<string[] | null> {
	const id = newShareId();
	for (let count = 2; count <= MAX_PARTS; count++) {
		const links = partLinks(origin, envelope, key, count, id);
		// The first part is the longest; all are checked all the same.
		let all = true;
		for (const link of links) {
			if (!(await fits(link))) {
				all = false;
				break;
			}
		}
		if (all) return links;
	}
	return null;
}

/** Reads a part from a link's fragment (`#p=…&k=…&s=…`), or null if the fragment is no part. */
export function readPartFragment(hash: string): SharePart | null {
	const params = new URLSearchParams(hash.replace(/^#/, ''));
	const label = params.get('p');
	const key = params.get('k');
	const piece = params.get('s');
	if (!label || !key || !piece) return null;
	const match = /^([A-Za-z0-9_-]{8})\.([1-9][0-9]?)\.([1-9][0-9]?)$/.exec(label);
	if (!match) return null;
	const [, id = '', indexText = '', countText = ''] = match;
	const index = Number(indexText);
	const count = Number(countText);
	if (count < 2 || count > MAX_PARTS || index > count) return null;
	if (!KEY_PATTERN.test(key) || !PIECE_PATTERN.test(piece)) return null;
	return { id, index, count, key, piece };
}

/** Whether a part's link is a part of a share (not one whole share). */
export function isPartFragment(hash: string): boolean {
	return new URLSearchParams(hash.replace(/^#/, '')).has('p');
}

/**
 * Adds a part to what was collected. A part of another share is refused; a part that says the
 * same share but another key or count, or the same number with another piece, is damaged (or
 * made up) and refused; the same part again changes nothing.
 */
export function addPart(
	collection: PartCollection | null,
	part: SharePart,
	now: number = Date.now()
): AddResult {
	if (!collection) {
		return {
			ok: true,
			duplicate: false,
			collection: {
				id: part.id,
				count: part.count,
				key: part.key,
				pieces: { [part.index]: part.piece },
				startedAt: now
			}
		};
	}
	if (collection.id !== part.id) return { ok: false, problem: 'other-share' };
	if (collection.count !== part.count || collection.key !== part.key) {
		return { ok: false, problem: 'damaged-part' };
	}
	const known = collection.pieces[part.index];
	if (known !== undefined) {
		return known === part.piece
			? { ok: true, duplicate: true, collection }
			: { ok: false, problem: 'damaged-part' };
	}
	return {
		ok: true,
		duplicate: false,
		collection: { ...collection, pieces: { ...collection.pieces, [part.index]: part.piece } }
	};
}

/** The numbers of the parts still missing, in order. */
export function missingParts(collection: PartCollection): number[] {
	const missing: number[] = [];
	for (let index = 1; index <= collection.count; index++) {
		if (collection.pieces[index] === undefined) missing.push(index);
	}
	return missing;
}

/**
 * The whole envelope and its key once every part is there, or null while parts are missing.
 * Nothing is checked here beyond completeness: opening the envelope checks every byte.
 */
export function joinParts(collection: PartCollection): { envelope: string; key: string } | null {
	if (missingParts(collection).length > 0) return null;
	let body = '';
	for (let index = 1; index <= collection.count; index++) body += collection.pieces[index];
	return { envelope: `NAHBEI-SHARE ${ENVELOPE_VERSION}\n${body}\n`, key: collection.key };
}

/** How long collected parts wait for the rest: one hour. */
export const PARTS_KEPT_MS = 60 * 60 * 1000;

/**
 * A collection read back from storage, or null when there is none, it is damaged or older
 * than PARTS_KEPT_MS.
 */
export function readCollection(
	raw: string | null,
	now: number = Date.now()
): PartCollection | null {
	if (!raw) return null;
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		return null;
	}
	if (typeof value !== 'object' || value === null) return null;
	const { id, count, key, pieces, startedAt } = value as Record<string, unknown>;
	if (
		typeof id !== 'string' ||
		!ID_PATTERN.test(id) ||
		typeof count !== 'number' ||
		!Number.isInteger(count) ||
		count < 2 ||
		count > MAX_PARTS ||
		typeof key !== 'string' ||
		!KEY_PATTERN.test(key) ||
		typeof startedAt !== 'number' ||
		now - startedAt > PARTS_KEPT_MS ||
		startedAt > now + 60_000 ||
		typeof pieces !== 'object' ||
		pieces === null
	) {
		return null;
	}
	const kept: Record<number, string> = {};
	for (const [index, piece] of Object.entries(pieces)) {
		const number = Number(index);
		if (!Number.isInteger(number) || number < 1 || number > count) return null;
		if (typeof piece !== 'string' || !PIECE_PATTERN.test(piece)) return null;
		kept[number] = piece;
	}
	return { id, count, key, pieces: kept, startedAt };
}

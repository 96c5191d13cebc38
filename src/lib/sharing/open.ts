/*
 * Opening a share on /lotse, step by step: a chosen file is checked before anyone types a
 * passphrase (too large, not nahbei, a newer version, cut off, a link-only share); the envelope
 * is opened with the passphrase or the link's key, telling a wrong passphrase from a damaged
 * file; and a take-along share is planned into the person's own data, new items and changed
 * ones apart. Framework-free: the page calls these through its state (open-flow.svelte.ts).
 */
import type { ImportWrites } from '$lib/db/shares-repository';
import { decryptEnvelope, readEnvelopeHeader, type DecryptOptions } from './envelope';
import type { ImportPlan } from './import-plan';
import { readSharePayload, type SharePayload } from './payload';

/** Why a share could not be opened, as the page names it ("lotse.problems.<problem>"). */
export type OpenProblem =
	| 'not-an-envelope'
	| 'future-version'
	| 'bad-iterations'
	| 'wrong-secret-or-damaged'
	| 'wrong-passphrase'
	| 'truncated'
	| 'too-large'
	| 'unsupported'
	| 'not-a-share'
	| 'too-many'
	| 'bad-content'
	| 'needs-link'
	| 'unreadable'
	// A part of a sequence of codes that belongs to another share than the parts collected.
	| 'other-share'
	// A part that cannot be read, or that contradicts the parts collected.
	| 'damaged-part'
	// Every part came, but the joined share does not open: a part was changed or damaged.
	| 'parts-damaged';

/** A share file is text of a few kilobytes; anything far larger is refused before reading. */
export const maxShareFileBytes = 25 * 1024 * 1024;

/** An opened share, or why it could not be opened. */
export type OpenResult = { ok: true; payload: SharePayload } | { ok: false; problem: OpenProblem };

/** A chosen file that waits for its passphrase, or why it cannot be opened at all. */
export type FileCheck = { ok: true; text: string } | { ok: false; problem: OpenProblem };

/** What of a chosen file the checks need. */
export type ChosenFile = Pick<Blob, 'size' | 'text'>;

/**
 * Opens an envelope with a passphrase or a link's key. A failed authentication with a typed
 * passphrase says "wrong passphrase"; without one (a link's key) the file is damaged. A share
 * from a newer nahbei says so; anything else inside is "not a share".
 */
export async function openShare(
	text: string,
	secret: string | null,
	options: DecryptOptions = {}
): Promise<OpenResult> {
	const opened = await decryptEnvelope(text, secret, options);
	if (!opened.ok) {
		const header = readEnvelopeHeader(text, options);
		const typedPassphrase =
			opened.error === 'wrong-secret-or-damaged' &&
			secret !== null &&
			header.ok &&
			header.header.key === 'passphrase';
		return { ok: false, problem: typedPassphrase ? 'wrong-passphrase' : opened.error };
	}
	const read = readSharePayload(opened.data);
	if (!read.ok) return { ok: false, problem: read.error };
	return { ok: true, payload: read.payload };
}

/** Opens a file's envelope with what the person typed; nothing typed is a wrong passphrase. */
export async function openWithPassphrase(
	text: string,
	typed: string,
	options: DecryptOptions = {}
): Promise<OpenResult> {
	if (typed.trim() === '') return { ok: false, problem: 'wrong-passphrase' };
	return openShare(text, typed, options);
}

/**
 * Checks a chosen file before the passphrase is asked for: its size, that it can be read, that
 * it is a nahbei envelope this version opens, and that it needs a passphrase (a random key only
 * travels in a link). A cut-off or oversized file is named before anyone types a passphrase.
 */
export async function checkShareFile(
	file: ChosenFile,
	options: DecryptOptions = {}
): Promise<FileCheck> {
	if (file.size > maxShareFileBytes) return { ok: false, problem: 'too-large' };
	let text: string;
	try {
		text = await file.text();
	} catch {
		return { ok: false, problem: 'unreadable' };
	}
	const header = readEnvelopeHeader(text, options);
	if (!header.ok) return { ok: false, problem: header.error };
	if (header.header.key === 'random') return { ok: false, problem: 'needs-link' };
	// Without a secret the reader stops before the slow key derivation, after its checks of
	// length and form.
	const precheck = await decryptEnvelope(text, null, options);
	if (!precheck.ok && precheck.error !== 'wrong-secret-or-damaged') {
		return { ok: false, problem: precheck.error };
	}
	return { ok: true, text };
}

/** How many items of a take-along share are new on this phone. */
export function newItemCount(plan: ImportPlan): number {
	return plan.newWishes.length + plan.newPeople.length + plan.newOfferIds.length;
}

/** An item that is on the phone in another form: the person may replace it. */
export interface ImportChange {
	id: string;
	label: string;
}

/** The changed items, wishes first, each named by its words (or `noWords` when it has none). */
export function importChanges(plan: ImportPlan, noWords: string): ImportChange[] {
	return [
		...plan.changedWishes.map((each) => ({
			id: each.incoming.id,
			label: each.incoming.text || noWords
		})),
		...plan.changedPeople.map((each) => ({ id: each.incoming.id, label: each.incoming.name }))
	];
}

/**
 * What an import writes: every new item, and a changed item only when the person chose to
 * replace it (`replace`: the ids they ticked). Items that are on the phone exactly so are not
 * written again.
 */
export function importWrites(plan: ImportPlan, replace: readonly string[]): ImportWrites {
	const chosen = new Set(replace);
	return {
		wishes: [
			...plan.newWishes,
			...plan.changedWishes
				.filter((each) => chosen.has(each.incoming.id))
				.map((each) => each.incoming)
		],
		people: [
			...plan.newPeople,
			...plan.changedPeople
				.filter((each) => chosen.has(each.incoming.id))
				.map((each) => each.incoming)
		],
		offerIds: plan.newOfferIds
	};
}

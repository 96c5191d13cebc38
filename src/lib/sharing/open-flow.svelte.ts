/*
 * The /lotse screen's state: a chosen file waiting for its passphrase, the problem shown, the
 * share that is open, and whether it is kept on this device. The checks and decisions are in
 * open.ts; this class keeps what the screen shows, says each outcome in the live region, and
 * tells the page where focus goes next (the page moves it).
 */
import { announcer } from '$lib/a11y/announcer.svelte';
import type { ReceivedShare } from '$lib/db/share-schema';
import { formatDay } from '$lib/i18n/format';
import { i18n, t } from '$lib/i18n/i18n.svelte';
import { languageInfo } from '$lib/i18n/languages';
import { readShareFragment } from './link';
import {
	addPart,
	isPartFragment,
	joinParts,
	missingParts,
	readCollection,
	readPartFragment,
	type PartCollection
} from './parts';
import {
	checkShareFile,
	openShare,
	openWithPassphrase,
	type ChosenFile,
	type OpenProblem,
	type OpenResult
} from './open';
import type { SharePayload } from './payload';
import { shares } from './share-state.svelte';

/** Where the parts of a sequence of codes wait for the rest (cleared with a kiosk visit). */
export const partsStorageKey = 'nahbei.shareParts';

function partsStorage(): Storage | undefined {
	try {
		return globalThis.localStorage;
	} catch {
		return undefined;
	}
}

function keepParts(collection: PartCollection | null): void {
	try {
		if (collection) partsStorage()?.setItem(partsStorageKey, JSON.stringify(collection));
		else partsStorage()?.removeItem(partsStorageKey);
	} catch {
		// Without storage the parts wait only in this page.
	}
}

/**
 * Where focus goes after a step: the problem, the passphrase field, the opened share's heading,
 * the file field, or the heading of the kept shares; null: it stays.
 */
export type OpenFocus = 'problem' | 'passphrase' | 'view' | 'file' | 'kept' | 'parts' | null;

export class OpenFlow {
	/** The text of a chosen file that waits for its passphrase. */
	envelopeText = $state<string | null>(null);
	passphrase = $state('');
	problem = $state<OpenProblem | null>(null);
	busy = $state(false);
	opened = $state.raw<SharePayload | null>(null);
	/** The id of the open share when it is kept on this device. */
	keptId = $state<string | null>(null);
	/** The parts of a sequence of codes collected so far, waiting for the rest. */
	parts = $state.raw<PartCollection | null>(null);

	/** The numbers of the parts still missing. */
	get missing(): number[] {
		return this.parts ? missingParts(this.parts) : [];
	}

	/** Reads the parts collected in an earlier page (another tab, or before a reload). */
	loadParts(): void {
		try {
			this.parts = readCollection(partsStorage()?.getItem(partsStorageKey) ?? null);
		} catch {
			this.parts = null;
		}
		if (!this.parts) keepParts(null);
	}

	/** Throws the collected parts away, to start again. */
	forgetParts(): OpenFocus {
		this.parts = null;
		this.problem = null;
		keepParts(null);
		announcer.say(t('lotse.parts.forgotten'));
		return 'file';
	}

	/** The shares kept on this device, the newest first. */
	get kept(): ReceivedShare[] {
		return shares.received.current;
	}

	/**
	 * Opens the share in a link's fragment (`#k=…&s=…`), if there is one. `forget` takes the key
	 * out of the address bar and the history at once; the data is in memory then.
	 */
	async openLink(hash: string, forget: () => void): Promise<OpenFocus> {
		if (isPartFragment(hash)) {
			forget();
			return this.#takePart(hash);
		}
		const fragment = readShareFragment(hash);
		if (!fragment) return null;
		forget();
		return this.#open(() => openShare(fragment.envelope, fragment.key));
	}

	/** A file was chosen (or the choice was emptied): check it, then ask for its passphrase. */
	async chooseFile(file: ChosenFile | undefined): Promise<OpenFocus> {
		this.opened = null;
		this.envelopeText = null;
		if (!file) return null;
		const checked = await checkShareFile(file);
		if (!checked.ok) return this.#showProblem(checked.problem);
		this.problem = null;
		this.envelopeText = checked.text;
		return 'passphrase';
	}

	/** Opens the chosen file with the typed passphrase. */
	async submitPassphrase(): Promise<OpenFocus> {
		const text = this.envelopeText;
		if (text === null) return null;
		return this.#open(() => openWithPassphrase(text, this.passphrase));
	}

	/** Keeps the open share on this device, apart from everything else. */
	async keep(): Promise<void> {
		if (!this.opened) return;
		const row = await shares.keep(this.opened);
		if (!row) return;
		this.keptId = row.id;
		announcer.say(t('lotse.view.keptDone'));
	}

	/** Closes the open share (a share not kept is gone then). */
	close(): OpenFocus {
		this.opened = null;
		this.keptId = null;
		announcer.say(t('lotse.view.closed'));
		return 'file';
	}

	/** Deletes a kept share; the open one closes when it is that one. */
	async removeKept(id: string): Promise<OpenFocus> {
		if (!(await shares.deleteKept(id))) return null;
		if (this.keptId === id) {
			this.opened = null;
			this.keptId = null;
		}
		announcer.say(t('lotse.kept.deleted'));
		return 'kept';
	}

	/** Shows a kept share. */
	showKept(row: ReceivedShare): OpenFocus {
		this.opened = row.payload;
		this.keptId = row.id;
		this.problem = null;
		return 'view';
	}

	/** Who shared and when: "Geteilt von Jürgen am 23. November 2026", or "Geteilt am …". */
	sharedLine(payload: SharePayload): string {
		const date = formatDay(payload.sharedAt.slice(0, 10), languageInfo[i18n.language].intlLocale);
		return payload.from
			? t('lotse.view.sharedBy', { name: payload.from, date })
			: t('lotse.view.sharedOn', { date });
	}

	async #open(open: () => Promise<OpenResult>): Promise<OpenFocus> {
		this.busy = true;
		try {
			const result = await open();
			if (!result.ok) return this.#showProblem(result.problem);
			this.problem = null;
			this.opened = result.payload;
			this.keptId = null;
			this.envelopeText = null;
			this.passphrase = '';
			announcer.say(t('lotse.view.opened'));
			return 'view';
		} finally {
			this.busy = false;
		}
	}

	/**
	 * One part of a sequence of codes: collected (the same part again changes nothing), or
	 * refused when it belongs to another share or is damaged; once all are there, the joined
	 * envelope opens and the parts are forgotten, whether it opened or not.
	 */
	async #takePart(hash: string): Promise<OpenFocus> {
		this.opened = null;
		this.keptId = null;
		const part = readPartFragment(hash);
		if (!part) return this.#showProblem('damaged-part');
		const added = addPart(this.parts, part);
		if (!added.ok) return this.#showProblem(added.problem);
		this.problem = null;
		this.parts = added.collection;
		const joined = joinParts(added.collection);
		if (!joined) {
			keepParts(added.collection);
			announcer.say(this.partsLine());
			return 'parts';
		}
		this.parts = null;
		keepParts(null);
		return this.#open(async () => {
			const result = await openShare(joined.envelope, joined.key);
			return !result.ok && result.problem === 'wrong-secret-or-damaged'
				? { ok: false, problem: 'parts-damaged' }
				: result;
		});
	}

	/** "Sie haben 2 von 4 Teilen." */
	partsHave(): string {
		const parts = this.parts;
		if (!parts) return '';
		return t('lotse.parts.have', { have: parts.count - this.missing.length, count: parts.count });
	}

	/** "Es fehlen noch Teil 1 und Teil 3." */
	partsMissing(): string {
		const names = this.missing.map((index) => t('lotse.parts.part', { index }));
		const list = new Intl.ListFormat(languageInfo[i18n.language].intlLocale, {
			type: 'conjunction'
		}).format(names);
		return t('lotse.parts.missing', { parts: list });
	}

	/** Both sentences, as the live region says them after each part. */
	partsLine(): string {
		return `${this.partsHave()} ${this.partsMissing()}`;
	}

	#showProblem(problem: OpenProblem): OpenFocus {
		this.problem = problem;
		announcer.say(t(`lotse.problems.${problem}`));
		return 'problem';
	}
}

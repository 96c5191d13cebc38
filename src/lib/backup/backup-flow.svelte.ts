/*
 * The state of "Meine Daten sichern" in Einstellungen: saving a backup (optionally protected with
 * a passphrase of 5 words), loading one (asking for its passphrase first when it is protected,
 * showing what it holds before anything is written), and deleting everything (the view asks
 * first). It reads and writes through the backup repository and tells the person when storage
 * fails; the decisions are plain functions in backup-steps.ts. Each step says where focus goes
 * next; the view moves it.
 */
import { announcer } from '$lib/a11y/announcer.svelte';
import { saveFile } from '$lib/files/save-file';
import { askPerson } from '$lib/helper/person-confirm.svelte';
import { t } from '$lib/i18n/i18n.svelte';
import { appearanceKey } from '$lib/settings/appearance';
import { settings } from '$lib/settings/settings.svelte';
import { BACKUP_PASSPHRASE_WORD_COUNT, makePassphrase } from '$lib/sharing/passphrase';
import { storageOnFirstUse } from '$lib/storage/on-first-use';
import { storageStatus } from '$lib/storage/storage-status.svelte';
import { buildBackup, type BackupProblem, type ReadBackupResult } from './backup-file';
import {
	beyondWellShown,
	farBeyondWellShown,
	makeBackupFile,
	readChosenBackup,
	restoreModeFor,
	type BeyondWellShown
} from './backup-steps';
import { openSealedBackup, type OpenSealedResult, type SealedBackupProblem } from './sealed-backup';

/** A backup that passed every check, shown to the person before it is loaded. */
export interface LoadedBackup {
	tables: Record<string, unknown[]>;
	counts: Record<string, number>;
	createdAt: string;
}

/** Where focus goes after a step: the passphrase field, the problem, the summary; null: it stays. */
export type BackupFocus = 'unlock' | 'problem' | 'summary' | null;

/** How long the person hears "done" before the app starts afresh with the restored data. */
const restartDelay = 1200;

// The database and its backup repository come with the first step of a backup, not with
// Einstellungen: a person who only changes the text size loads neither.
const storage = storageOnFirstUse('backup storage', () => import('$lib/db/backup-repository'));

export class BackupFlow {
	/** Whether the next backup is protected with a passphrase. */
	protect = $state(false);
	/** The passphrase shown for the next protected backup. */
	passphrase = $state('');
	// Raw: the rows go to IndexedDB as they are, and a deep state proxy cannot be stored there.
	loaded = $state.raw<LoadedBackup | null>(null);
	problem = $state<BackupProblem | SealedBackupProblem | null>(null);
	/** The text of a chosen file that needs its passphrase before it can be read. */
	sealedText = $state.raw<string | null>(null);
	typedPassphrase = $state('');
	opening = $state(false);
	mode = $state<'replace' | 'add'>('add');
	/** Whether the device holds data of its own (then the person chooses: add or replace). */
	existing = $state(false);
	/** Whether the person confirmed loading more than nahbei shows well. */
	confirmedMany = $state(false);
	/** Whether "Jetzt laden" was pressed before that confirmation: the box then says why. */
	askedToConfirmMany = $state(false);

	/** The tables of the loaded backup with more rows than nahbei shows well. */
	get beyond(): BeyondWellShown[] {
		return this.loaded ? beyondWellShown(this.loaded.counts) : [];
	}

	/** After the checkbox changed: a protected backup gets its passphrase at once. */
	protectChanged(): void {
		if (this.protect && this.passphrase === '')
			this.passphrase = makePassphrase(undefined, BACKUP_PASSPHRASE_WORD_COUNT);
	}

	/** Another passphrase for the next protected backup. */
	newPassphrase(): void {
		this.passphrase = makePassphrase(undefined, BACKUP_PASSPHRASE_WORD_COUNT);
	}

	/** Saves everything to one file, after the person's own yes in helper mode. */
	async save(): Promise<void> {
		// With a helper beside them, the person confirms the export on a screen of their own.
		if (!(await askPerson(t('backup.save')))) {
			announcer.say(t('backup.notSaved'));
			return;
		}
		const saved = await storageStatus.attempt(async () => {
			const { repository, db } = await storage.load();
			// Read in one transaction first; the encryption runs after it, outside IndexedDB.
			const backup = await buildBackup(await repository.readAllPersonalData(db), db.verno);
			const file = await makeBackupFile(backup, this.protect ? this.passphrase : '');
			saveFile(file.text, file.name, file.type);
			announcer.say(t('backup.saved'));
			await settings.update({ lastBackupAt: backup.createdAt }, { quiet: true });
			return true;
		});
		if (!saved) announcer.say(t('backup.saveFailed'));
	}

	/** Forgets a chosen file and what it showed. */
	reset(): void {
		this.loaded = null;
		this.problem = null;
		this.sealedText = null;
		this.typedPassphrase = '';
	}

	/** A file was chosen: a protected one asks for its passphrase, any other is read and shown. */
	async choose(file: Blob | undefined): Promise<BackupFocus> {
		this.reset();
		if (!file) return null;
		const { repository, db } = await storage.load();
		const chosen = await readChosenBackup(file, repository.personalTableNames(db), db.verno);
		if (chosen.sealed) {
			this.sealedText = chosen.text;
			return 'unlock';
		}
		return this.#show(chosen.read);
	}

	/** Opens the chosen protected file with the typed passphrase. */
	async unlock(): Promise<BackupFocus> {
		if (!this.sealedText || this.opening) return null;
		this.problem = null;
		this.opening = true;
		announcer.say(t('backup.unlocking'));
		const { repository, db } = await storage.load();
		const result = await openSealedBackup(
			this.sealedText,
			this.typedPassphrase,
			repository.personalTableNames(db),
			db.verno
		);
		this.opening = false;
		if (result.ok) {
			this.sealedText = null;
			this.typedPassphrase = '';
		}
		return this.#show(result);
	}

	/** Loads the shown backup; the app then starts afresh. False when storage failed. */
	async restore(): Promise<boolean> {
		const loaded = this.loaded;
		if (!loaded) return false;
		// More than nahbei shows well is loaded only when the person said so before.
		if (this.beyond.length > 0 && !this.confirmedMany) {
			this.askedToConfirmMany = true;
			announcer.say(t('backup.manyConfirmFirst'));
			return false;
		}
		const written = await storageStatus.attempt(() =>
			storage.use((repository, db) => repository.restorePersonalData(db, loaded.tables, this.mode))
		);
		if (written === undefined) return false;
		this.loaded = null;
		announcer.say(t('backup.restored'));
		// Settings, wishes and people all come from the restored data: start fresh.
		setTimeout(() => location.reload(), restartDelay);
		return true;
	}

	/** Deletes everything the person entered, then goes to the start page. */
	async deleteAll(): Promise<void> {
		const deleted = await storageStatus.attempt(async () => {
			const { repository, db } = await storage.load();
			await repository.deletePersonalData(db);
			localStorage.removeItem(appearanceKey);
			return true;
		});
		if (!deleted) return;
		announcer.say(t('backup.delete.done'));
		setTimeout(() => location.assign('/'), restartDelay);
	}

	async #show(result: OpenSealedResult | ReadBackupResult): Promise<BackupFocus> {
		if (!result.ok) {
			this.problem = result.problem;
			return 'problem';
		}
		// So much that nahbei could not be used with it: refused before anything is written.
		if (farBeyondWellShown(result.counts)) {
			this.problem = 'too-large';
			return 'problem';
		}
		this.confirmedMany = false;
		this.askedToConfirmMany = false;
		const existing = await storageStatus.attempt(() =>
			storage.use((repository, db) => repository.hasPersonalData(db))
		);
		if (existing === undefined) return null;
		this.existing = existing;
		this.mode = restoreModeFor(existing);
		this.loaded = {
			tables: result.backup.tables,
			counts: result.counts,
			createdAt: result.backup.createdAt
		};
		return 'summary';
	}
}

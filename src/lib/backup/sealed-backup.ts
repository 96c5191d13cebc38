/**
 * Backups protected with a passphrase. The backup data goes into the same envelope as a share
 * (see sharing/envelope.ts), marked `kind: 'backup'`: AES-GCM with a key from the passphrase.
 * Opening checks the envelope first, then the backup inside exactly as a plain file is checked.
 */
import {
	decryptEnvelope,
	encryptWithPassphrase,
	readEnvelopeHeader,
	type DecryptOptions,
	type PassphraseOptions
} from '$lib/sharing/envelope';
import { checkBackup, type BackupData, type ReadBackupResult } from './backup-file';

/** Why a protected backup could not be opened, besides the problems of any backup. */
export type SealedBackupProblem = 'wrong-passphrase' | 'damaged' | 'unsupported';

export type OpenSealedResult =
	ReadBackupResult | { ok: false; problem: SealedBackupProblem; detail?: string };

/** Seals backup data with a passphrase; returns the text of the protected file. */
export function sealBackup(
	backup: BackupData,
	passphrase: string,
	options: PassphraseOptions = {}
): Promise<string> {
	return encryptWithPassphrase(backup, passphrase, { ...options, kind: 'backup' });
}

/** Whether a file's text is a protected backup, which needs its passphrase before reading. */
export function isSealedBackup(text: string, options: DecryptOptions = {}): boolean {
	const header = readEnvelopeHeader(text, options);
	return header.ok && header.header.kind === 'backup';
}

/** Opens a protected backup and checks what it holds; nothing is written. */
export async function openSealedBackup(
	text: string,
	passphrase: string,
	tableNames: readonly string[],
	schemaVersion: number,
	options: DecryptOptions = {}
): Promise<OpenSealedResult> {
	const opened = await decryptEnvelope(text, passphrase, options);
	if (!opened.ok) {
		switch (opened.error) {
			case 'wrong-secret-or-damaged':
				return { ok: false, problem: 'wrong-passphrase' };
			case 'too-large':
				return { ok: false, problem: 'too-large' };
			case 'future-version':
				return { ok: false, problem: 'newer-version' };
			case 'unsupported':
				return { ok: false, problem: 'unsupported' };
			default:
				return { ok: false, problem: 'damaged' };
		}
	}
	if (opened.header.kind !== 'backup') return { ok: false, problem: 'not-a-backup' };
	return checkBackup(opened.data, tableNames, schemaVersion);
}

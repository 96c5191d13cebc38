/*
 * The steps of "Meine Daten sichern" that decide something, as plain functions: what file a
 * backup is saved as (plain JSON, or sealed with a passphrase), what a chosen file is (too
 * large, protected and waiting for its passphrase, or read and checked), how a restore starts,
 * and what the summary lists. The backup flow (backup-flow.svelte.ts) calls them.
 */
import { fileDate } from '$lib/files/save-file';
import { maxBackupBytes, readBackup, type BackupData, type ReadBackupResult } from './backup-file';
import { isSealedBackup, sealBackup } from './sealed-backup';

/** A backup ready to save: its text, file name and type. */
export interface BackupFile {
	text: string;
	name: string;
	type: string;
}

/** A backup file's name: "nahbei-sicherung-2026-11-23.json", or "…-geschuetzt.txt" when sealed. */
export function backupFileName(sealed: boolean, now: Date = new Date()): string {
	const date = fileDate(now);
	return sealed ? `nahbei-sicherung-${date}-geschuetzt.txt` : `nahbei-sicherung-${date}.json`;
}

/** Makes the file of a backup: sealed with the passphrase when there is one, else plain JSON. */
export async function makeBackupFile(
	backup: BackupData,
	passphrase: string,
	now: Date = new Date()
): Promise<BackupFile> {
	const sealed = passphrase !== '';
	return {
		text: sealed ? await sealBackup(backup, passphrase) : JSON.stringify(backup),
		name: backupFileName(sealed, now),
		type: sealed ? 'text/plain' : 'application/json'
	};
}

/** A chosen file: protected (its text waits for the passphrase), or read and checked. */
export type ChosenBackup =
	{ sealed: true; text: string } | { sealed: false; read: ReadBackupResult };

/**
 * Reads a chosen file. One too large to be a backup of nahbei is refused before it is read into
 * memory; a protected one waits for its passphrase; any other is read and checked completely.
 */
export async function readChosenBackup(
	file: Pick<Blob, 'size' | 'text'>,
	tableNames: readonly string[],
	schemaVersion: number
): Promise<ChosenBackup> {
	if (file.size > maxBackupBytes)
		return { sealed: false, read: { ok: false, problem: 'too-large' } };
	const text = await file.text();
	if (isSealedBackup(text)) return { sealed: true, text };
	return { sealed: false, read: readBackup(text, tableNames, schemaVersion) };
}

/**
 * How a restore starts: onto a device with data of its own the backup adds (nothing is lost
 * unless the person chooses to replace); onto an empty one it simply replaces.
 */
export function restoreModeFor(hasData: boolean): 'add' | 'replace' {
	return hasData ? 'add' : 'replace';
}

/** The tables the summary lists: only those the backup holds anything of, in file order. */
export function countsToShow(counts: Readonly<Record<string, number>>): [string, number][] {
	return Object.entries(counts).filter(([, count]) => count > 0);
}

/**
 * How many rows of each table nahbei shows well on a phone: more is loaded only when the person
 * confirms it, knowing that nahbei gets slow. Ten times more is refused (readChosenBackup).
 */
export const wellShown: Readonly<Record<string, number>> = {
	people: 500,
	ties: 5_000,
	tieAnswers: 5_000,
	snapshots: 100,
	personPhotos: 500,
	favourites: 1_000,
	offerReports: 1_000,
	wishes: 500,
	wishMedia: 1_000,
	shares: 1_000,
	received: 1_000
};

/** A table of a backup with more rows than nahbei shows well. */
export interface BeyondWellShown {
	name: string;
	count: number;
	limit: number;
}

/** The tables of a backup that hold more rows than nahbei shows well. */
export function beyondWellShown(counts: Readonly<Record<string, number>>): BeyondWellShown[] {
	return Object.entries(counts)
		.filter(([name, count]) => wellShown[name] !== undefined && count > (wellShown[name] ?? 0))
		.map(([name, count]) => ({ name, count, limit: wellShown[name] ?? 0 }));
}

/** Whether a backup holds so many rows that nahbei could not be used with it: it is refused. */
export function farBeyondWellShown(counts: Readonly<Record<string, number>>): boolean {
	return beyondWellShown(counts).some((each) => each.count > each.limit * 10);
}

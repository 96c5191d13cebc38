/** After this many days without a backup, the start page reminds the person. */
export const backupReminderDays = 14;

export interface ReminderFacts {
	hasData: boolean;
	/** navigator.storage.persisted(): false means the browser may delete the data. */
	persisted: boolean;
	lastBackupAt: string | null;
	/** Now, unless set. */
	now?: Date;
}

/** Whether to show the calm backup reminder: only when there is something to lose. */
export function shouldRemindOfBackup(facts: ReminderFacts): boolean {
	if (!facts.hasData) return false;
	if (!facts.persisted) return true;
	if (!facts.lastBackupAt) return true;
	const age = (facts.now ?? new Date()).getTime() - new Date(facts.lastBackupAt).getTime();
	return age > backupReminderDays * 24 * 60 * 60 * 1000;
}

/**
 * Safari in a browser tab (not added to the home screen) deletes a site's data after 7 days
 * without use; the reminder says so there.
 */
export function isSafariTab(userAgent: string, standalone: boolean): boolean {
	const apple = /iPhone|iPad|iPod|Macintosh/.test(userAgent);
	const safari = /Safari/.test(userAgent) && !/Chrome|CriOS|FxiOS|EdgiOS|Android/.test(userAgent);
	return apple && safari && !standalone;
}

/*
 * Whether the start page shows the calm reminder to make a backup: only when there is
 * something to lose (see shouldRemindOfBackup), never on a kiosk, and not again in this visit
 * after "Später".
 */
import { hasPersonalData } from '$lib/db/backup-repository';
import { database } from '$lib/db/connection';
import { kiosk } from '$lib/kiosk/kiosk.svelte';
import { settings } from '$lib/settings/settings.svelte';
import { isSafariTab, shouldRemindOfBackup } from './reminder';

const laterKey = 'nahbei.reminderLater';

export class BackupReminderState {
	/** Whether the reminder shows. */
	show = $state(false);
	/** Whether it adds that Safari in a tab deletes the data after 7 days without use. */
	safari = $state(false);

	/** Looks whether there is something to lose that no backup keeps yet. */
	async check(): Promise<void> {
		// A kiosk deletes every visit; visitors take things along at the end instead.
		if (kiosk.active || sessionStorage.getItem(laterKey)) return;
		try {
			const persisted = (await navigator.storage?.persisted?.()) ?? false;
			this.show = shouldRemindOfBackup({
				hasData: await hasPersonalData(database()),
				persisted,
				lastBackupAt: settings.values.lastBackupAt
			});
			const standalone = matchMedia('(display-mode: standalone)').matches;
			this.safari = isSafariTab(navigator.userAgent, standalone);
		} catch {
			// Without storage there is nothing to back up; the storage message says the rest.
		}
	}

	/** "Später": hidden for the rest of this visit. */
	later(): void {
		sessionStorage.setItem(laterKey, '1');
		this.show = false;
	}
}

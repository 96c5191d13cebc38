import { describe, expect, it } from 'vitest';
import { isSafariTab, shouldRemindOfBackup } from './reminder';

const now = new Date('2026-11-23T12:00:00Z');

describe('the backup reminder', () => {
	it('stays quiet while there is nothing to lose', () => {
		expect(
			shouldRemindOfBackup({ hasData: false, persisted: false, lastBackupAt: null, now })
		).toBe(false);
	});

	it('speaks up when the browser may delete the data', () => {
		expect(
			shouldRemindOfBackup({
				hasData: true,
				persisted: false,
				lastBackupAt: now.toISOString(),
				now
			})
		).toBe(true);
	});

	it('speaks up when there never was a backup', () => {
		expect(shouldRemindOfBackup({ hasData: true, persisted: true, lastBackupAt: null, now })).toBe(
			true
		);
	});

	it('waits 14 days after a backup', () => {
		const thirteenDays = new Date(now.getTime() - 13 * 86_400_000).toISOString();
		const fifteenDays = new Date(now.getTime() - 15 * 86_400_000).toISOString();
		expect(
			shouldRemindOfBackup({ hasData: true, persisted: true, lastBackupAt: thirteenDays, now })
		).toBe(false);
		expect(
			shouldRemindOfBackup({ hasData: true, persisted: true, lastBackupAt: fifteenDays, now })
		).toBe(true);
	});
});

describe('Safari in a tab', () => {
	const iphoneSafari =
		'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1';
	const iphoneChrome =
		'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/120.0 Mobile/15E148 Safari/604.1';
	const android =
		'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36';

	it('is Safari on an iPhone, not added to the home screen', () => {
		expect(isSafariTab(iphoneSafari, false)).toBe(true);
		expect(isSafariTab(iphoneSafari, true)).toBe(false);
	});

	it('is not Chrome on an iPhone or Android', () => {
		expect(isSafariTab(iphoneChrome, false)).toBe(false);
		expect(isSafariTab(android, false)).toBe(false);
	});
});

import { announcer } from '$lib/a11y/announcer.svelte';
import { database } from '$lib/db/connection';
import { requestPersistentStorage } from '$lib/db/persistence';
import { defaultSettings, type SettingsValues } from '$lib/db/settings-schema';
import { loadSettings, saveSettings } from '$lib/db/settings-repository';
import { storageStatus } from '$lib/db/storage-status.svelte';
import { i18n } from '$lib/i18n/i18n.svelte';
import { applyAppearance, rememberAppearance } from './appearance';

/** The person's settings as app-wide state; every change is saved at once. */
class AppSettings {
	values = $state<SettingsValues>({ ...defaultSettings });
	loaded = $state(false);

	/** Reads the saved settings and applies them to the page. */
	async load(): Promise<void> {
		try {
			this.values = await loadSettings(database());
		} catch (error) {
			storageStatus.reportError(error);
		}
		await this.#apply();
		this.loaded = true;
	}

	/** Saves one or more settings, applies them, and says "Gespeichert." */
	async update(change: Partial<SettingsValues>, { quiet = false } = {}): Promise<void> {
		const before = this.values;
		this.values = { ...before, ...change };
		await this.#apply();
		try {
			this.values = await saveSettings(database(), change);
			if (!quiet) announcer.say(i18n.t('announce.saved'));
			void requestPersistentStorage();
		} catch (error) {
			// Nothing was written: show what is really stored, and say why.
			this.values = before;
			await this.#apply();
			storageStatus.reportError(error);
		}
	}

	async #apply(): Promise<void> {
		i18n.setCompoundStyle(this.values.compoundStyle);
		await i18n.setLanguage(this.values.language);
		if (typeof document === 'undefined') return;
		applyAppearance(document.documentElement, this.values);
		rememberAppearance(globalThis.localStorage, this.values);
	}
}

export const settings = new AppSettings();

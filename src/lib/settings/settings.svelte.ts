import { announcer } from '$lib/a11y/announcer.svelte';
import { requestPersistentStorage } from '$lib/db/persistence';
import { databaseMayExist } from '$lib/db/presence';
import type { SettingsValues } from '$lib/db/settings-schema';
import { defaultSettings } from '$lib/db/settings-values';
import { storageStatus } from '$lib/storage/storage-status.svelte';
import { i18n } from '$lib/i18n/i18n.svelte';
import { hasKioskRecord } from '$lib/kiosk/limits';
import { unsavedWork } from '$lib/pwa/unsaved.svelte';
import { applyAppearance, rememberAppearance } from './appearance';

/**
 * The database code, loaded on first use: a first visit to the start page has nothing stored,
 * so it does not download the database engine.
 */
async function storage() {
	const [{ database, openDatabase }, repository, { LiveQuery }] = await Promise.all([
		import('$lib/db/connection'),
		import('$lib/db/settings-repository'),
		import('$lib/storage/live-query.svelte')
	]);
	return { database, openDatabase, LiveQuery, ...repository };
}

type Storage = Awaited<ReturnType<typeof storage>>;

/**
 * A change not yet saved, kept in localStorage from the moment it is made until IndexedDB has
 * it. Saving waits for the database code to load; a page reloaded or left in that moment would
 * otherwise forget the choice. The next start saves it.
 */
const pendingKey = 'nahbei.settings.pending';

function pendingText(): string | null {
	try {
		return globalThis.localStorage?.getItem(pendingKey) ?? null;
	} catch {
		return null;
	}
}

/** The waiting change as written; it is checked before it is applied (`readPending`). */
function pendingAsWritten(text = pendingText()): Record<string, unknown> {
	try {
		const value: unknown = JSON.parse(text ?? '{}');
		return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
	} catch {
		return {};
	}
}

/** The waiting change, checked; the schema loads only when something waits. */
async function readPending(): Promise<Partial<SettingsValues>> {
	const text = pendingText();
	if (!text) return {};
	const { readPendingSettings } = await import('$lib/db/settings-schema');
	return readPendingSettings(pendingAsWritten(text));
}

function writePending(values: Record<string, unknown> | null): void {
	try {
		if (values) globalThis.localStorage?.setItem(pendingKey, JSON.stringify(values));
		else globalThis.localStorage?.removeItem(pendingKey);
	} catch {
		// Without localStorage the change is saved as before, only without this safety net.
	}
}

/** The person's settings as app-wide state; every change is saved at once. */
class AppSettings {
	values = $state<SettingsValues>({ ...defaultSettings });
	loaded = $state(false);
	#watching = false;
	/** Changes made here and not yet saved; `#queue` saves them in order. */
	#saving = 0;
	#queue: Promise<void> = Promise.resolve();

	/** Reads the saved settings and applies them to the page. */
	async load(): Promise<void> {
		let store: Storage | null = null;
		try {
			// Nothing stored yet means the defaults: no need to create the database for that.
			if (await databaseMayExist()) {
				store = await storage();
				// Opening first, so a failed upgrade is told as such and nothing else starts.
				await store.openDatabase();
				this.values = await store.loadSettings(store.database());
			}
		} catch (error) {
			store = null;
			storageStatus.reportError(error);
		}
		const pending = await readPending();
		if (Object.keys(pending).length > 0 && !storageStatus.problem) {
			await this.update(pending, { quiet: true });
		} else {
			await this.#apply();
		}
		// Watching starts after a pending change is saved, so an older stored value cannot
		// overtake it.
		if (store) this.#watch(store);
		this.loaded = true;
	}

	// Follows changes made in another tab, so both show the same language, size and colours,
	// for as long as the app runs.
	#watch(store: Storage): void {
		if (this.#watching || typeof window === 'undefined') return;
		this.#watching = true;
		const stored = new store.LiveQuery(() => store.loadSettings(store.database()), {
			initial: null,
			// Any storage problem is already told where the app reads or writes.
			reportErrors: false,
			onResult: (values) => this.#follow(values)
		});
		stored.follow();
	}

	#follow(stored: SettingsValues | null): void {
		// While this tab still saves, the database may show an older state.
		if (!stored || this.#saving > 0) return;
		const keys = Object.keys(stored) as (keyof SettingsValues)[];
		if (keys.every((key) => stored[key] === this.values[key])) return;
		this.values = stored;
		void this.#apply();
	}

	/**
	 * Shows the app with the default settings without opening the database, and leaves no copy
	 * in localStorage: the kiosk's welcome screen, before a visitor has started.
	 */
	async useDefaults(): Promise<void> {
		this.values = { ...defaultSettings };
		await i18n.setLanguage(this.values.language);
		if (typeof document !== 'undefined') applyAppearance(document.documentElement, this.values);
	}

	/** Saves one or more settings, applies them, and says "Gespeichert." */
	async update(change: Partial<SettingsValues>, { quiet = false } = {}): Promise<void> {
		const keys = Object.keys(change) as (keyof SettingsValues)[];
		const previous = Object.fromEntries(keys.map((key) => [key, this.values[key]]));
		this.values = { ...this.values, ...change };
		writePending({ ...pendingAsWritten(), ...change });
		await this.#apply();
		// Saves run one after another, in the order the changes were made: two quick choices
		// (a language, then a theme) are both kept, and neither save undoes the other.
		this.#saving += 1;
		const saved = this.#queue.then(() => this.#save(change, previous, quiet));
		this.#queue = saved;
		unsavedWork.set('settings', true);
		unsavedWork.onSaveNow('settings', () => this.#queue);
		await saved;
		if (this.#saving === 0) unsavedWork.set('settings', false);
	}

	async #save(
		change: Partial<SettingsValues>,
		previous: Partial<SettingsValues>,
		quiet: boolean
	): Promise<void> {
		try {
			const store = await storage();
			const stored = await store.saveSettings(store.database(), change);
			this.#saving -= 1;
			// Once nothing else waits, what is stored is what the person chose.
			if (this.#saving === 0) {
				writePending(null);
				this.values = stored;
			}
			this.#watch(store);
			if (!quiet) announcer.say(i18n.t('announce.saved'));
			// Any kiosk record counts here, even a damaged one: asking once too seldom does no harm.
			void requestPersistentStorage({ kiosk: hasKioskRecord() });
		} catch (error) {
			this.#saving -= 1;
			if (this.#saving === 0) writePending(null);
			// Nothing of this change was written: show what is really stored, and say why.
			this.values = { ...this.values, ...previous };
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

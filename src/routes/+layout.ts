import { browser } from '$app/environment';
import { i18n } from '$lib/i18n/i18n.svelte';
import { textPartsFor } from '$lib/i18n/locale-split';
// Every page draws through it: kept in the file every page loads.
import '$lib/pwa/page-task';
import { appLock } from '$lib/kiosk/app-lock.svelte';
import { kiosk } from '$lib/kiosk/kiosk.svelte';
import { settings } from '$lib/settings/settings.svelte';

// A static, offline-first app: every page is prerendered with its shell, its heading and its
// fixed texts in Leichte Sprache, so the first paint needs no script. The person's data comes
// from IndexedDB after the app has started in the browser.
export const ssr = true;
export const prerender = true;
export const trailingSlash = 'never';

export async function load({ url }) {
	// Prerendering writes every page in Leichte Sprache, with every text it needs.
	if (!browser) {
		await i18n.loadAll();
		return {};
	}
	if (!settings.loaded) {
		// The page built ahead of time has painted already: its start-up script waits for that
		// (lib/pwa/start-after-paint.ts).
		await kiosk.init();
		// Settings are applied before the first page renders: no flash of the wrong language.
		// A kiosk's welcome screen leaves the database alone until a visitor starts.
		if (kiosk.usesDatabase) await settings.load();
		else await settings.useDefaults();
		// The lock comes before the first page is drawn, so nothing behind it shows even briefly.
		appLock.init();
	}
	// The start page's texts are in the first download; every other page waits for the text
	// parts it needs. Each page then draws itself in a task of its own (lib/pwa/page-task.ts).
	const parts = textPartsFor(url.pathname);
	if (parts.length > 0) await i18n.loadParts(parts);
	return {};
}

import { browser } from '$app/environment';
import { appLock } from '$lib/kiosk/app-lock.svelte';
import { kiosk } from '$lib/kiosk/kiosk.svelte';
import { settings } from '$lib/settings/settings.svelte';

// A static, offline-first app: every page is a prerendered shell rendered in the browser.
export const ssr = false;
export const prerender = true;
export const trailingSlash = 'never';

export async function load() {
	if (!browser || settings.loaded) return {};
	kiosk.init();
	// Settings are applied before the first page renders: no flash of the wrong language.
	// A kiosk's welcome screen leaves the database alone until a visitor starts.
	if (kiosk.usesDatabase) await settings.load();
	else await settings.useDefaults();
	// The lock comes before the first page is drawn, so nothing behind it shows even briefly.
	appLock.init();
	return {};
}

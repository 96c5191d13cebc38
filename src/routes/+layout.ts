import { browser } from '$app/environment';
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
	return {};
}

import { browser } from '$app/environment';
import { settings } from '$lib/settings/settings.svelte';

// A static, offline-first app: every page is a prerendered shell rendered in the browser.
export const ssr = false;
export const prerender = true;
export const trailingSlash = 'never';

export async function load() {
	// Settings are applied before the first page renders: no flash of the wrong language.
	if (browser && !settings.loaded) await settings.load();
	return {};
}

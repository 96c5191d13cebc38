import { browser } from '$app/environment';
import { i18n } from '$lib/i18n/i18n.svelte';
import { settings } from '$lib/settings/settings.svelte';

// A static, offline-first app: every page is a prerendered shell rendered in the browser.
export const ssr = false;
export const prerender = true;
export const trailingSlash = 'never';

export async function load({ url }) {
	// Settings are applied before the first page renders: no flash of the wrong language.
	if (browser && !settings.loaded) await settings.load();
	// The start page's texts are in the first download; every other page waits for the rest.
	if (browser && url.pathname !== '/') await i18n.loadAll();
	return {};
}

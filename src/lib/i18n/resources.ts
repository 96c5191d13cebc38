import ls from './locales/de-x-ls.json';
import type { LanguageCode } from './languages';

export type Messages = typeof ls;

/** Leichte Sprache, the default, is in the app's first download. */
export const defaultMessages: Messages = ls;

/**
 * The other languages are separate files of the same build: loaded only when chosen, and
 * precached by the service worker like every other file, so they work offline too.
 */
export const loadMessages: Record<LanguageCode, () => Promise<Messages>> = {
	'de-x-ls': async () => ls,
	de: async () => (await import('./locales/de.json')).default,
	en: async () => (await import('./locales/en.json')).default,
	// Plural forms differ by language (Arabic has six), so these files have other keys.
	tr: async () => (await import('./locales/tr.json')).default as unknown as Messages,
	ar: async () => (await import('./locales/ar.json')).default as unknown as Messages,
	uk: async () => (await import('./locales/uk.json')).default as unknown as Messages
};

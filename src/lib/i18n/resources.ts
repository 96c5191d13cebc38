import start from 'virtual:nahbei/messages-start';
import { joinMessages } from './locale-split';
import type { LanguageCode } from './languages';
import type ls from './locales/de-x-ls.json';

export type Messages = typeof ls;

/**
 * Leichte Sprache, the default, comes in two parts (see locale-split.ts): the start part is in
 * the app's first download, the later part comes with the first page after the start page.
 */
export const startMessages = start as Partial<Messages>;

export const loadLaterMessages = async () =>
	(await import('virtual:nahbei/messages-later')).default as Partial<Messages>;

/**
 * Every language as a whole. The other languages are separate files of the same build: loaded
 * only when chosen, and precached by the service worker like every other file, so they work
 * offline too.
 */
export const loadMessages: Record<LanguageCode, () => Promise<Messages>> = {
	'de-x-ls': async () => joinMessages(start, await loadLaterMessages()) as Messages,
	de: async () => (await import('./locales/de.json')).default,
	en: async () => (await import('./locales/en.json')).default,
	// Plural forms differ by language (Arabic has six), so these files have other keys.
	tr: async () => (await import('./locales/tr.json')).default as unknown as Messages,
	ar: async () => (await import('./locales/ar.json')).default as unknown as Messages,
	uk: async () => (await import('./locales/uk.json')).default as unknown as Messages
};

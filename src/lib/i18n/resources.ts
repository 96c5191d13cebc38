import start from 'virtual:nahbei/messages-start';
import { joinMessages, textPartNames, type MessageTree, type TextPart } from './locale-split';
import type { LanguageCode } from './languages';
import type ls from './locales/de-x-ls.json';

export type Messages = typeof ls;

/**
 * Leichte Sprache, the default, comes in parts (see locale-split.ts): the start part is in the
 * app's first download, each text part comes with the first page that needs it.
 */
export const startMessages = start as Partial<Messages>;

// Written out one by one, so the build sees each part as a file of its own.
export const loadTextPart: Record<TextPart, () => Promise<MessageTree>> = {
	wishes: async () => (await import('virtual:nahbei/messages-part-wishes')).default,
	people: async () => (await import('virtual:nahbei/messages-part-people')).default,
	peoplePages: async () => (await import('virtual:nahbei/messages-part-peoplePages')).default,
	offers: async () => (await import('virtual:nahbei/messages-part-offers')).default,
	share: async () => (await import('virtual:nahbei/messages-part-share')).default,
	more: async () => (await import('virtual:nahbei/messages-part-more')).default
};

async function wholeLeichteSprache(): Promise<Messages> {
	const parts = await Promise.all(textPartNames.map((name) => loadTextPart[name]()));
	return parts.reduce((whole, part) => joinMessages(whole, part), start) as Messages;
}

/**
 * Every language as a whole. The other languages are separate files of the same build: loaded
 * only when chosen, and precached by the service worker like every other file, so they work
 * offline too.
 */
export const loadMessages: Record<LanguageCode, () => Promise<Messages>> = {
	'de-x-ls': wholeLeichteSprache,
	de: async () => (await import('./locales/de.json')).default,
	en: async () => (await import('./locales/en.json')).default,
	// Plural forms differ by language (Arabic has six), so these files have other keys.
	tr: async () => (await import('./locales/tr.json')).default as unknown as Messages,
	ar: async () => (await import('./locales/ar.json')).default as unknown as Messages,
	uk: async () => (await import('./locales/uk.json')).default as unknown as Messages
};

import type { Handle } from '@sveltejs/kit';
import { withOwnTitle } from '$lib/components/PageTitle/own-title';
import { withFontPreloads } from '$lib/pwa/font-preload';

// Every page built ahead of time keeps only its own document title and asks for its font early.
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => withFontPreloads(withOwnTitle(html)) });

import type { Handle } from '@sveltejs/kit';
import { withOwnTitle } from '$lib/components/PageTitle/own-title';
import { withFontPreloads } from '$lib/pwa/font-preload';
import { withStartAfterPaint } from '$lib/pwa/start-after-paint';
import { builtImports } from '$lib/pwa/built-imports.server';

const importsOf = builtImports();

// Every page built ahead of time keeps only its own document title, asks for its font early, and
// asks for the app's scripts only after its first paint, then runs them one file per task.
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			withStartAfterPaint(withFontPreloads(withOwnTitle(html)), importsOf)
	});

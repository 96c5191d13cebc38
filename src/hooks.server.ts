import type { Handle } from '@sveltejs/kit';
import { withOwnTitle } from '$lib/components/PageTitle/own-title';

// Every page built ahead of time keeps only its own document title.
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => withOwnTitle(html) });

/*
 * A share inside a link: `<origin>/lotse#k=<random key>&s=<envelope body>`. Everything after
 * '#' stays in the browser and is never sent to a server, so the key travels with the data but
 * no server ever sees either. The envelope's first line (`NAHBEI-SHARE 1`) is left out to save
 * room in a QR code; the fragment's own form is that version's.
 */
import { ENVELOPE_VERSION } from './envelope';

/** The path a share link opens. */
export const shareLinkPath = '/lotse';

/** Makes the link for an envelope sealed with a random key. */
export function makeShareLink(origin: string, envelope: string, key: string): string {
	const body = envelope.split('\n').slice(1).join('').replace(/\s+/g, '');
	return `${origin}${shareLinkPath}#k=${key}&s=${body}`;
}

/** Reads a link's fragment back into the envelope text and its key, or null if it holds none. */
export function readShareFragment(hash: string): { envelope: string; key: string } | null {
	const params = new URLSearchParams(hash.replace(/^#/, ''));
	const key = params.get('k');
	const body = params.get('s');
	if (!key || !body) return null;
	return { envelope: `NAHBEI-SHARE ${ENVELOPE_VERSION}\n${body}\n`, key };
}

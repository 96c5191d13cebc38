/*
 * The QR code of a share link. Level M (about 15 % of the code may be damaged) and at most
 * version 20 (97 × 97 modules), which phone cameras still read from a screen; a larger share
 * does not fit and goes as a file instead. `qrcode` is loaded only when a code is drawn.
 */

/** The largest QR version nahbei draws. */
export const MAX_QR_VERSION = 20;

/** A drawn QR code, or the reason there is none. */
export type QrResult =
	{ ok: true; dataUrl: string; version: number } | { ok: false; error: 'too-large' };

/** The QR version a text needs at level M, or null if it needs more than MAX_QR_VERSION. */
export async function qrVersionFor(text: string): Promise<number | null> {
	const { create } = await import('qrcode');
	try {
		const version = create(text, { errorCorrectionLevel: 'M' }).version;
		return version <= MAX_QR_VERSION ? version : null;
	} catch {
		// Longer than even version 40 holds.
		return null;
	}
}

/** Draws a QR code for the text as a PNG data URL, or says it is too large. */
export async function drawQr(text: string): Promise<QrResult> {
	const version = await qrVersionFor(text);
	if (version === null) return { ok: false, error: 'too-large' };
	const { toDataURL } = await import('qrcode');
	const dataUrl = await toDataURL(text, {
		errorCorrectionLevel: 'M',
		version,
		margin: 4,
		scale: 6,
		color: { dark: '#000000', light: '#ffffff' }
	});
	return { ok: true, dataUrl, version };
}

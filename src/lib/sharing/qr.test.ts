import { create } from 'qrcode';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { ayse, lunch, makeWish } from '../../../tests/fixtures/sharing/share-data';
import { decryptEnvelope, encryptWithRandomKey } from './envelope';
import { makeShareLink, readShareFragment } from './link';
import {
	buildSharePayload,
	defaultShareChoice,
	packSharePayload,
	readSharePayload
} from './payload';
import { emptyWish } from '$lib/wishes/model';
import { drawQr, MAX_QR_VERSION, qrVersionFor } from './qr';

// Paints the code's modules as black and white pixels, with the quiet zone a reader needs.
function render(text: string, scale = 4, margin = 4) {
	const { modules } = create(text, { errorCorrectionLevel: 'M' });
	const size = (modules.size + margin * 2) * scale;
	const pixels = new Uint8ClampedArray(size * size * 4).fill(255);
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) {
			const row = Math.floor(y / scale) - margin;
			const col = Math.floor(x / scale) - margin;
			const dark =
				row >= 0 && col >= 0 && row < modules.size && col < modules.size && modules.get(row, col);
			if (dark) pixels.fill(0, (y * size + x) * 4, (y * size + x) * 4 + 3);
		}
	}
	return { pixels, size };
}

// A typical take-along from the kiosk: two wishes with their first steps.
const payload = buildSharePayload(
	{
		wishes: [
			makeWish('5b0c6d1e-2f3a-4b4c-8d5e-6f7a8b9c0d1e', 'Ich möchte schwimmen.', {
				answers: emptyWish().answers
			}),
			makeWish('9e8d7c6b-5a4f-4e3d-9c2b-1a0f9e8d7c6b', 'Ich möchte kochen.', {
				answers: emptyWish().answers,
				firstStep: { text: 'Rezept suchen', date: null }
			})
		],
		people: [ayse],
		savedOffers: [lunch]
	},
	{ ...defaultShareChoice(), offerIds: [] },
	{ from: 'Jürgen', to: 'Ich', purpose: 'take-along' }
);

describe('a share link', () => {
	it('carries the envelope and its key in the fragment', async () => {
		const { envelope, key } = await encryptWithRandomKey(packSharePayload(payload));
		const link = makeShareLink('https://nahbei.example', envelope, key);
		const url = new URL(link);
		expect(url.pathname).toBe('/lotse');
		expect(url.search).toBe('');
		const back = readShareFragment(url.hash);
		const opened = await decryptEnvelope(back?.envelope, back?.key);
		expect(opened.ok && readSharePayload(opened.data)).toEqual({ ok: true, payload });
	});

	it('gives nothing for a fragment without a share', () => {
		expect(readShareFragment('')).toBeNull();
		expect(readShareFragment('#k=abc')).toBeNull();
		expect(readShareFragment('#inhalt')).toBeNull();
	});
});

describe('the QR code of a share', () => {
	it('decodes, opens and reads back to the same payload', async () => {
		const { envelope, key } = await encryptWithRandomKey(packSharePayload(payload));
		const link = makeShareLink('http://localhost:4173', envelope, key);
		const version = await qrVersionFor(link);
		expect(version).not.toBeNull();
		expect(version).toBeLessThanOrEqual(MAX_QR_VERSION);
		const { pixels, size } = render(link);
		const code = jsQR(pixels, size, size);
		expect(code?.data).toBe(link);
		const back = readShareFragment(new URL(code?.data ?? '').hash);
		const opened = await decryptEnvelope(back?.envelope, back?.key);
		expect(opened.ok && readSharePayload(opened.data)).toEqual({ ok: true, payload });
	});

	it('is drawn as a PNG image', async () => {
		const result = await drawQr('https://nahbei.example/lotse#k=a&s=b');
		expect(result.ok && result.dataUrl.startsWith('data:image/png;base64,')).toBe(true);
	});

	it('says a share is too large instead of drawing past version 20', async () => {
		const big = 'x'.repeat(700);
		expect(await qrVersionFor(big)).toBeNull();
		expect(await drawQr(big)).toEqual({ ok: false, error: 'too-large' });
		expect(await drawQr('y'.repeat(5000))).toEqual({ ok: false, error: 'too-large' });
	});
});

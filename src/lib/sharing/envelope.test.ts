import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	decryptEnvelope,
	encryptWithPassphrase,
	encryptWithRandomKey,
	MAX_ENVELOPE_CHARS,
	readEnvelopeHeader,
	type EnvelopeError
} from './envelope';

// Real envelopes need 600,000 PBKDF2 iterations; most tests use 1,000 through the test-only
// option, so that a hundred runs take a second instead of a minute.
const fast = { iterations: 1000, testOnlyMinIterations: 1000 };
const passphrase = 'Apfel-Haus-Baum-Tisch';

afterEach(() => {
	vi.unstubAllGlobals();
	vi.restoreAllMocks();
});

// Splits an envelope into its header (as an object) and its ciphertext bytes.
function split(envelope: string): { header: Record<string, unknown>; ciphertext: Buffer } {
	const [, ...rest] = envelope.split('\n');
	const [header = '', ciphertext = ''] = rest.join('').split('.');
	return {
		header: JSON.parse(Buffer.from(header, 'base64url').toString('utf8')),
		ciphertext: Buffer.from(ciphertext, 'base64url')
	};
}

// Writes an envelope from its parts, with the header as given (not as the app would write it).
function join(
	header: Record<string, unknown> | Buffer,
	ciphertext: Buffer,
	line = 'NAHBEI-SHARE 1'
) {
	const headerBytes = Buffer.isBuffer(header) ? header : Buffer.from(JSON.stringify(header));
	return `${line}\n${headerBytes.toString('base64url')}.${ciphertext.toString('base64url')}\n`;
}

function headerBytesOf(envelope: string): Buffer {
	const [, ...rest] = envelope.split('\n');
	return Buffer.from(rest.join('').split('.')[0] ?? '', 'base64url');
}

describe('encryptWithPassphrase and decryptEnvelope', () => {
	it('give back any JSON data that was sealed', async () => {
		await fc.assert(
			fc.asyncProperty(fc.jsonValue(), fc.boolean(), async (data, compress) => {
				const envelope = await encryptWithPassphrase(data, passphrase, { ...fast, compress });
				const result = await decryptEnvelope(envelope, passphrase, fast);
				expect(result).toMatchObject({ ok: true, data: JSON.parse(JSON.stringify(data)) });
			}),
			{ numRuns: 60 }
		);
	});

	it('seal and open with the real 600,000 iterations', { timeout: 30_000 }, async () => {
		const data = { wish: 'Ich möchte schwimmen gehen.', people: ['Oma Erna', 'Nachbar Tim'] };
		const envelope = await encryptWithPassphrase(data, passphrase);
		const result = await decryptEnvelope(envelope, passphrase);
		expect(result).toMatchObject({ ok: true, data });
		if (result.ok && result.header.key === 'passphrase') {
			expect(result.header.kdf.iterations).toBe(600_000);
		}
	});

	it('write the header the format describes', async () => {
		const now = new Date('2026-11-23T10:00:00.000Z');
		const envelope = await encryptWithPassphrase({ a: 1 }, passphrase, {
			...fast,
			kind: 'backup',
			now
		});
		expect(envelope.split('\n')[0]).toBe('NAHBEI-SHARE 1');
		expect(envelope.split('\n').every((line) => line.length <= 76)).toBe(true);
		const { header, ciphertext } = split(envelope);
		expect(header).toEqual({
			v: 1,
			kind: 'backup',
			key: 'passphrase',
			kdf: { name: 'PBKDF2-SHA256', iterations: 1000, salt: expect.any(String) },
			iv: expect.any(String),
			compression: 'none',
			createdAt: '2026-11-23T10:00:00.000Z',
			size: ciphertext.byteLength
		});
		const kdf = header.kdf as { salt: string };
		expect(Buffer.from(kdf.salt, 'base64url').byteLength).toBe(16);
		expect(Buffer.from(header.iv as string, 'base64url').byteLength).toBe(12);
	});

	it('use a new salt and IV every time', async () => {
		const envelopes = await Promise.all(
			Array.from({ length: 20 }, () => encryptWithPassphrase({ same: 'data' }, passphrase, fast))
		);
		const headers = envelopes.map((envelope) => split(envelope).header);
		expect(new Set(headers.map((header) => header.iv)).size).toBe(20);
		expect(new Set(headers.map((header) => (header.kdf as { salt: string }).salt)).size).toBe(20);
		expect(
			new Set(envelopes.map((envelope) => split(envelope).ciphertext.toString('hex'))).size
		).toBe(20);
	});

	it('accept the passphrase typed in another form', async () => {
		const envelope = await encryptWithPassphrase([1, 2], passphrase, fast);
		const result = await decryptEnvelope(envelope, ' apfel haus  BAUM,tisch\n', fast);
		expect(result).toMatchObject({ ok: true, data: [1, 2] });
	});

	it('compress data that shrinks', async () => {
		const data = { text: 'Mittagessen für alle. '.repeat(200) };
		const envelope = await encryptWithPassphrase(data, passphrase, fast);
		expect(split(envelope).header.compression).toBe('deflate-raw');
		expect(envelope.length).toBeLessThan(JSON.stringify(data).length / 4);
		expect(await decryptEnvelope(envelope, passphrase, fast)).toMatchObject({ ok: true, data });
	});

	it('store data uncompressed when the browser has no CompressionStream', async () => {
		vi.stubGlobal('CompressionStream', undefined);
		const data = { text: 'Mittagessen für alle. '.repeat(200) };
		const envelope = await encryptWithPassphrase(data, passphrase, fast);
		expect(split(envelope).header.compression).toBe('none');
		expect(await decryptEnvelope(envelope, passphrase, fast)).toMatchObject({ ok: true, data });
	});

	it('refuse non-JSON data, an empty passphrase and iterations out of range', async () => {
		await expect(encryptWithPassphrase(undefined, passphrase, fast)).rejects.toThrow(TypeError);
		await expect(encryptWithPassphrase({}, ' - ', fast)).rejects.toThrow(TypeError);
		await expect(encryptWithPassphrase({}, passphrase, { iterations: 1000 })).rejects.toThrow(
			RangeError
		);
		await expect(
			encryptWithPassphrase({}, passphrase, { ...fast, iterations: 5_000_001 })
		).rejects.toThrow(RangeError);
	});
});

describe('encryptWithRandomKey and decryptEnvelope', () => {
	it('give back any JSON data with the key', async () => {
		await fc.assert(
			fc.asyncProperty(fc.jsonValue(), async (data) => {
				const { envelope, key } = await encryptWithRandomKey(data);
				expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
				const result = await decryptEnvelope(envelope, key);
				expect(result).toMatchObject({ ok: true, data: JSON.parse(JSON.stringify(data)) });
				if (result.ok) expect(result.header).toMatchObject({ key: 'random', kind: 'share' });
			}),
			{ numRuns: 100 }
		);
	});

	it('use a new key and IV every time', async () => {
		const sealed = await Promise.all(Array.from({ length: 20 }, () => encryptWithRandomKey(1)));
		expect(new Set(sealed.map(({ key }) => key)).size).toBe(20);
		expect(new Set(sealed.map(({ envelope }) => split(envelope).header.iv)).size).toBe(20);
	});

	it('write no key derivation into the header', async () => {
		const { envelope } = await encryptWithRandomKey({ a: 1 });
		expect(split(envelope).header).not.toHaveProperty('kdf');
	});
});

describe('decryptEnvelope refuses', () => {
	it('a wrong passphrase', async () => {
		const envelope = await encryptWithPassphrase({ a: 1 }, passphrase, fast);
		for (const wrong of ['Apfel-Haus-Baum-Tische', 'Haus-Apfel-Baum-Tisch', '', 'x']) {
			expect(await decryptEnvelope(envelope, wrong, fast)).toEqual({
				ok: false,
				error: 'wrong-secret-or-damaged'
			});
		}
	});

	it('a wrong or malformed random key', async () => {
		const { envelope } = await encryptWithRandomKey({ a: 1 });
		const { key: otherKey } = await encryptWithRandomKey({ a: 1 });
		for (const wrong of [otherKey, 'abc', '', passphrase, 42]) {
			expect(await decryptEnvelope(envelope, wrong)).toEqual({
				ok: false,
				error: 'wrong-secret-or-damaged'
			});
		}
	});

	it('any flipped bit in the ciphertext', async () => {
		const envelope = await encryptWithPassphrase({ wish: 'Kino' }, passphrase, fast);
		const { ciphertext } = split(envelope);
		await fc.assert(
			fc.asyncProperty(
				fc.nat({ max: ciphertext.byteLength - 1 }),
				fc.integer({ min: 0, max: 7 }),
				async (index, bit) => {
					const changed = Buffer.from(ciphertext);
					changed[index]! ^= 1 << bit;
					const result = await decryptEnvelope(
						join(headerBytesOf(envelope), changed),
						passphrase,
						fast
					);
					expect(result).toEqual({ ok: false, error: 'wrong-secret-or-damaged' });
				}
			),
			{ numRuns: 100 }
		);
	});

	it('any flipped bit in the header', async () => {
		const { envelope, key } = await encryptWithRandomKey({ wish: 'Kino' });
		const headerBytes = headerBytesOf(envelope);
		const { ciphertext } = split(envelope);
		// Where a flip lands decides the answer: in a number it may read as a future version, a
		// shorter file or too few iterations; elsewhere it breaks the JSON or the authentication.
		const expected: EnvelopeError[] = [
			'wrong-secret-or-damaged',
			'not-an-envelope',
			'future-version',
			'truncated'
		];
		await fc.assert(
			fc.asyncProperty(
				fc.nat({ max: headerBytes.byteLength - 1 }),
				fc.integer({ min: 0, max: 7 }),
				async (index, bit) => {
					const changed = Buffer.from(headerBytes);
					changed[index]! ^= 1 << bit;
					const result = await decryptEnvelope(join(changed, ciphertext), key);
					expect(result.ok).toBe(false);
					if (!result.ok) expect(expected).toContain(result.error);
				}
			),
			{ numRuns: 200 }
		);
	});

	it('a changed header field that is still valid, as damaged', async () => {
		const envelope = await encryptWithPassphrase({ a: 1 }, passphrase, fast);
		const { header, ciphertext } = split(envelope);
		for (const change of [
			{ kind: 'backup' },
			{ createdAt: '2020-01-01T00:00:00.000Z' },
			{ kdf: { ...(header.kdf as object), iterations: 1001 } }
		]) {
			const result = await decryptEnvelope(
				join({ ...header, ...change }, ciphertext),
				passphrase,
				fast
			);
			expect(result).toEqual({ ok: false, error: 'wrong-secret-or-damaged' });
		}
	});

	it('any changed character of the text', async () => {
		const { envelope, key } = await encryptWithRandomKey({ wish: 'Schwimmen', with: ['Tim'] });
		const allowed: EnvelopeError[] = [
			'wrong-secret-or-damaged',
			'not-an-envelope',
			'future-version',
			'truncated'
		];
		await fc.assert(
			fc.asyncProperty(
				fc.nat({ max: envelope.length - 2 }),
				fc.constantFrom(...'AZaz09-_.=+/ !Q'),
				async (index, character) => {
					fc.pre(envelope[index] !== character && !/\s/.test(envelope[index]!));
					const changed = envelope.slice(0, index) + character + envelope.slice(index + 1);
					const result = await decryptEnvelope(changed, key);
					expect(result.ok).toBe(false);
					if (!result.ok) expect(allowed).toContain(result.error);
				}
			),
			{ numRuns: 300 }
		);
	});

	it('every cut-off file, as truncated', async () => {
		const { envelope, key } = await encryptWithRandomKey({ wish: 'Schwimmen', with: ['Tim'] });
		const complete = envelope.trimEnd().length;
		await fc.assert(
			fc.asyncProperty(fc.integer({ min: 1, max: complete - 1 }), async (length) => {
				const result = await decryptEnvelope(envelope.slice(0, length), key);
				expect(result).toEqual({ ok: false, error: 'truncated' });
			}),
			{ numRuns: 200 }
		);
	});

	it('a file from a future version', async () => {
		const envelope = await encryptWithPassphrase({ a: 1 }, passphrase, fast);
		const { header, ciphertext } = split(envelope);
		const futureLine = envelope.replace('NAHBEI-SHARE 1', 'NAHBEI-SHARE 99');
		const futureHeader = join({ ...header, v: 99 }, ciphertext);
		const futureBoth = join({ ...header, v: 99, cipher: 'XChaCha' }, ciphertext, 'NAHBEI-SHARE 99');
		for (const text of [futureLine, futureHeader, futureBoth]) {
			expect(await decryptEnvelope(text, passphrase, fast)).toEqual({
				ok: false,
				error: 'future-version'
			});
		}
	});

	it('too few or absurdly many iterations, without deriving a key', async () => {
		const deriveKey = vi.spyOn(crypto.subtle, 'deriveKey');
		const low = await encryptWithPassphrase({ a: 1 }, passphrase, fast);
		expect(deriveKey).toHaveBeenCalledTimes(1);
		deriveKey.mockClear();
		const { header, ciphertext } = split(low);
		const kdf = header.kdf as object;
		const high = join({ ...header, kdf: { ...kdf, iterations: 50_000_000 } }, ciphertext);
		const negative = join({ ...header, kdf: { ...kdf, iterations: -600_000 } }, ciphertext);
		for (const text of [low, high, negative]) {
			expect(await decryptEnvelope(text, passphrase)).toEqual({
				ok: false,
				error: 'bad-iterations'
			});
		}
		expect(deriveKey).not.toHaveBeenCalled();
	});

	it('text that is not an envelope', async () => {
		const { envelope, key } = await encryptWithRandomKey({ a: 1 });
		const { header, ciphertext } = split(envelope);
		for (const text of [
			'',
			'Hallo Lotse!',
			'{"wish":"Kino"}',
			'NAHBEI-SHARE 0\nabc.def',
			'NAHBEI-SHARE one\nabc.def',
			'NAHBEI-SHARE 1\n!!!!.abcd',
			join(Buffer.from('not json'), ciphertext),
			join({ ...header, extra: true }, ciphertext),
			join({ ...header, iv: 'short' }, ciphertext),
			join({ ...header, key: 'passphrase' }, ciphertext),
			`${envelope.trimEnd()}.more`,
			42,
			null
		]) {
			expect(await decryptEnvelope(text, key)).toEqual({ ok: false, error: 'not-an-envelope' });
		}
	});

	it('base64url with stray bits in its last character', async () => {
		const envelope = await encryptWithPassphrase({ a: 1 }, passphrase, fast);
		const { header, ciphertext } = split(envelope);
		const kdf = header.kdf as { salt: string };
		const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
		// 16 bytes take 22 characters; the last one's 4 low bits are unused and must be zero.
		const last = alphabet[alphabet.indexOf(kdf.salt.at(-1)!) + 1]!;
		const salt = kdf.salt.slice(0, -1) + last;
		expect(Buffer.from(salt, 'base64url')).toEqual(Buffer.from(kdf.salt, 'base64url'));
		const text = join({ ...header, kdf: { ...kdf, salt } }, ciphertext);
		expect(await decryptEnvelope(text, passphrase, fast)).toEqual({
			ok: false,
			error: 'not-an-envelope'
		});
	});

	it('text over the size limit, before reading it', async () => {
		const text = `NAHBEI-SHARE 1\n${'A'.repeat(MAX_ENVELOPE_CHARS)}`;
		expect(await decryptEnvelope(text, 'x')).toEqual({ ok: false, error: 'too-large' });
	});

	it('data larger than the caller allows, also when it unpacks from a small file', async () => {
		const data = 'x'.repeat(100_000);
		const packed = await encryptWithRandomKey(data);
		const plain = await encryptWithRandomKey(data, { compress: false });
		expect(packed.envelope.length).toBeLessThan(2000);
		expect(await decryptEnvelope(packed.envelope, packed.key, { maxDataBytes: 50_000 })).toEqual({
			ok: false,
			error: 'too-large'
		});
		expect(await decryptEnvelope(plain.envelope, plain.key, { maxDataBytes: 50_000 })).toEqual({
			ok: false,
			error: 'too-large'
		});
	});

	it('a limit that is not a number, by keeping the default', async () => {
		const { envelope, key } = await encryptWithRandomKey('x'.repeat(1000), { compress: false });
		for (const maxDataBytes of [NaN, -1]) {
			expect(await decryptEnvelope(envelope, key, { maxDataBytes })).toMatchObject({ ok: true });
		}
	});

	it('compressed data when the browser has no DecompressionStream', async () => {
		const { envelope, key } = await encryptWithRandomKey('x'.repeat(1000));
		vi.stubGlobal('DecompressionStream', undefined);
		expect(await decryptEnvelope(envelope, key)).toEqual({ ok: false, error: 'unsupported' });
	});
});

describe('decryptEnvelope is lenient about', () => {
	it('CRLF line ends, other wrapping, a byte order mark and spaces around', async () => {
		const { envelope, key } = await encryptWithRandomKey({ wish: 'Garten' });
		const body = envelope.split('\n').slice(1).join('');
		const variants = [
			envelope.replace(/\n/g, '\r\n'),
			`\uFEFF${envelope}`,
			`\n\n  ${envelope}  \n`,
			`NAHBEI-SHARE 1\n${body.replace(/(.{20})/g, '$1\n  ')}`,
			`NAHBEI-SHARE 1\n${body}`
		];
		for (const text of variants) {
			expect(await decryptEnvelope(text, ` ${key}\n`)).toMatchObject({
				ok: true,
				data: { wish: 'Garten' }
			});
		}
	});
});

describe('readEnvelopeHeader', () => {
	it('says which key an envelope needs, without a secret', async () => {
		const { envelope } = await encryptWithRandomKey({ a: 1 });
		const sealed = await encryptWithPassphrase({ a: 1 }, passphrase, { ...fast, kind: 'backup' });
		expect(readEnvelopeHeader(envelope)).toMatchObject({ ok: true, header: { key: 'random' } });
		expect(readEnvelopeHeader(sealed, fast)).toMatchObject({
			ok: true,
			header: { key: 'passphrase', kind: 'backup' }
		});
		expect(readEnvelopeHeader(sealed)).toEqual({ ok: false, error: 'bad-iterations' });
		expect(readEnvelopeHeader('hallo')).toEqual({ ok: false, error: 'not-an-envelope' });
	});
});

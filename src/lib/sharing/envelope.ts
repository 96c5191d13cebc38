/*
 * The envelope: how nahbei seals data it shares with a Lotse or keeps as a backup.
 *
 * Format, version 1. Plain ASCII text, so it survives e-mail, chat apps and `.txt` files:
 *
 *     NAHBEI-SHARE 1
 *     <header, base64url>.<ciphertext, base64url>
 *
 * The first line names the format and its version; it is the same for shares and backups (the
 * header says which). The second part may be wrapped over many lines (we wrap at 76 characters,
 * as e-mail wants); a reader drops all whitespace there, so wrapping, CRLF line ends and a byte
 * order mark do no harm. base64url has no '.', so the single '.' separates the two parts.
 *
 * The header is UTF-8 JSON with exactly these fields:
 *
 *     v            1, the format version (the same number as on the first line)
 *     kind         'share' | 'backup'
 *     key          'passphrase' (typed by a person) | 'random' (travels after '#' in a link or QR)
 *     kdf          passphrase only: { name: 'PBKDF2-SHA256', iterations, salt: 16 bytes base64url }
 *     iv           12 bytes base64url, fresh from the random generator for every envelope
 *     compression  'deflate-raw' | 'none'
 *     createdAt    ISO 8601 time in UTC
 *     size         ciphertext length in bytes, so a cut-off file differs from a damaged one
 *
 * The ciphertext is AES-GCM-256 (128-bit tag) of the UTF-8 JSON data, deflate-raw compressed
 * first when that makes it smaller and the browser can. The exact header bytes are the AES-GCM
 * additional data, so changing any header field makes decryption fail. Passphrase keys come from
 * PBKDF2-SHA256 over the normalised passphrase (see passphrase.ts) with at least 600,000
 * iterations, as OWASP advises; random keys are 32 bytes from the random generator.
 *
 * Reading never throws and never runs anything from the file: it checks the size, the first
 * line, the header (valibot) and the iteration count before it derives a key, and it returns the
 * data as `unknown` for the caller to validate. A later version bumps the number on the first
 * line; version 1 readers then say 'future-version' instead of guessing. Limits: 20 MiB of text,
 * 50 MiB of JSON once unpacked (a caller may lower this), 600,000 to 5,000,000 iterations.
 * Answers when an envelope cannot be opened: 'not-an-envelope' (no such first line, or a header
 * that breaks the rules), 'future-version', 'bad-iterations', 'truncated' (the file ends early),
 * 'wrong-secret-or-damaged' (AES-GCM cannot tell these apart), 'too-large', and 'unsupported'
 * (compressed, but the browser has no DecompressionStream).
 */
import * as v from 'valibot';
import { normalisePassphrase } from './passphrase';

/** The format version this code writes and the newest it reads. */
export const ENVELOPE_VERSION = 1;

/** The PBKDF2 iterations used unless the caller asks for more. */
export const DEFAULT_ITERATIONS = 600_000;

/** The fewest PBKDF2 iterations a passphrase envelope may ask for (OWASP 2023, PBKDF2-SHA256). */
export const MIN_ITERATIONS = 600_000;

/** The most PBKDF2 iterations a reader accepts, so no file keeps a phone busy for minutes. */
export const MAX_ITERATIONS = 5_000_000;

/** The longest envelope text a reader accepts, in characters. */
export const MAX_ENVELOPE_CHARS = 20 * 1024 * 1024;

/** The most bytes of JSON an envelope may hold once decompressed. */
export const MAX_DATA_BYTES = 50 * 1024 * 1024;

const MAGIC = 'NAHBEI-SHARE';
const LINE_WIDTH = 76;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const KEY_BYTES = 32;
const TAG_BYTES = 16;
const BASE64URL = /^[A-Za-z0-9_-]*$/;
const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const base64urlField = (bytes: number) =>
	v.pipe(v.string(), v.length(Math.ceil((bytes * 4) / 3)), v.regex(BASE64URL));

const commonFields = {
	v: v.literal(ENVELOPE_VERSION),
	kind: v.picklist(['share', 'backup']),
	iv: base64urlField(IV_BYTES),
	compression: v.picklist(['deflate-raw', 'none']),
	createdAt: v.pipe(v.string(), v.isoTimestamp()),
	size: v.pipe(v.number(), v.integer(), v.minValue(TAG_BYTES), v.maxValue(MAX_ENVELOPE_CHARS))
};

const HeaderSchema = v.variant('key', [
	v.strictObject({
		...commonFields,
		key: v.literal('passphrase'),
		kdf: v.strictObject({
			name: v.literal('PBKDF2-SHA256'),
			// Only the type here: a count out of range gets its own error, 'bad-iterations'.
			iterations: v.pipe(v.number(), v.integer()),
			salt: base64urlField(SALT_BYTES)
		})
	}),
	v.strictObject({ ...commonFields, key: v.literal('random') })
]);

/** The readable header of an envelope. */
export type EnvelopeHeader = v.InferOutput<typeof HeaderSchema>;

/** What an envelope is for. */
export type EnvelopeKind = EnvelopeHeader['kind'];

/** Why an envelope could not be opened. */
export type EnvelopeError =
	| 'not-an-envelope'
	| 'future-version'
	| 'bad-iterations'
	| 'wrong-secret-or-damaged'
	| 'truncated'
	| 'too-large'
	// The data is compressed and this browser has no DecompressionStream (older than 2023).
	| 'unsupported';

/** The outcome of opening an envelope: the data, or the reason it could not be opened. */
export type DecryptResult =
	{ ok: true; data: unknown; header: EnvelopeHeader } | { ok: false; error: EnvelopeError };

/** The outcome of reading an envelope's header without opening it. */
export type HeaderResult =
	{ ok: true; header: EnvelopeHeader } | { ok: false; error: EnvelopeError };

/** Choices when sealing data in an envelope with a random key. */
export interface EncryptOptions {
	/** 'share' (the default) or 'backup'. */
	kind?: EnvelopeKind;
	/** Whether to compress when it helps; true unless set. Without CompressionStream: never. */
	compress?: boolean;
	/** The time written into the header; now unless set. */
	now?: Date;
}

/** Choices when sealing data in an envelope with a passphrase. */
export interface PassphraseOptions extends EncryptOptions {
	/** PBKDF2 iterations, from MIN_ITERATIONS to MAX_ITERATIONS; DEFAULT_ITERATIONS unless set. */
	iterations?: number;
	/** For tests only: lowers MIN_ITERATIONS so that tests run fast. Never set it in the app. */
	testOnlyMinIterations?: number;
}

/** Choices when opening an envelope. */
export interface DecryptOptions {
	/** Lowers MAX_DATA_BYTES, e.g. for a QR share that can only be small. */
	maxDataBytes?: number;
	/** For tests only: lowers MIN_ITERATIONS so that tests run fast. Never set it in the app. */
	testOnlyMinIterations?: number;
}

type Bytes = Uint8Array<ArrayBuffer>;

interface Parsed {
	header: EnvelopeHeader;
	headerBytes: Bytes;
	iv: Bytes;
	// Empty for random keys, which need no salt.
	salt: Bytes;
	ciphertextText: string;
}

const encoder = new TextEncoder();

/** Seals JSON data with a passphrase and returns the envelope text; throws for non-JSON data. */
export async function encryptWithPassphrase(
	data: unknown,
	passphrase: string,
	options: PassphraseOptions = {}
): Promise<string> {
	const secret = normalisePassphrase(passphrase);
	if (secret === '') throw new TypeError('The passphrase is empty.');
	const iterations = options.iterations ?? DEFAULT_ITERATIONS;
	if (!isAllowedIterations(iterations, options.testOnlyMinIterations)) {
		throw new RangeError(
			`PBKDF2 iterations must lie between ${MIN_ITERATIONS} and ${MAX_ITERATIONS}.`
		);
	}
	const salt = randomBytes(SALT_BYTES);
	const key = await deriveKey(secret, salt, iterations);
	return seal(data, key, options, {
		key: 'passphrase',
		kdf: { name: 'PBKDF2-SHA256', iterations, salt: encodeBase64url(salt) }
	});
}

/** Seals JSON data with a new random key, which goes after '#' in a link or QR code. */
export async function encryptWithRandomKey(
	data: unknown,
	options: EncryptOptions = {}
): Promise<{ envelope: string; key: string }> {
	const raw = randomBytes(KEY_BYTES);
	const key = await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt']);
	const envelope = await seal(data, key, options, { key: 'random' });
	return { envelope, key: encodeBase64url(raw) };
}

/** Reads an envelope's header, not yet verified, e.g. to know whether to ask for a passphrase. */
export function readEnvelopeHeader(text: unknown, options: DecryptOptions = {}): HeaderResult {
	try {
		const parsed = parse(text, options);
		return 'error' in parsed ? fail(parsed.error) : { ok: true, header: parsed.header };
	} catch {
		return fail('not-an-envelope');
	}
}

/** Opens an envelope with its passphrase or random key; never throws for bad input. */
export async function decryptEnvelope(
	text: unknown,
	secret: unknown,
	options: DecryptOptions = {}
): Promise<DecryptResult> {
	try {
		return await open(text, secret, options);
	} catch {
		// Every expected problem has its own answer above; this only keeps the promise of no throw.
		return fail('wrong-secret-or-damaged');
	}
}

async function seal(
	data: unknown,
	key: CryptoKey,
	options: EncryptOptions,
	keyFields:
		| { key: 'random' }
		| { key: 'passphrase'; kdf: { name: 'PBKDF2-SHA256'; iterations: number; salt: string } }
): Promise<string> {
	const json = JSON.stringify(data);
	// JSON.stringify gives undefined for undefined, functions and symbols: nothing to share.
	if (typeof json !== 'string') throw new TypeError('Only JSON data can be sealed.');
	const plain = encoder.encode(json);
	if (plain.byteLength > MAX_DATA_BYTES) throw new RangeError('The data is too large to seal.');
	let compression: EnvelopeHeader['compression'] = 'none';
	let payload: Bytes = plain;
	if (options.compress !== false && typeof CompressionStream === 'function') {
		const packed = await pipeBytes(plain, new CompressionStream('deflate-raw'), Infinity);
		// Tiny data grows when compressed, and every byte counts in a QR code.
		if (packed !== 'too-large' && packed.byteLength < plain.byteLength) {
			compression = 'deflate-raw';
			payload = packed;
		}
	}
	const iv = randomBytes(IV_BYTES);
	const header = {
		v: ENVELOPE_VERSION,
		kind: options.kind ?? 'share',
		...keyFields,
		iv: encodeBase64url(iv),
		compression,
		createdAt: (options.now ?? new Date()).toISOString(),
		size: payload.byteLength + TAG_BYTES
	};
	const headerBytes = encoder.encode(JSON.stringify(header));
	const ciphertext = await crypto.subtle.encrypt(
		{ name: 'AES-GCM', iv, additionalData: headerBytes, tagLength: TAG_BYTES * 8 },
		key,
		payload
	);
	const body = `${encodeBase64url(headerBytes)}.${encodeBase64url(new Uint8Array(ciphertext))}`;
	const lines = [`${MAGIC} ${ENVELOPE_VERSION}`];
	for (let start = 0; start < body.length; start += LINE_WIDTH) {
		lines.push(body.slice(start, start + LINE_WIDTH));
	}
	const envelope = `${lines.join('\n')}\n`;
	if (envelope.length > MAX_ENVELOPE_CHARS) throw new RangeError('The data is too large to seal.');
	return envelope;
}

async function open(
	text: unknown,
	secret: unknown,
	options: DecryptOptions
): Promise<DecryptResult> {
	const parsed = parse(text, options);
	if ('error' in parsed) return fail(parsed.error);
	const { header, headerBytes, iv, salt, ciphertextText } = parsed;
	// The caller may only lower the limit; anything odd (NaN, negative) keeps the default.
	const asked = options.maxDataBytes;
	const maxDataBytes =
		typeof asked === 'number' && asked >= 0 ? Math.min(asked, MAX_DATA_BYTES) : MAX_DATA_BYTES;
	// Uncompressed data too large for the caller is refused before the slow key derivation.
	if (header.compression === 'none' && header.size - TAG_BYTES > maxDataBytes) {
		return fail('too-large');
	}
	if (header.compression === 'deflate-raw' && typeof DecompressionStream !== 'function') {
		return fail('unsupported');
	}
	// The length is checked on the text, so a file cut off anywhere reads as 'truncated'.
	const expectedLength = Math.ceil((header.size * 4) / 3);
	if (ciphertextText.length < expectedLength) return fail('truncated');
	const ciphertext = ciphertextText.length === expectedLength && decodeBase64url(ciphertextText);
	if (!ciphertext) return fail('wrong-secret-or-damaged');
	if (typeof secret !== 'string') return fail('wrong-secret-or-damaged');

	let key: CryptoKey;
	if (header.key === 'passphrase') {
		const passphrase = normalisePassphrase(secret);
		if (passphrase === '') return fail('wrong-secret-or-damaged');
		key = await deriveKey(passphrase, salt, header.kdf.iterations);
	} else {
		const raw = decodeBase64url(secret.replace(/\s+/g, ''));
		if (!raw || raw.byteLength !== KEY_BYTES) return fail('wrong-secret-or-damaged');
		key = await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['decrypt']);
	}
	let payload: Bytes;
	try {
		payload = new Uint8Array(
			await crypto.subtle.decrypt(
				{ name: 'AES-GCM', iv, additionalData: headerBytes, tagLength: TAG_BYTES * 8 },
				key,
				ciphertext
			)
		);
	} catch {
		// AES-GCM cannot tell a wrong key from changed bytes, and neither can we.
		return fail('wrong-secret-or-damaged');
	}
	if (header.compression === 'deflate-raw') {
		const unpacked = await pipeBytes(payload, new DecompressionStream('deflate-raw'), maxDataBytes);
		if (unpacked === 'too-large') return fail('too-large');
		payload = unpacked;
	} else if (payload.byteLength > maxDataBytes) {
		return fail('too-large');
	}
	const data: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payload));
	return { ok: true, data, header };
}

function parse(text: unknown, options: DecryptOptions): Parsed | { error: EnvelopeError } {
	if (typeof text !== 'string') return { error: 'not-an-envelope' };
	if (text.length > MAX_ENVELOPE_CHARS) return { error: 'too-large' };
	const start = text.replace(/^\uFEFF/, '').trimStart();
	const lineEnd = start.indexOf('\n');
	const firstLine = (lineEnd === -1 ? start : start.slice(0, lineEnd)).trimEnd();
	const match = /^NAHBEI-SHARE ([0-9]{1,9})$/.exec(firstLine);
	if (!match) {
		// A file cut off inside its first line still begins like one.
		const isCutMagic = lineEnd === -1 && firstLine !== '' && `${MAGIC} `.startsWith(firstLine);
		return { error: isCutMagic ? 'truncated' : 'not-an-envelope' };
	}
	const version = Number(match[1]);
	if (version > ENVELOPE_VERSION) return { error: 'future-version' };
	if (version < 1) return { error: 'not-an-envelope' };

	const body = lineEnd === -1 ? '' : start.slice(lineEnd + 1).replace(/\s+/g, '');
	const dot = body.indexOf('.');
	if (dot === -1) return { error: BASE64URL.test(body) ? 'truncated' : 'not-an-envelope' };
	const ciphertextText = body.slice(dot + 1);
	if (ciphertextText.includes('.')) return { error: 'not-an-envelope' };
	if (!BASE64URL.test(ciphertextText)) return { error: 'wrong-secret-or-damaged' };
	const headerBytes = decodeBase64url(body.slice(0, dot));
	if (!headerBytes) return { error: 'not-an-envelope' };
	let raw: unknown;
	try {
		raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(headerBytes));
	} catch {
		return { error: 'not-an-envelope' };
	}
	// A newer header may look different, so its version is read before anything else.
	if (isRecord(raw) && typeof raw.v === 'number' && raw.v > ENVELOPE_VERSION) {
		return { error: 'future-version' };
	}
	const result = v.safeParse(HeaderSchema, raw);
	if (!result.success || result.output.v !== version) return { error: 'not-an-envelope' };
	const header = result.output;
	if (
		header.key === 'passphrase' &&
		!isAllowedIterations(header.kdf.iterations, options.testOnlyMinIterations)
	) {
		return { error: 'bad-iterations' };
	}
	const iv = decodeBase64url(header.iv);
	const salt = header.key === 'passphrase' ? decodeBase64url(header.kdf.salt) : new Uint8Array(0);
	// The schema fixed their lengths; decoding also refuses stray bits in the last character.
	if (!iv || !salt) return { error: 'not-an-envelope' };
	return { header, headerBytes, iv, salt, ciphertextText };
}

function isAllowedIterations(iterations: number, testOnlyMin: number | undefined): boolean {
	const min = Math.max(1, Math.min(testOnlyMin ?? MIN_ITERATIONS, MIN_ITERATIONS));
	return Number.isSafeInteger(iterations) && iterations >= min && iterations <= MAX_ITERATIONS;
}

async function deriveKey(passphrase: string, salt: Bytes, iterations: number): Promise<CryptoKey> {
	const material = await crypto.subtle.importKey(
		'raw',
		encoder.encode(passphrase),
		'PBKDF2',
		false,
		['deriveKey']
	);
	return crypto.subtle.deriveKey(
		{ name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
		material,
		{ name: 'AES-GCM', length: KEY_BYTES * 8 },
		false,
		['encrypt', 'decrypt']
	);
}

// Runs bytes through a (de)compression stream, and stops as soon as the output passes the limit,
// so a small file cannot unpack into gigabytes.
async function pipeBytes(
	input: Bytes,
	transform: CompressionStream | DecompressionStream,
	limit: number
): Promise<Bytes | 'too-large'> {
	const reader = new Blob([input]).stream().pipeThrough(transform).getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		total += value.byteLength;
		if (total > limit) {
			await reader.cancel().catch(() => undefined);
			return 'too-large';
		}
		chunks.push(value);
	}
	const output = new Uint8Array(total);
	let offset = 0;
	for (const chunk of chunks) {
		output.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return output;
}

function randomBytes(length: number): Bytes {
	return crypto.getRandomValues(new Uint8Array(length));
}

function encodeBase64url(bytes: Uint8Array): string {
	let binary = '';
	// In slices, because spreading millions of arguments overflows the call stack.
	for (let start = 0; start < bytes.length; start += 0x8000) {
		binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
	}
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

// Strict: only the canonical spelling is accepted, because atob ignores the unused low bits of
// the last character, and a changed character there would otherwise go unnoticed.
function decodeBase64url(text: string): Bytes | undefined {
	if (!BASE64URL.test(text) || text.length % 4 === 1) return undefined;
	const lastValue = BASE64_ALPHABET.indexOf(text.at(-1) ?? 'A');
	const unusedBits = text.length % 4 === 2 ? 0b1111 : text.length % 4 === 3 ? 0b11 : 0;
	if ((lastValue & unusedBits) !== 0) return undefined;
	const padded =
		text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
	const binary = atob(padded);
	const bytes = new Uint8Array(binary.length);
	for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
	return bytes;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(error: EnvelopeError): { ok: false; error: EnvelopeError } {
	return { ok: false, error };
}

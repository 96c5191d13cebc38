// Read-aloud over the browser's own Web Speech API (speechSynthesis). No cloud speech service:
// we only use the voices the browser offers, and prefer those that run on the device.
// This module is framework-free; `Speaker` takes the synthesis object and an utterance factory so
// that tests can pass fakes. It loads only when something is first read (see read-aloud.svelte.ts);
// the voice list and language tags live in ./voices.ts, which the page needs at start.
import { normaliseLang, speechLang } from './speech-lang';
import { browserSynthesis, voicesFor, type VoiceListLike } from './voices';

/** The part of `SpeechSynthesisUtterance` that `Speaker` uses. */
export interface UtteranceLike {
	text: string;
	lang: string;
	rate: number;
	voice: SpeechSynthesisVoice | null;
	addEventListener(type: 'start' | 'end' | 'error', listener: (event: Event) => void): void;
}

/** The part of `window.speechSynthesis` that `Speaker` uses. */
export interface SynthesisLike extends VoiceListLike {
	speak(utterance: UtteranceLike): void;
	cancel(): void;
}

/** How to read: app language code ('de-x-ls', 'de', 'ar', …), speed, and the saved voice if any. */
export interface SpeakOptions {
	lang: string;
	rate: number;
	voiceURI?: string | null;
}

/** What `Speaker` tells its listeners: reading started, ended or failed. */
export type SpeakerChange = { type: 'start' } | { type: 'end' } | { type: 'error'; error: string };

/** Slowest and fastest reading speed; for the speed slider on the settings page. */
export const MIN_RATE = 0.5;
export const MAX_RATE = 2;

// Sentences longer than this are cut further, see `splitIntoSentences`.
const MAX_SENTENCE_LENGTH = 200;

const MONTHS =
	'Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember';
// "am 3. Mai" is a date, not the end of a sentence.
const DATE_START = new RegExp(`^(?:${MONTHS})\\b`);
const ENDS_WITH_DAY = /(?:^|\s)\d{1,2}\.$/;

// Split after . ! ? : … (and closing quotes or brackets) when a space follows. "12.30 Uhr",
// "3,50 Euro" and "12:30" have no space after the mark, so they stay together.
const SENTENCE_END = /(?<=[.!?:…][)\]"'»«“”‘’]*)\s+/;

/** Splits text into sentences to read one by one: after . ! ? : and at line breaks. */
export function splitIntoSentences(text: string, maxLength = MAX_SENTENCE_LENGTH): string[] {
	const sentences: string[] = [];
	for (const line of text.split(/\r\n|[\n\r\u2028\u2029]/)) {
		const collapsed = line.replace(/\s+/g, ' ').trim();
		if (collapsed === '') continue;
		const parts: string[] = [];
		for (const part of collapsed.split(SENTENCE_END)) {
			const previous = parts.at(-1);
			if (previous !== undefined && ENDS_WITH_DAY.test(previous) && DATE_START.test(part)) {
				parts[parts.length - 1] = `${previous} ${part}`;
			} else if (part !== '') {
				parts.push(part);
			}
		}
		for (const part of parts) sentences.push(...cutLongSentence(part, maxLength));
	}
	return sentences;
}

// A very long sentence could still run into Chrome's time limit (see `Speaker`), so we cut it
// at a comma, or else at the last space, before the limit.
function cutLongSentence(sentence: string, maxLength: number): string[] {
	const pieces: string[] = [];
	let rest = sentence;
	while (rest.length > maxLength) {
		const head = rest.slice(0, maxLength + 1);
		const comma = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '));
		const space = head.lastIndexOf(' ');
		// A comma near the start would leave a tiny piece; then the last space is the better cut.
		const cut = comma > maxLength / 2 ? comma + 1 : space > 0 ? space : maxLength;
		pieces.push(rest.slice(0, cut).trim());
		rest = rest.slice(cut).trim();
	}
	if (rest !== '') pieces.push(rest);
	return pieces;
}

/** Chooses the voice to read with: the saved one if it is still there, else the best match. */
export function pickVoice(
	voices: readonly SpeechSynthesisVoice[],
	lang: string,
	preferredURI?: string | null
): SpeechSynthesisVoice | null {
	const target = speechLang(lang);
	// A saved voice for another language would read this text badly, so only same-language voices count.
	const candidates = voicesFor(voices, lang);
	if (preferredURI) {
		const saved = candidates.find((voice) => voice.voiceURI === preferredURI);
		if (saved) return saved;
	}
	// Region first, then a voice on the device (works offline, no text leaves it), then the default.
	const score = (voice: SpeechSynthesisVoice) =>
		(normaliseLang(voice.lang) === target ? 4 : 0) +
		(voice.localService ? 2 : 0) +
		(voice.default ? 1 : 0);
	let best: SpeechSynthesisVoice | null = null;
	let bestScore = -1;
	for (const voice of candidates) {
		const voiceScore = score(voice);
		if (voiceScore > bestScore) {
			best = voice;
			bestScore = voiceScore;
		}
	}
	return best;
}

/** Keeps a reading speed inside what browsers handle well (0.5 to 2); 1 when it is not a number. */
export function clampRate(rate: number): number {
	if (!Number.isFinite(rate)) return 1;
	return Math.min(MAX_RATE, Math.max(MIN_RATE, rate));
}

/** Reads text aloud sentence by sentence with the browser's speechSynthesis. */
export class Speaker {
	readonly #synthesis: SynthesisLike | null;
	readonly #createUtterance: (text: string) => UtteranceLike;
	readonly #listeners = new Set<(change: SpeakerChange) => void>();
	// Each speak() or stop() starts a new session; events of older utterances are ignored.
	#session = 0;
	// Chrome drops the end event of an utterance that was garbage-collected, so we hold the
	// queued utterances until they are done.
	#queue: UtteranceLike[] = [];
	#speaking = false;

	constructor(
		synthesis: SynthesisLike | null | undefined,
		createUtterance: (text: string) => UtteranceLike
	) {
		this.#synthesis = synthesis ?? null;
		this.#createUtterance = createUtterance;
	}

	/** Whether this browser has speechSynthesis at all. */
	get isSupported(): boolean {
		return this.#synthesis !== null;
	}

	/** Whether text is being read or waits in the queue. */
	get isSpeaking(): boolean {
		return this.#speaking;
	}

	/** Listens to start, end and error; returns a function that stops listening. */
	onChange(listener: (change: SpeakerChange) => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	/** Gives the voices the browser has now; Chrome has none until `voiceschanged` (see ./voices.ts). */
	voices(): SpeechSynthesisVoice[] {
		return this.#synthesis?.getVoices() ?? [];
	}

	/** Stops what is being read and reads this text, one utterance per sentence. */
	speak(text: string, options: SpeakOptions): void {
		const synthesis = this.#synthesis;
		if (!synthesis) return;
		const wasSpeaking = this.#speaking;
		const session = this.#cancel();
		const sentences = splitIntoSentences(text);
		if (sentences.length === 0) {
			if (wasSpeaking) this.#finish({ type: 'end' });
			return;
		}
		const voice = pickVoice(this.voices(), options.lang, options.voiceURI);
		// Without a voice (list not loaded yet) the language still lets the browser choose one.
		const lang = voice ? normaliseLang(voice.lang) : speechLang(options.lang);
		const rate = clampRate(options.rate);
		// Chrome stops a single utterance after about 15 seconds of speech. Queueing one short
		// utterance per sentence keeps each one far below that limit.
		this.#queue = sentences.map((sentence, index) => {
			const utterance = this.#createUtterance(sentence);
			utterance.lang = lang;
			utterance.rate = rate;
			utterance.voice = voice;
			this.#listen(utterance, session, index === sentences.length - 1);
			return utterance;
		});
		this.#speaking = true;
		this.#emit({ type: 'start' });
		for (const utterance of this.#queue) synthesis.speak(utterance);
	}

	/** Stops reading and empties the queue. */
	stop(): void {
		if (!this.#synthesis) return;
		const wasSpeaking = this.#speaking;
		this.#cancel();
		if (wasSpeaking) this.#finish({ type: 'end' });
	}

	#cancel(): number {
		// New session first: cancel() makes browsers fire end or error on the old utterances.
		this.#session += 1;
		this.#queue = [];
		this.#synthesis?.cancel();
		return this.#session;
	}

	#listen(utterance: UtteranceLike, session: number, isLast: boolean): void {
		utterance.addEventListener('end', () => {
			if (session === this.#session && isLast) this.#finish({ type: 'end' });
		});
		utterance.addEventListener('error', (event) => {
			if (session !== this.#session) return;
			const error = 'error' in event && typeof event.error === 'string' ? event.error : 'unknown';
			this.#cancel();
			// 'interrupted' and 'canceled' mean someone else (another tab, the system) called
			// cancel(): reading has ended, it did not fail.
			const quiet = error === 'interrupted' || error === 'canceled';
			this.#finish(quiet ? { type: 'end' } : { type: 'error', error });
		});
	}

	#finish(change: SpeakerChange): void {
		this.#speaking = false;
		this.#queue = [];
		this.#emit(change);
	}

	#emit(change: SpeakerChange): void {
		for (const listener of this.#listeners) listener(change);
	}
}

/** Makes a `Speaker` over the browser's speechSynthesis; unsupported where there is none (Node). */
export function createBrowserSpeaker(): Speaker {
	return new Speaker(browserSynthesis(), (text) => new SpeechSynthesisUtterance(text));
}

// App-wide read-aloud state for the "Vorlesen" button and the settings page. It mirrors the
// browser's voices and the reading into runes. The engine that reads (./speech.ts) loads only
// when something is first read: most visits never read aloud, and a cheap phone should not load
// it at start. Whether reading works here is known without it, from the voice list (./voices.ts).
import { joinCompounds } from '$lib/i18n/compounds';
import type { Speaker, SpeakerChange } from './speech';
import { browserSynthesis, voicesFor, whenVoicesReady, type VoiceListLike } from './voices';

/** How to read: app language code, speed (0.5 to 2), and the voice saved in the settings. */
export type ReadAloudOptions = { lang: string; rate: number; voiceURI: string | null };

/** Whether reading aloud works here: not checked yet, yes, no speech at all, or no fitting voice. */
export type ReadAloudAvailability = 'unknown' | 'yes' | 'no-speech' | 'no-voice';

/** What a `ReadAloud` reads with: the browser's voice list, and a way to load the engine. */
export interface ReadAloudParts {
	synthesis: () => VoiceListLike | null;
	loadSpeaker: () => Promise<Speaker>;
}

/** The error code when the engine could not be loaded (offline before the app was kept). */
export const NOT_LOADED = 'not-loaded';

const browserParts: ReadAloudParts = {
	synthesis: browserSynthesis,
	loadSpeaker: async () => (await import('./speech')).createBrowserSpeaker()
};

/** Reactive read-aloud state over the browser's voices and one `Speaker`. */
export class ReadAloud {
	#speaking = $state(false);
	#available = $state<ReadAloudAvailability>('unknown');
	#voices = $state.raw<SpeechSynthesisVoice[]>([]);
	#error = $state<string | null>(null);
	readonly #parts: ReadAloudParts;
	// Looked up on first use, so that importing this module on the server (no window) is safe.
	#list: VoiceListLike | null | undefined;
	#lang: string | null = null;
	#speaker: Promise<Speaker> | null = null;
	// Each speak() or stop() counts up; a reading asked for while the engine loaded runs only
	// if nothing came after it.
	#request = 0;

	constructor(parts: ReadAloudParts = browserParts) {
		this.#parts = parts;
	}

	/** Whether text is being read now, or is about to be. */
	get speaking(): boolean {
		return this.#speaking;
	}

	/** Whether reading aloud works here; 'unknown' until `init` has run. */
	get available(): ReadAloudAvailability {
		return this.#available;
	}

	/** The browser's voices, for the voice list on the settings page. */
	get voices(): SpeechSynthesisVoice[] {
		return this.#voices;
	}

	/** The error code of the last failed reading (the browser's, or `NOT_LOADED`), or null. */
	get error(): string | null {
		return this.#error;
	}

	/** Checks for speech support and a voice for this app language; call again when it changes. */
	async init(lang: string): Promise<void> {
		const list = this.#voiceList();
		this.#lang = lang;
		if (!list) {
			this.#available = 'no-speech';
			return;
		}
		this.#voices = await whenVoicesReady(list);
		this.#updateAvailability();
	}

	/** Stops reading if it reads, else reads this text. */
	toggle(text: string, options: ReadAloudOptions): void {
		if (this.#speaking) this.stop();
		else this.speak(text, options);
	}

	/** Reads this text from the start, stopping anything read before. */
	speak(text: string, options: ReadAloudOptions): void {
		this.#error = null;
		const request = ++this.#request;
		// "Haupt-Menü" on screen is one word to the ear: "Hauptmenü".
		const words = joinCompounds(text);
		if (!this.#voiceList()) return;
		this.#speaking = true;
		this.#getSpeaker().then(
			(speaker) => {
				if (request !== this.#request) return;
				speaker.speak(words, options);
				this.#speaking = speaker.isSpeaking;
			},
			() => {
				if (request !== this.#request) return;
				this.#speaking = false;
				this.#error = NOT_LOADED;
			}
		);
	}

	/** Reads the visible text of an element, such as the page's main content. */
	readElement(element: HTMLElement, options: ReadAloudOptions): void {
		// innerText is the rendered text: it leaves out what is hidden with display: none and keeps
		// line breaks between blocks, which become sentence breaks. jsdom has no innerText.
		// While the text is taken, compound marks are left out (app.css), so "Haupt-Menü" is read
		// as the one word it is; nothing is painted in between.
		element.setAttribute('data-reading', '');
		const text = element.innerText ?? element.textContent ?? '';
		element.removeAttribute('data-reading');
		this.speak(text, options);
	}

	/** Stops reading, also a reading that waits for the engine. */
	stop(): void {
		this.#request += 1;
		this.#speaking = false;
		// Nothing was ever read: there is nothing to stop, and no reason to load the engine.
		void this.#speaker?.then(
			(speaker) => speaker.stop(),
			() => {}
		);
	}

	#voiceList(): VoiceListLike | null {
		if (this.#list === undefined) {
			const list = this.#parts.synthesis();
			this.#list = list;
			list?.addEventListener?.('voiceschanged', () => {
				this.#voices = list.getVoices();
				this.#updateAvailability();
			});
		}
		return this.#list;
	}

	#getSpeaker(): Promise<Speaker> {
		if (!this.#speaker) {
			const loading = this.#parts.loadSpeaker().then((speaker) => {
				speaker.onChange((change) => this.#onChange(speaker, change));
				return speaker;
			});
			// A failed load (offline before the app was kept) is tried again on the next reading.
			loading.catch(() => {
				if (this.#speaker === loading) this.#speaker = null;
			});
			this.#speaker = loading;
		}
		return this.#speaker;
	}

	#onChange(speaker: Speaker, change: SpeakerChange): void {
		this.#speaking = speaker.isSpeaking;
		if (change.type === 'error') this.#error = change.error;
	}

	#updateAvailability(): void {
		// Before init we do not know the language, so a late voice list must not decide anything.
		if (this.#lang === null) return;
		this.#available = voicesFor(this.#voices, this.#lang).length > 0 ? 'yes' : 'no-voice';
	}
}

/** The one read-aloud state of the app. */
export const readAloud = new ReadAloud();

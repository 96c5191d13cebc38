// App-wide read-aloud state for the "Vorlesen" button and the settings page.
// The speech work happens in ./speech.ts; this class only mirrors it into runes.
import { joinCompounds } from '$lib/i18n/compounds';
import { createBrowserSpeaker, type Speaker, type SpeakerChange } from './speech';

/** How to read: app language code, speed (0.5 to 2), and the voice saved in the settings. */
export type ReadAloudOptions = { lang: string; rate: number; voiceURI: string | null };

/** Whether reading aloud works here: not checked yet, yes, no speech at all, or no fitting voice. */
export type ReadAloudAvailability = 'unknown' | 'yes' | 'no-speech' | 'no-voice';

/** Reactive read-aloud state over one `Speaker`. */
export class ReadAloud {
	#speaking = $state(false);
	#available = $state<ReadAloudAvailability>('unknown');
	#voices = $state.raw<SpeechSynthesisVoice[]>([]);
	#error = $state<string | null>(null);
	readonly #createSpeaker: () => Speaker;
	// Made on first use, so that importing this module on the server (no window) is safe.
	#speaker: Speaker | null = null;
	#lang: string | null = null;

	constructor(createSpeaker: () => Speaker = createBrowserSpeaker) {
		this.#createSpeaker = createSpeaker;
	}

	/** Whether text is being read now. */
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

	/** The browser's error code of the last failed reading, or null. */
	get error(): string | null {
		return this.#error;
	}

	/** Checks for speech support and a voice for this app language; call again when it changes. */
	async init(lang: string): Promise<void> {
		const speaker = this.#getSpeaker();
		this.#lang = lang;
		if (!speaker.isSupported) {
			this.#available = 'no-speech';
			return;
		}
		this.#voices = await speaker.whenVoicesReady();
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
		// "Haupt-Menü" on screen is one word to the ear: "Hauptmenü".
		this.#getSpeaker().speak(joinCompounds(text), options);
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

	/** Stops reading. */
	stop(): void {
		this.#getSpeaker().stop();
	}

	#getSpeaker(): Speaker {
		if (!this.#speaker) {
			this.#speaker = this.#createSpeaker();
			this.#speaker.onChange((change) => this.#onChange(change));
		}
		return this.#speaker;
	}

	#onChange(change: SpeakerChange): void {
		const speaker = this.#getSpeaker();
		this.#speaking = speaker.isSpeaking;
		if (change.type === 'error') this.#error = change.error;
		if (change.type === 'voices') {
			this.#voices = speaker.voices();
			this.#updateAvailability();
		}
	}

	#updateAvailability(): void {
		// Before init we do not know the language, so a late voice list must not decide anything.
		if (this.#lang === null) return;
		this.#available = this.#getSpeaker().hasVoiceFor(this.#lang) ? 'yes' : 'no-voice';
	}
}

/** The one read-aloud state of the app. */
export const readAloud = new ReadAloud();

// Speech to text that never leaves the phone: the Web Speech API's SpeechRecognition, used only
// where the browser promises to recognise on the device (`processLocally = true`, checked first
// with `SpeechRecognition.available()`). A browser that can only send the voice to a cloud
// service is treated as having no dictation at all. Framework-free; tests pass a fake.

/** One piece of what was heard, as the browser reports it. */
interface ResultLike {
	readonly isFinal: boolean;
	readonly [index: number]: { readonly transcript: string } | undefined;
}

/** The part of a `result` event that `Dictation` reads. */
export interface ResultEventLike {
	readonly resultIndex: number;
	readonly results: { readonly length: number; readonly [index: number]: ResultLike | undefined };
}

/** The part of a SpeechRecognition object that `Dictation` uses. */
export interface RecognitionLike {
	lang: string;
	continuous: boolean;
	interimResults: boolean;
	processLocally?: boolean;
	onresult: ((event: ResultEventLike) => void) | null;
	onerror: ((event: { error: string }) => void) | null;
	onend: (() => void) | null;
	start(): void;
	stop(): void;
	abort(): void;
}

/** The options `available()` and `install()` take. */
export interface LocalOptions {
	langs: string[];
	processLocally: true;
}

/** The SpeechRecognition class with the on-device checks of newer browsers. */
export interface RecognitionClassLike {
	new (): RecognitionLike;
	available?(options: LocalOptions): Promise<string>;
	install?(options: LocalOptions): Promise<boolean>;
}

/** Whether dictation works here: ready, ready once the language is installed, or not at all. */
export type DictationSupport = 'ready' | 'install' | 'none';

/** The browser's SpeechRecognition class, if it can check for recognition on the device. */
export function findRecognition(scope: object): RecognitionClassLike | null {
	const found = (scope as { SpeechRecognition?: RecognitionClassLike }).SpeechRecognition;
	// Older, prefixed versions can only use a cloud service, so they do not count.
	if (typeof found !== 'function' || typeof found.available !== 'function') return null;
	return found;
}

/** Asks the browser whether it can recognise this language on the device. */
export async function checkDictation(
	recognition: RecognitionClassLike | null,
	lang: string
): Promise<DictationSupport> {
	if (!recognition?.available) return 'none';
	try {
		const status = await recognition.available({ langs: [lang], processLocally: true });
		if (status === 'available') return 'ready';
		if (status === 'downloadable' || status === 'downloading') return 'install';
		return 'none';
	} catch {
		return 'none';
	}
}

/** Has the browser install the language for recognition on the device; false when it cannot. */
export async function installDictation(
	recognition: RecognitionClassLike,
	lang: string
): Promise<boolean> {
	try {
		return (await recognition.install?.({ langs: [lang], processLocally: true })) === true;
	} catch {
		return false;
	}
}

/** What a dictation tells its listener: the words so far, the end, or a failure. */
export interface DictationListener {
	/** `final`: the words the browser is sure of; `interim`: what it is still hearing. */
	words(final: string, interim: string): void;
	end(): void;
	error(code: string): void;
}

/** One dictation: listens until `stop()` or silence, always on the device. */
export class Dictation {
	readonly #recognition: RecognitionLike;

	constructor(recognition: RecognitionClassLike, lang: string) {
		this.#recognition = new recognition();
		this.#recognition.processLocally = true;
		this.#recognition.lang = lang;
		this.#recognition.continuous = true;
		this.#recognition.interimResults = true;
	}

	/** Starts listening; throws when the browser would not keep the voice on the device. */
	start(listener: DictationListener): void {
		const recognition = this.#recognition;
		if (recognition.processLocally !== true) throw new Error('on-device recognition missing');
		let final = '';
		recognition.onresult = (event) => {
			let interim = '';
			for (let index = event.resultIndex; index < event.results.length; index++) {
				const result = event.results[index];
				const words = result?.[0]?.transcript ?? '';
				if (result?.isFinal) final = joinWords(final, words);
				else interim = joinWords(interim, words);
			}
			listener.words(final, interim);
		};
		recognition.onerror = (event) => listener.error(event.error);
		recognition.onend = () => listener.end();
		recognition.start();
	}

	/** Stops listening; the words heard so far still arrive. */
	stop(): void {
		this.#recognition.stop();
	}

	/** Stops at once and drops what was not yet reported. */
	abort(): void {
		this.#recognition.abort();
	}
}

/** Joins two pieces of spoken text with one space. */
export function joinWords(before: string, after: string): string {
	return [before.trim(), after.trim()].filter(Boolean).join(' ');
}

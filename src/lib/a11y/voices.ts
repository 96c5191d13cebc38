// The browser's voices and the languages they speak. Small and framework-free: the "Vorlesen"
// button and the language choice check for a voice with this alone, and the read-aloud engine
// (./speech.ts) loads only when a person first asks for something to be read. Which region's
// voice reads best is the engine's question (./speech-lang.ts).

/** The part of `window.speechSynthesis` that lists voices. */
export interface VoiceListLike {
	getVoices(): SpeechSynthesisVoice[];
	// Optional: very old WebKit builds have no events on speechSynthesis.
	addEventListener?(type: 'voiceschanged', listener: () => void): void;
	removeEventListener?(type: 'voiceschanged', listener: () => void): void;
}

/** Gives the primary language of a tag, such as 'de' for 'de-x-ls', 'de_AT' or 'DE'. */
export function primaryLanguage(tag: string): string {
	return tag.trim().split(/[-_]/).find(Boolean)?.toLowerCase() ?? '';
}

/** The voices that speak this app language ('de-x-ls', 'de', 'en'), in the browser's order. */
export function voicesFor(
	voices: readonly SpeechSynthesisVoice[],
	lang: string
): SpeechSynthesisVoice[] {
	const language = primaryLanguage(lang);
	return voices.filter((voice) => primaryLanguage(voice.lang) === language);
}

/** Waits for the voice list (Chrome fills it late) and resolves with what is there then. */
export function whenVoicesReady(
	list: VoiceListLike | null,
	timeoutMs = 1500
): Promise<SpeechSynthesisVoice[]> {
	if (!list) return Promise.resolve([]);
	const now = list.getVoices();
	if (now.length > 0) return Promise.resolve(now);
	return new Promise((resolve) => {
		const done = () => {
			clearTimeout(timer);
			list.removeEventListener?.('voiceschanged', done);
			resolve(list.getVoices());
		};
		// Some browsers never fire voiceschanged, or have no voices at all: do not wait forever.
		const timer = setTimeout(done, timeoutMs);
		list.addEventListener?.('voiceschanged', done);
	});
}

/** The browser's speech synthesis, or null where it cannot read aloud (Node, some WebViews). */
export function browserSynthesis(): SpeechSynthesis | null {
	return typeof globalThis.speechSynthesis !== 'undefined' &&
		typeof globalThis.SpeechSynthesisUtterance !== 'undefined'
		? globalThis.speechSynthesis
		: null;
}

// Fakes of the browser's speech for unit tests: voices, utterances and a synthesis that behaves
// like Chrome's.
import type { SynthesisLike, UtteranceLike } from './speech';

export function voice(
	voiceURI: string,
	lang: string,
	extra: Partial<Pick<SpeechSynthesisVoice, 'localService' | 'default'>> = {}
): SpeechSynthesisVoice {
	return {
		voiceURI,
		name: voiceURI,
		lang,
		localService: extra.localService ?? false,
		default: extra.default ?? false
	};
}

export class FakeUtterance implements UtteranceLike {
	lang = '';
	rate = 1;
	voice: SpeechSynthesisVoice | null = null;
	readonly #listeners = new Map<string, ((event: Event) => void)[]>();

	constructor(public text: string) {}

	addEventListener(type: 'start' | 'end' | 'error', listener: (event: Event) => void): void {
		this.#listeners.set(type, [...(this.#listeners.get(type) ?? []), listener]);
	}

	fire(type: 'start' | 'end' | 'error', error?: string): void {
		const event = Object.assign(new Event(type), error ? { error } : {});
		for (const listener of this.#listeners.get(type) ?? []) listener(event);
	}
}

// Behaves like Chrome: no voices until voiceschanged, and cancel() fires 'interrupted' errors
// on the utterances it drops.
export class FakeSynthesis implements SynthesisLike {
	queued: FakeUtterance[] = [];
	cancelCount = 0;
	#voices: SpeechSynthesisVoice[];
	#voicesLoaded: boolean;
	readonly #voiceListeners = new Set<() => void>();

	constructor(voices: SpeechSynthesisVoice[] = [], { voicesLoaded = true } = {}) {
		this.#voices = voices;
		this.#voicesLoaded = voicesLoaded;
	}

	speak(utterance: UtteranceLike): void {
		this.queued.push(utterance as FakeUtterance);
	}

	cancel(): void {
		this.cancelCount += 1;
		const dropped = this.queued;
		this.queued = [];
		for (const utterance of dropped) utterance.fire('error', 'interrupted');
	}

	getVoices(): SpeechSynthesisVoice[] {
		return this.#voicesLoaded ? [...this.#voices] : [];
	}

	addEventListener(_type: 'voiceschanged', listener: () => void): void {
		this.#voiceListeners.add(listener);
	}

	removeEventListener(_type: 'voiceschanged', listener: () => void): void {
		this.#voiceListeners.delete(listener);
	}

	loadVoices(voices: SpeechSynthesisVoice[] = this.#voices): void {
		this.#voices = voices;
		this.#voicesLoaded = true;
		for (const listener of [...this.#voiceListeners]) listener();
	}

	// Lets the browser finish every queued sentence, in order.
	finishAll(): void {
		const done = this.queued;
		this.queued = [];
		for (const utterance of done) {
			utterance.fire('start');
			utterance.fire('end');
		}
	}
}

import { describe, expect, it } from 'vitest';
import {
	checkDictation,
	Dictation,
	findRecognition,
	installDictation,
	joinWords,
	type RecognitionClassLike,
	type RecognitionLike,
	type ResultEventLike
} from './dictation';

// A fake recogniser: remembers the last instance, answers available() as told.
function fakeRecognition(status: string, options: { local?: boolean } = {}) {
	const made: FakeRecognition[] = [];
	const asked: unknown[] = [];
	class FakeRecognition implements RecognitionLike {
		lang = '';
		continuous = false;
		interimResults = false;
		onresult: RecognitionLike['onresult'] = null;
		onerror: RecognitionLike['onerror'] = null;
		onend: RecognitionLike['onend'] = null;
		started = false;
		#local = false;
		constructor() {
			made.push(this);
		}
		get processLocally() {
			return this.#local;
		}
		set processLocally(value: boolean) {
			// A browser without on-device recognition ignores the wish.
			if (options.local !== false) this.#local = value;
		}
		start() {
			this.started = true;
		}
		stop() {
			this.onend?.();
		}
		abort() {}
		static available(request: unknown) {
			asked.push(request);
			return Promise.resolve(status);
		}
		static install() {
			return Promise.resolve(status !== 'unavailable');
		}
	}
	return { recognition: FakeRecognition as RecognitionClassLike, made, asked };
}

function results(...parts: [string, boolean][]): ResultEventLike {
	return {
		resultIndex: 0,
		results: Object.assign(
			parts.map(([transcript, isFinal]) => Object.assign([{ transcript }], { isFinal })),
			{}
		)
	};
}

describe('dictation on the device', () => {
	it('is offered only where the browser can check for recognition on the device', () => {
		const { recognition } = fakeRecognition('available');
		expect(findRecognition({ SpeechRecognition: recognition })).toBe(recognition);
		// The prefixed, cloud-only kind and a class without available() do not count.
		expect(findRecognition({ webkitSpeechRecognition: recognition })).toBeNull();
		expect(findRecognition({ SpeechRecognition: class {} })).toBeNull();
		expect(findRecognition({})).toBeNull();
	});

	it('asks for this language on the device, and reads the answer', async () => {
		const ready = fakeRecognition('available');
		expect(await checkDictation(ready.recognition, 'de-DE')).toBe('ready');
		expect(ready.asked).toEqual([{ langs: ['de-DE'], processLocally: true }]);
		expect(await checkDictation(fakeRecognition('downloadable').recognition, 'de-DE')).toBe(
			'install'
		);
		expect(await checkDictation(fakeRecognition('downloading').recognition, 'de-DE')).toBe(
			'install'
		);
		expect(await checkDictation(fakeRecognition('unavailable').recognition, 'de-DE')).toBe('none');
		expect(await checkDictation(null, 'de-DE')).toBe('none');
		expect(await installDictation(fakeRecognition('downloadable').recognition, 'de-DE')).toBe(true);
	});

	it('listens on the device and reports sure and heard words', () => {
		const { recognition, made } = fakeRecognition('available');
		const dictation = new Dictation(recognition, 'de-DE');
		const heard: [string, string][] = [];
		let ended = false;
		dictation.start({
			words: (final, interim) => heard.push([final, interim]),
			end: () => (ended = true),
			error: () => {}
		});
		const instance = made[0]!;
		expect(instance.processLocally).toBe(true);
		expect(instance.lang).toBe('de-DE');
		instance.onresult?.(results(['Ich möchte', true], ['tan', false]));
		instance.onresult?.({ ...results(['Ich möchte', true], ['tanzen', true]), resultIndex: 1 });
		expect(heard).toEqual([
			['Ich möchte', 'tan'],
			['Ich möchte tanzen', '']
		]);
		dictation.stop();
		expect(ended).toBe(true);
	});

	it('refuses to listen when the browser would not keep the voice on the device', () => {
		const { recognition, made } = fakeRecognition('available', { local: false });
		const dictation = new Dictation(recognition, 'de-DE');
		expect(() =>
			dictation.start({ words: () => {}, end: () => {}, error: () => {} })
		).toThrowError();
		expect(made[0]?.started).toBe(false);
	});

	it('joins words with one space', () => {
		expect(joinWords(' Ich ', ' tanze ')).toBe('Ich tanze');
		expect(joinWords('', 'gern')).toBe('gern');
	});
});

import { describe, expect, it } from 'vitest';
import { NOT_LOADED, ReadAloud } from './read-aloud.svelte';
import { Speaker } from './speech';
import { FakeSynthesis, FakeUtterance, voice } from './speech.test-support';

const german = voice('anna', 'de-DE', { localService: true, default: true });
const english = voice('daniel', 'en-GB', { localService: true });
const options = { lang: 'de-x-ls', rate: 1, voiceURI: null };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The browser's speech, and an engine over it that loads only when the test lets it. */
function browser(voices = [german], { voicesLoaded = true } = {}) {
	const synthesis = new FakeSynthesis(voices, { voicesLoaded });
	let loads = 0;
	let finish: () => void = () => {};
	let fail: (error: Error) => void = () => {};
	const parts = {
		synthesis: () => synthesis,
		loadSpeaker: () => {
			loads += 1;
			return new Promise<Speaker>((resolve, reject) => {
				finish = () => resolve(new Speaker(synthesis, (text) => new FakeUtterance(text)));
				fail = reject;
			});
		}
	};
	const read = () => synthesis.queued.map((utterance) => utterance.text);
	return {
		synthesis,
		parts,
		read,
		loads: () => loads,
		finishLoading: () => finish(),
		failLoading: () => fail(new Error('offline'))
	};
}

describe('ReadAloud', () => {
	it('knows whether a voice fits without loading the engine', async () => {
		const device = browser([english]);
		const readAloud = new ReadAloud(device.parts);
		await readAloud.init('en');
		expect(readAloud.available).toBe('yes');
		await readAloud.init('de-x-ls');
		expect(readAloud.available).toBe('no-voice');
		expect(readAloud.voices).toEqual([english]);
		readAloud.stop();
		expect(device.loads()).toBe(0);
	});

	it('says there is no speech where the browser has none', async () => {
		const readAloud = new ReadAloud({
			synthesis: () => null,
			loadSpeaker: () => Promise.reject(new Error('never'))
		});
		await readAloud.init('de-x-ls');
		expect(readAloud.available).toBe('no-speech');
		readAloud.speak('Hallo.', options);
		expect(readAloud.speaking).toBe(false);
	});

	it('follows a voice list that the browser fills late', async () => {
		const device = browser([german], { voicesLoaded: false });
		const readAloud = new ReadAloud(device.parts);
		const checked = readAloud.init('de-x-ls');
		device.synthesis.loadVoices();
		await checked;
		expect(readAloud.available).toBe('yes');
		device.synthesis.loadVoices([english]);
		expect(readAloud.voices).toEqual([english]);
		expect(readAloud.available).toBe('no-voice');
	});

	it('reads what was asked while the engine was still loading, and loads it once', async () => {
		const device = browser();
		const readAloud = new ReadAloud(device.parts);
		readAloud.speak('Guten Tag. Hallo.', options);
		expect(readAloud.speaking).toBe(true);
		await settle();
		expect(device.read()).toEqual([]);
		device.finishLoading();
		await settle();
		expect(device.read()).toEqual(['Guten Tag.', 'Hallo.']);
		expect(readAloud.speaking).toBe(true);
		device.synthesis.finishAll();
		expect(readAloud.speaking).toBe(false);
		readAloud.speak('Noch einmal.', options);
		await settle();
		expect(device.read()).toEqual(['Noch einmal.']);
		expect(device.loads()).toBe(1);
	});

	it('reads only the last of two texts asked for while the engine was loading', async () => {
		const device = browser();
		const readAloud = new ReadAloud(device.parts);
		readAloud.speak('Erster Text.', options);
		readAloud.speak('Zweiter Text.', options);
		device.finishLoading();
		await settle();
		expect(device.read()).toEqual(['Zweiter Text.']);
	});

	it('does not start reading once "stop" came while the engine was loading', async () => {
		const device = browser();
		const readAloud = new ReadAloud(device.parts);
		readAloud.speak('Hallo.', options);
		readAloud.stop();
		expect(readAloud.speaking).toBe(false);
		device.finishLoading();
		await settle();
		expect(device.read()).toEqual([]);
		expect(readAloud.speaking).toBe(false);
	});

	it('stops what is being read', async () => {
		const device = browser();
		const readAloud = new ReadAloud(device.parts);
		readAloud.speak('Eins. Zwei.', options);
		device.finishLoading();
		await settle();
		readAloud.stop();
		await settle();
		expect(device.read()).toEqual([]);
		expect(device.synthesis.cancelCount).toBeGreaterThan(0);
		expect(readAloud.speaking).toBe(false);
	});

	it('says the engine could not load, and tries again on the next reading', async () => {
		const device = browser();
		const readAloud = new ReadAloud(device.parts);
		readAloud.speak('Hallo.', options);
		device.failLoading();
		await settle();
		expect(readAloud.speaking).toBe(false);
		expect(readAloud.error).toBe(NOT_LOADED);
		readAloud.speak('Hallo.', options);
		expect(readAloud.error).toBeNull();
		device.finishLoading();
		await settle();
		expect(device.loads()).toBe(2);
		expect(device.read()).toEqual(['Hallo.']);
	});
});

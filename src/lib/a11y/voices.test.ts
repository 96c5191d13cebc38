import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeSynthesis, voice } from './speech.test-support';
import { browserSynthesis, primaryLanguage, voicesFor, whenVoicesReady } from './voices';

const german = voice('de-local', 'de-DE', { localService: true });
const austrian = voice('de-at', 'de-AT');
const english = voice('en-gb', 'en-GB', { localService: true });

describe('primaryLanguage', () => {
	it.each([
		['de-x-ls', 'de'],
		['de_AT', 'de'],
		['DE', 'de'],
		[' en-GB ', 'en'],
		['', '']
	])('gives the language of %s: %s', (tag, expected) => {
		expect(primaryLanguage(tag)).toBe(expected);
	});
});

describe('voicesFor', () => {
	it('gives the voices of the app language, whatever their region', () => {
		expect(voicesFor([german, english, austrian], 'de-x-ls')).toEqual([german, austrian]);
		expect(voicesFor([german, english], 'en')).toEqual([english]);
	});

	it('gives none when no voice speaks the language', () => {
		expect(voicesFor([german, english], 'ar')).toEqual([]);
		expect(voicesFor([], 'de')).toEqual([]);
	});
});

describe('whenVoicesReady', () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	it('gives the voices at once when they are already there', async () => {
		await expect(whenVoicesReady(new FakeSynthesis([german]))).resolves.toEqual([german]);
	});

	it('waits for voiceschanged when the list starts empty', async () => {
		const synthesis = new FakeSynthesis([german], { voicesLoaded: false });
		const ready = whenVoicesReady(synthesis, 10_000);
		synthesis.loadVoices();
		await expect(ready).resolves.toEqual([german]);
	});

	it('gives up after the timeout with an empty list', async () => {
		vi.useFakeTimers();
		const ready = whenVoicesReady(new FakeSynthesis([german], { voicesLoaded: false }), 500);
		vi.advanceTimersByTime(500);
		await expect(ready).resolves.toEqual([]);
	});

	it('does not wait where there is no speech', async () => {
		await expect(whenVoicesReady(null, 60_000)).resolves.toEqual([]);
	});
});

describe('browserSynthesis', () => {
	it('is null where the browser cannot read aloud (Node)', () => {
		expect(browserSynthesis()).toBeNull();
	});
});

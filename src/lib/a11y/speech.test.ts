import { describe, expect, it } from 'vitest';
import {
	Speaker,
	clampRate,
	createBrowserSpeaker,
	pickVoice,
	splitIntoSentences,
	type SpeakerChange
} from './speech';
import { FakeSynthesis, FakeUtterance, voice } from './speech.test-support';

const german = voice('de-remote', 'de-DE');
const germanLocal = voice('de-local', 'de-DE', { localService: true });
const austrian = voice('de-at', 'de-AT', { localService: true });
const english = voice('en-gb', 'en-GB', { localService: true });

function setup(voices: SpeechSynthesisVoice[] = [germanLocal, english], voicesLoaded = true) {
	const synthesis = new FakeSynthesis(voices, { voicesLoaded });
	const speaker = new Speaker(synthesis, (text) => new FakeUtterance(text));
	const changes: SpeakerChange['type'][] = [];
	speaker.onChange((change) => changes.push(change.type));
	return { synthesis, speaker, changes };
}

const options = { lang: 'de-x-ls', rate: 1, voiceURI: null };

describe('splitIntoSentences', () => {
	it('splits after full stop, question mark, exclamation mark and colon', () => {
		expect(splitIntoSentences('Hallo. Wie geht es? Gut! Wichtig: Wasser trinken.')).toEqual([
			'Hallo.',
			'Wie geht es?',
			'Gut!',
			'Wichtig:',
			'Wasser trinken.'
		]);
	});

	it('splits at line breaks even without a full stop', () => {
		expect(splitIntoSentences('Meine Wünsche\nMeine Menschen\r\nAngebote')).toEqual([
			'Meine Wünsche',
			'Meine Menschen',
			'Angebote'
		]);
	});

	it('collapses whitespace and drops empty parts', () => {
		expect(splitIntoSentences('  Das   ist\t gut.  \n\n   \n Ja.  ')).toEqual([
			'Das ist gut.',
			'Ja.'
		]);
	});

	it('keeps prices and times together', () => {
		expect(splitIntoSentences('Das Essen kostet 3,50 Euro. Wir essen um 12.30 Uhr.')).toEqual([
			'Das Essen kostet 3,50 Euro.',
			'Wir essen um 12.30 Uhr.'
		]);
	});

	it('keeps a time with a colon together', () => {
		expect(splitIntoSentences('Beginn um 12:30 Uhr.')).toEqual(['Beginn um 12:30 Uhr.']);
	});

	it('keeps a date like "3. Mai" together', () => {
		expect(splitIntoSentences('Das Fest ist am 3. Mai. Alle sind eingeladen.')).toEqual([
			'Das Fest ist am 3. Mai.',
			'Alle sind eingeladen.'
		]);
	});

	it('keeps a closing quote with its sentence', () => {
		expect(splitIntoSentences('Sie sagt: „Hallo.“ Dann geht sie.')).toEqual([
			'Sie sagt:',
			'„Hallo.“',
			'Dann geht sie.'
		]);
	});

	it('cuts a very long sentence into pieces below the limit', () => {
		const long = Array.from({ length: 60 }, (_, index) => `Wort${index}`).join(' ');
		const pieces = splitIntoSentences(long, 100);
		expect(pieces.length).toBeGreaterThan(1);
		expect(pieces.every((piece) => piece.length <= 100)).toBe(true);
		expect(pieces.join(' ')).toBe(long);
	});

	it('gives nothing for empty text', () => {
		expect(splitIntoSentences(' \n\t ')).toEqual([]);
	});
});

describe('pickVoice', () => {
	it('takes a voice of the chosen language, never one of another', () => {
		const arabic = voice('laila', 'ar-EG');
		expect(pickVoice([german, arabic], 'ar', null)).toBe(arabic);
		expect(pickVoice([german], 'uk', null)).toBeNull();
	});

	it('takes the saved voice when it still exists', () => {
		expect(pickVoice([germanLocal, german], 'de', 'de-remote')).toBe(german);
	});

	it('takes the best match when the saved voice is gone', () => {
		expect(pickVoice([german, germanLocal], 'de', 'gone')).toBe(germanLocal);
	});

	it('ignores a saved voice of another language', () => {
		expect(pickVoice([english, german], 'de-x-ls', 'en-gb')).toBe(german);
	});

	it('prefers the exact region for Leichte Sprache', () => {
		expect(pickVoice([austrian, german], 'de-x-ls')).toBe(german);
	});

	it('prefers a local voice over a remote one of the same region', () => {
		expect(pickVoice([german, germanLocal], 'de')).toBe(germanLocal);
	});

	it('prefers the default voice when all else is equal', () => {
		const preferred = voice('de-default', 'de-DE', { localService: true, default: true });
		expect(pickVoice([germanLocal, preferred], 'de')).toBe(preferred);
	});

	it('falls back to the same language in another region', () => {
		expect(pickVoice([english, austrian], 'de-x-ls')).toBe(austrian);
	});

	it('understands voices written with an underscore', () => {
		const android = voice('android-de', 'de_DE');
		expect(pickVoice([austrian, android], 'de')).toBe(android);
	});

	it('gives null when no voice speaks the language', () => {
		expect(pickVoice([english], 'de-x-ls')).toBeNull();
	});
});

describe('clampRate', () => {
	it.each([
		[0.1, 0.5],
		[5, 2],
		[1.25, 1.25],
		[Number.NaN, 1]
	])('turns rate %s into %s', (rate, expected) => {
		expect(clampRate(rate)).toBe(expected);
	});
});

describe('Speaker.speak', () => {
	it('queues one utterance per sentence', () => {
		const { synthesis, speaker } = setup();
		speaker.speak('Guten Tag. Wie geht es Ihnen?', options);
		expect(synthesis.queued.map((utterance) => utterance.text)).toEqual([
			'Guten Tag.',
			'Wie geht es Ihnen?'
		]);
	});

	it('gives every utterance the chosen voice, language and rate', () => {
		const { synthesis, speaker } = setup([german, germanLocal, english]);
		speaker.speak('Eins. Zwei.', { lang: 'de-x-ls', rate: 0.8, voiceURI: null });
		for (const utterance of synthesis.queued) {
			expect(utterance).toMatchObject({ voice: germanLocal, lang: 'de-DE', rate: 0.8 });
		}
	});

	it('uses the saved voice', () => {
		const { synthesis, speaker } = setup([german, germanLocal]);
		speaker.speak('Eins.', { ...options, voiceURI: 'de-remote' });
		expect(synthesis.queued[0]?.voice).toBe(german);
	});

	it('sets the language without a voice when the voice list is still empty', () => {
		const { synthesis, speaker } = setup([germanLocal], false);
		speaker.speak('Eins.', options);
		expect(synthesis.queued[0]).toMatchObject({ voice: null, lang: 'de-DE' });
	});

	it('clamps the rate', () => {
		const { synthesis, speaker } = setup();
		speaker.speak('Eins.', { ...options, rate: 9 });
		expect(synthesis.queued[0]?.rate).toBe(2);
	});

	it('says it is speaking and tells listeners it started', () => {
		const { speaker, changes } = setup();
		speaker.speak('Eins.', options);
		expect(speaker.isSpeaking).toBe(true);
		expect(changes).toEqual(['start']);
	});

	it('keeps speaking until the last sentence has ended', () => {
		const { synthesis, speaker } = setup();
		speaker.speak('Eins. Zwei.', options);
		synthesis.queued[0]?.fire('end');
		expect(speaker.isSpeaking).toBe(true);
	});

	it('ends after the last sentence', () => {
		const { synthesis, speaker, changes } = setup();
		speaker.speak('Eins. Zwei.', options);
		synthesis.finishAll();
		expect(speaker.isSpeaking).toBe(false);
		expect(changes).toEqual(['start', 'end']);
	});

	it('cancels what is being read before reading new text', () => {
		const { synthesis, speaker } = setup();
		speaker.speak('Alt eins. Alt zwei.', options);
		speaker.speak('Neu.', options);
		expect(synthesis.queued.map((utterance) => utterance.text)).toEqual(['Neu.']);
	});

	it('stays speaking when the old text reports its end after a new speak', () => {
		const { synthesis, speaker } = setup();
		speaker.speak('Alt.', options);
		const old = synthesis.queued[0];
		speaker.speak('Neu.', options);
		old?.fire('end');
		expect(speaker.isSpeaking).toBe(true);
	});

	it('does nothing with empty text', () => {
		const { synthesis, speaker } = setup();
		speaker.speak('   ', options);
		expect(synthesis.queued).toEqual([]);
		expect(speaker.isSpeaking).toBe(false);
	});

	it('reports a failure and stops', () => {
		const { synthesis, speaker } = setup();
		const errors: string[] = [];
		speaker.onChange((change) => {
			if (change.type === 'error') errors.push(change.error);
		});
		speaker.speak('Eins. Zwei.', options);
		synthesis.queued[0]?.fire('error', 'synthesis-failed');
		expect(errors).toEqual(['synthesis-failed']);
		expect(speaker.isSpeaking).toBe(false);
	});

	it('treats an interruption from elsewhere as an end, not a failure', () => {
		const { synthesis, speaker, changes } = setup();
		speaker.speak('Eins.', options);
		synthesis.queued[0]?.fire('error', 'interrupted');
		expect(changes).toEqual(['start', 'end']);
	});
});

describe('Speaker.stop', () => {
	it('cancels the speech and is no longer speaking', () => {
		const { synthesis, speaker } = setup();
		speaker.speak('Eins. Zwei.', options);
		const cancelsBefore = synthesis.cancelCount;
		speaker.stop();
		expect(synthesis.cancelCount).toBe(cancelsBefore + 1);
		expect(speaker.isSpeaking).toBe(false);
	});

	it('tells listeners once that reading ended', () => {
		const { speaker, changes } = setup();
		speaker.speak('Eins. Zwei.', options);
		speaker.stop();
		expect(changes).toEqual(['start', 'end']);
	});

	it('tells listeners nothing when nothing was being read', () => {
		const { speaker, changes } = setup();
		speaker.stop();
		expect(changes).toEqual([]);
	});
});

describe('Speaker without speechSynthesis', () => {
	const unsupported = () => new Speaker(null, (text) => new FakeUtterance(text));

	it('says it is not supported', () => {
		expect(unsupported().isSupported).toBe(false);
	});

	it('does not start speaking', () => {
		const speaker = unsupported();
		speaker.speak('Eins.', options);
		expect(speaker.isSpeaking).toBe(false);
	});

	it('has no voices', () => {
		expect(unsupported().voices()).toEqual([]);
	});

	it('is what the browser speaker gives in Node', () => {
		expect(createBrowserSpeaker().isSupported).toBe(false);
	});
});

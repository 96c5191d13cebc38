import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Announcer } from './announcer.svelte';

const offline = 'nahbei geht jetzt auch ohne Internet.';
let announcer: Announcer;

beforeEach(() => {
	vi.useFakeTimers();
	announcer = new Announcer();
});
afterEach(() => vi.useRealTimers());

const newsTexts = () => announcer.news.map((news) => news.text);

describe('the announcer', () => {
	it('says a message after clearing the region, so repeats are heard', () => {
		announcer.say('Gespeichert.');
		expect(announcer.message).toBe('');
		vi.advanceTimersByTime(60);
		expect(announcer.message).toBe('Gespeichert.');
		announcer.say('Gespeichert.');
		expect(announcer.message).toBe('');
		vi.advanceTimersByTime(60);
		expect(announcer.message).toBe('Gespeichert.');
	});

	it('says background news in the news region, not in the answer to the person', () => {
		announcer.say(offline, { background: true });
		vi.advanceTimersByTime(60);
		expect(newsTexts()).toEqual([offline]);
		expect(announcer.message).toBe('');
	});

	it('never replaces the answer to the person with background news', () => {
		announcer.say('Gespeichert.');
		vi.advanceTimersByTime(60);
		announcer.say(offline, { background: true });
		vi.advanceTimersByTime(60_000);
		expect(announcer.message).toBe('Gespeichert.');
		expect(newsTexts()).toEqual([offline]);
	});

	it('lets background news wait until the answer to the person has had its time', () => {
		announcer.say('Gespeichert.');
		vi.advanceTimersByTime(60);
		announcer.say(offline, { background: true });
		vi.advanceTimersByTime(1000);
		expect(newsTexts()).toEqual([]);
		vi.advanceTimersByTime(2000);
		expect(newsTexts()).toEqual([offline]);
	});

	it('lets waiting news wait again for a newer answer to the person', () => {
		announcer.say('Gespeichert.');
		announcer.say(offline, { background: true });
		vi.advanceTimersByTime(2000);
		announcer.say('Anna ist gespeichert.');
		vi.advanceTimersByTime(1500);
		expect(newsTexts()).toEqual([]);
		vi.advanceTimersByTime(1500);
		expect(newsTexts()).toEqual([offline]);
		expect(announcer.message).toBe('Anna ist gespeichert.');
	});

	it('says an answer to the person at once, right after background news', () => {
		announcer.say(offline, { background: true });
		announcer.say('Gespeichert.');
		vi.advanceTimersByTime(60);
		expect(announcer.message).toBe('Gespeichert.');
		expect(newsTexts()).toEqual([offline]);
	});

	it('says the same background news twice as two entries, so both are heard', () => {
		announcer.say(offline, { background: true });
		announcer.say(offline, { background: true });
		expect(newsTexts()).toEqual([offline, offline]);
		const [first, second] = announcer.news;
		expect(first?.id).not.toBe(second?.id);
	});

	it('keeps only the newest 3 pieces of news', () => {
		for (const text of ['Eins.', 'Zwei.', 'Drei.', 'Vier.']) {
			announcer.say(text, { background: true });
		}
		expect(newsTexts()).toEqual(['Zwei.', 'Drei.', 'Vier.']);
	});
});

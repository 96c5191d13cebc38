import { describe, expect, it } from 'vitest';
import { asSentence, joinNames, speakParts, type Translate } from './spoken';

const texts: Record<string, string> = {
	'network.person.name': '{{name}}',
	'network.area.family': 'Familie',
	'network.closeness.veryClose': 'Sehr nah',
	'network.figures.stars': '{{names}} kennen die meisten.'
};
const translate: Translate = (key, values = {}) =>
	(texts[key] ?? key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));

describe('asSentence', () => {
	it('adds a full stop only where none is', () => {
		expect(asSentence('Familie')).toBe('Familie.');
		expect(asSentence('Wer? ')).toBe('Wer?');
	});
});

describe('joinNames', () => {
	it('joins names as a person says them', () => {
		expect(joinNames(['Anna', 'Ben', 'Carla'], 'de-x-ls')).toBe('Anna, Ben und Carla');
		expect(joinNames(['Anna', 'Ben'], 'en')).toBe('Anna and Ben');
	});

	it('uses the word for "and" of Turkish, Arabic and Ukrainian', () => {
		expect(joinNames(['Anna', 'Ben', 'Carla'], 'tr')).toBe('Anna, Ben ve Carla');
		expect(joinNames(['Anna', 'Ben'], 'ar')).toBe('Anna وBen');
		expect(joinNames(['Anna', 'Ben', 'Carla'], 'uk')).toBe('Anna, Ben і Carla');
	});
});

describe('speakParts', () => {
	it('makes one sentence per part', () => {
		const parts = [
			{ key: 'network.person.name', name: 'Anna' },
			{ key: 'network.area.family' },
			{ key: 'network.closeness.veryClose' },
			{ key: 'network.figures.stars', names: ['Anna', 'Ben'] }
		];
		expect(speakParts(parts, translate, 'de-x-ls')).toBe(
			'Anna. Familie. Sehr nah. Anna und Ben kennen die meisten.'
		);
	});
});

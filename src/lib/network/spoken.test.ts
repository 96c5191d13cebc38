import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asSentence, createSpeaker, joinNames, speakPart, type Translate } from './spoken';

const texts: Record<string, string> = {
	'network.person.name': '{{name}}',
	'network.area.family': 'Familie',
	'network.closeness.veryClose': 'Sehr nah',
	'network.figures.stars': '{{names}} kennen die meisten.',
	'network.ties.knows': '{{name}} kennt {{names}}',
	'network.figures.clique_one': 'Eine Gruppe mit {{count}}: {{names}}.',
	'network.figures.clique_other': '{{count}} kennen sich alle: {{names}}.',
	'network.compare.tieAdded': 'Neu: {{first}} kennt {{second}}',
	'network.person.helpsWithOther': 'Hilft auch bei: {{text}}'
};
const translate: Translate = (key, values = {}) => {
	const count = values['count'];
	const plural = typeof count === 'number' ? `${key}_${count === 1 ? 'one' : 'other'}` : key;
	return (texts[plural] ?? texts[key] ?? key).replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
		String(values[name])
	);
};

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

describe('a speaker over several parts', () => {
	it('makes one sentence per part', () => {
		const parts = [
			{ key: 'network.person.name', name: 'Anna' },
			{ key: 'network.area.family' },
			{ key: 'network.closeness.veryClose' },
			{ key: 'network.figures.stars', names: ['Anna', 'Ben'] }
		];
		expect(parts.map(createSpeaker(translate, 'de-x-ls')).join(' ')).toBe(
			'Anna. Familie. Sehr nah. Anna und Ben kennen die meisten.'
		);
	});
});

describe('createSpeaker', () => {
	const keys = Object.keys(texts).map((key) => key.replace(/_(one|other)$/u, ''));
	const word = fc.oneof(
		fc.string(),
		fc.constantFrom('$&', "$'", '{{name}}', '\uE0000\uE001', 'Anna.', ' Ben ')
	);
	const part = fc.record(
		{
			key: fc.constantFrom(...keys),
			name: word,
			names: fc.array(word, { maxLength: 4 }),
			text: word,
			first: word,
			second: word,
			count: fc.integer({ min: 0, max: 5 })
		},
		{ requiredKeys: ['key'] }
	);

	it('says every part as speakPart does, whatever the names hold', () => {
		fc.assert(
			fc.property(fc.array(part, { maxLength: 12 }), (parts) => {
				const speak = createSpeaker(translate, 'de-x-ls');
				for (const one of parts) expect(speak(one)).toBe(speakPart(one, translate, 'de-x-ls'));
			})
		);
	});

	it('translates each kind of part once', () => {
		let calls = 0;
		const counting: Translate = (key, values) => {
			calls++;
			return translate(key, values);
		};
		const speak = createSpeaker(counting, 'de-x-ls');
		const said = ['Anna', 'Ben', 'Carla'].map((name) =>
			speak({ key: 'network.ties.knows', name, names: ['Dora', 'Emil'] })
		);
		expect(said).toEqual([
			'Anna kennt Dora und Emil.',
			'Ben kennt Dora und Emil.',
			'Carla kennt Dora und Emil.'
		]);
		expect(calls).toBe(1);
	});
});

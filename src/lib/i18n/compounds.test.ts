import { describe, expect, it } from 'vitest';
import { searchTerms } from '$lib/offers/search-text';
import { JOINT, formatCompounds, formatMessages, joinCompounds, plainCompounds } from './compounds';

describe('formatCompounds', () => {
	it('shows the marker as a hyphen, with the joint in front', () => {
		expect(formatCompounds('Das Haupt|Menü ist oben.', 'hyphen')).toBe(
			`Das Haupt${JOINT}-Menü ist oben.`
		);
	});

	it('shows the marker as a Mediopunkt and writes the next part in lower case', () => {
		expect(formatCompounds('Ein|Gliederungs|Hilfe', 'mediopunkt')).toBe(
			`Ein${JOINT}·gliederungs${JOINT}·hilfe`
		);
	});

	it('leaves a bar that is not between two letters, and placeholders, alone', () => {
		expect(formatCompounds('A | B {{name}}', 'hyphen')).toBe('A | B {{name}}');
	});

	it('leaves text without markers as it is', () => {
		const text = 'Mittags-Tisch';
		expect(formatCompounds(text, 'mediopunkt')).toBe(text);
	});
});

describe('joinCompounds', () => {
	it.each(['hyphen', 'mediopunkt'] as const)('gives the whole word from the %s form', (style) => {
		expect(joinCompounds(formatCompounds('Der Wochen|Markt und das Haupt|Menü', style))).toBe(
			'Der Wochenmarkt und das Hauptmenü'
		);
	});

	it('keeps hyphens that are part of the text', () => {
		expect(joinCompounds('E-Mail an das Quartier-Team')).toBe('E-Mail an das Quartier-Team');
	});
});

describe('plainCompounds', () => {
	it('keeps the shown mark and drops only the joint', () => {
		expect(plainCompounds(formatCompounds('Haupt|Menü', 'hyphen'))).toBe('Haupt-Menü');
		expect(plainCompounds(formatCompounds('Haupt|Menü', 'mediopunkt'))).toBe('Haupt·menü');
	});
});

describe('formatMessages', () => {
	it('formats every nested string and keeps the keys', () => {
		expect(formatMessages({ a: { b: 'Treff|Punkt' }, c: 'Hallo' }, 'mediopunkt')).toEqual({
			a: { b: `Treff${JOINT}·punkt` },
			c: 'Hallo'
		});
	});
});

describe('search', () => {
	it('finds the joined, hyphen and Mediopunkt forms as the same word', () => {
		const joined = searchTerms('Wochenmarkt');
		expect(searchTerms(formatCompounds('Wochen|Markt', 'hyphen'))).toEqual(joined);
		expect(searchTerms(formatCompounds('Wochen|Markt', 'mediopunkt'))).toEqual(joined);
		expect(searchTerms('Wochen-Markt')).toEqual(joined);
		expect(searchTerms('Wochen·markt')).toEqual(joined);
	});
});

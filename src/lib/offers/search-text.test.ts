import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	expandQuery,
	indexTerms,
	normaliseWord,
	processTerm,
	queryTerms,
	searchTerms,
	splitCompound,
	tokenise
} from './search-text';
import { SYNONYM_GROUPS } from './synonyms';

describe('normaliseWord', () => {
	it('makes every way of writing Mittagstisch the same word', () => {
		for (const word of ['Mittagstisch', 'Mittags-Tisch', 'Mittags·Tisch', 'mittagstisch']) {
			expect(normaliseWord(word)).toBe('mittagstisch');
		}
	});

	it('removes the soft split marker and other hyphens', () => {
		expect(normaliseWord('Mittags|tisch')).toBe('mittagstisch');
		expect(normaliseWord('Mittags\u2010Tisch')).toBe('mittagstisch');
		expect(normaliseWord('Mittags\u2011Tisch')).toBe('mittagstisch');
		expect(normaliseWord('Mittags\u00adtisch')).toBe('mittagstisch');
	});

	it('writes out umlauts and ß', () => {
		expect(normaliseWord('Straße')).toBe(normaliseWord('Strasse'));
		expect(normaliseWord('Müll')).toBe(normaliseWord('Muell'));
		expect(normaliseWord('Bücher')).toBe('buecher');
		expect(normaliseWord('ÄRZTIN')).toBe('aerztin');
		expect(normaliseWord('Öffnungszeit')).toBe('oeffnungszeit');
	});

	it('treats an umlaut typed as two characters like a ready-made one', () => {
		expect(normaliseWord('Bu\u0308cher')).toBe('buecher');
	});

	it('drops other accents', () => {
		expect(normaliseWord('Café')).toBe('cafe');
	});

	it('turns ligatures and styled letters into plain letters', () => {
		expect(normaliseWord('Auﬂage')).toBe('auflage');
		expect(normaliseWord('𝐀rzt')).toBe('arzt');
	});

	it('drops punctuation around a word', () => {
		expect(normaliseWord('„Treffpunkt“!')).toBe('treffpunkt');
	});

	it('always gives lower-case letters and digits only, and keeps its own result', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme' }), (word) => {
				const normalised = normaliseWord(word);
				expect(normalised).toMatch(/^[\p{L}\p{N}]*$/u);
				expect(normalised).toBe(normalised.toLowerCase());
				expect(normaliseWord(normalised)).toBe(normalised);
			})
		);
	});
});

describe('tokenise', () => {
	it('splits at spaces and punctuation but keeps compounds whole', () => {
		expect(tokenise('Der Mittags-Tisch, im Stadt·Teil-Haus.')).toEqual([
			'Der',
			'Mittags-Tisch',
			'im',
			'Stadt·Teil-Haus'
		]);
	});

	it('splits number ranges', () => {
		expect(tokenise('Von 10-12 Uhr')).toEqual(['Von', '10', '12', 'Uhr']);
	});

	it('gives nothing for empty or punctuation-only text', () => {
		expect(tokenise('')).toEqual([]);
		expect(tokenise(' … , ! ')).toEqual([]);
	});
});

describe('processTerm', () => {
	it('normalises a query word', () => {
		expect(processTerm('Mittags·Tisch')).toBe('mittagstisch');
	});

	it('drops function words and empty words', () => {
		expect(processTerm('beim')).toBeNull();
		expect(processTerm('für')).toBeNull();
		expect(processTerm('–')).toBeNull();
	});
});

describe('indexTerms', () => {
	// The whole word, its parts, and the stems of those with an ending.
	const mittagstisch = ['mittagstisch', 'mittags', 'tisch', 'mittagst', 'mittag'];

	it('indexes a marked compound whole and in its parts', () => {
		expect(indexTerms('Mittags-Tisch')).toEqual(mittagstisch);
		expect(indexTerms('Sprach·Café')).toEqual(['sprachcafe', 'sprach', 'cafe', 'sprachcaf', 'caf']);
	});

	it('splits an unmarked compound at a known last word', () => {
		expect(indexTerms('Mittagstisch')).toEqual(mittagstisch);
		expect(indexTerms('Bücherhalle')).toEqual([
			'buecherhalle',
			'buecher',
			'halle',
			'buecherhall',
			'buech',
			'hall'
		]);
	});

	it('adds the stem of a word with an ending', () => {
		expect(indexTerms('Behinderung')).toEqual(['behinderung', 'behinder']);
		expect(indexTerms('Spiele')).toEqual(['spiele', 'spiel']);
	});

	it('leaves short and ordinary words alone', () => {
		expect(indexTerms('Tisch')).toEqual(['tisch']);
		expect(indexTerms('Interessen')).toEqual(['interessen', 'interess']);
	});

	it('keeps parts of at least three letters only', () => {
		expect(indexTerms('E-Mail')).toEqual(['email', 'mail']);
	});

	it('indexes nothing for a function word', () => {
		expect(indexTerms('und')).toEqual([]);
	});
});

describe('queryTerms', () => {
	it('asks for the word and its stem', () => {
		expect(queryTerms('Behinderte')).toEqual(['behinderte', 'behindert']);
		expect(queryTerms('Tisch')).toEqual(['tisch']);
		expect(queryTerms('und')).toEqual([]);
	});
});

describe('splitCompound', () => {
	const known = (words: string[]) => (part: string) => words.some((word) => word.startsWith(part));

	it('splits a compound into known parts, dropping the linking letter', () => {
		expect(splitCompound('beratungsstelle', known(['beratung', 'stelle']))).toEqual([
			'beratung',
			'stelle'
		]);
		expect(splitCompound('schwimmbad', known(['schwimmen', 'bad']))).toEqual(['schwimm', 'bad']);
	});

	it('gives the known front part alone when the last part is unknown', () => {
		expect(splitCompound('kleiderkammer', known(['kleidung']))).toEqual(['kleid']);
	});

	it('gives nothing for short words or unknown parts', () => {
		expect(splitCompound('tisch', known(['tisch']))).toEqual([]);
		expect(splitCompound('flughafen', known(['kleidung']))).toEqual([]);
	});
});

describe('searchTerms', () => {
	it('gives the normalised words of a query without function words', () => {
		expect(searchTerms('Hilfe beim Einkaufen')).toEqual(['hilfe', 'einkaufen']);
	});
});

describe('expandQuery', () => {
	it('adds the phrase for Einkaufshilfe', () => {
		expect(expandQuery('Einkaufshilfe')).toEqual([
			'Einkaufshilfe',
			'Hilfe beim Einkaufen',
			'Einkaufen'
		]);
	});

	it('works both ways between Essen and Mittagstisch', () => {
		expect(expandQuery('Essen')).toContain('Mittagstisch');
		expect(expandQuery('Mittags-Tisch')).toContain('Essen');
		expect(expandQuery('mittagessen')).toContain('Mittagstisch');
	});

	it('finds synonyms however the query is written', () => {
		expect(expandQuery('ARZT')).toContain('Gesundheit');
		expect(expandQuery('Gesundheit')).toContain('Arzt');
		expect(expandQuery('Rollstuhl')).toContain('barrierefrei');
		expect(expandQuery('Buecher')).toContain('Bücherhalle');
	});

	it('finds a phrase inside a longer query', () => {
		expect(expandQuery('Ich suche Hilfe beim Einkaufen')).toContain('Einkaufshilfe');
	});

	it('keeps the query first and lists nothing twice', () => {
		const expanded = expandQuery('Beratung und Hilfe');
		expect(expanded[0]).toBe('Beratung und Hilfe');
		expect(new Set(expanded.map((entry) => searchTerms(entry).join(' '))).size).toBe(
			expanded.length
		);
	});

	it('gives just the query when nothing matches', () => {
		expect(expandQuery('  Flughafen ')).toEqual(['Flughafen']);
	});
});

describe('SYNONYM_GROUPS', () => {
	it('has about twenty groups of at least two members each', () => {
		expect(SYNONYM_GROUPS.length).toBeGreaterThanOrEqual(20);
		for (const group of SYNONYM_GROUPS) expect(group.length).toBeGreaterThanOrEqual(2);
	});

	it('has members that are searchable words', () => {
		for (const member of SYNONYM_GROUPS.flat())
			expect(searchTerms(member).length).toBeGreaterThan(0);
	});
});

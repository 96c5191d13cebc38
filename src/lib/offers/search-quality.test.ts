// The search quality table: everyday queries people type, with the offer of the shipped catalogue
// they look for. Each must be among the first three results (hit@3). Queries are written as people
// write them: word endings, compounds, umlauts spelt out, small typos, everyday synonyms.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCatalogueFile } from './catalogue-file';
import { createOfferIndex, searchOffers } from './offer-index';

const file = readCatalogueFile(JSON.parse(readFileSync('static/data/angebote.json', 'utf8')));
if (!file.ok) throw new Error(file.message);
const offers = file.offers;
const index = createOfferIndex(offers);
const nameOf = new Map(offers.map((offer) => [offer.id, offer.name]));

const table: [query: string, expected: string][] = [
	// Names and parts of names
	['Mittagstisch', 'Mittags-Tisch'],
	['Mittagessen', 'Mittags-Tisch'],
	['warmes Essen', 'Mittags-Tisch'],
	['Frühstück', 'Frühstücks-Treff'],
	['Tafel', 'Lindenhofer Tafel'],
	['Lebensmittel', 'Lindenhofer Tafel'],
	['Suppe', 'Suppen-Abend'],
	['kochen', 'Koch-Gruppe'],
	// Word endings
	['Behinderte', 'Teilhabe-Beratung für Menschen mit Behinderung'],
	['behindert', 'Teilhabe-Beratung für Menschen mit Behinderung'],
	['Spiele', 'Spiele-Nachmittag'],
	['tanzen', 'Tanz-Treff'],
	['Kinder', 'Hausaufgaben-Hilfe'],
	['singen', 'Quartiers-Chor'],
	['Filme', 'Kino-Abend'],
	// Compounds
	['Beratungsstelle für Behinderte', 'Teilhabe-Beratung für Menschen mit Behinderung'],
	['Schuldnerberatung', 'Schulden-Beratung'],
	['Schwimmbad', 'Schwimmen für alle'],
	['Kleiderkammer', 'Sozial-Kaufhaus'],
	['Fahrradwerkstatt', 'Fahrrad-Werkstatt'],
	['Seniorentreff', 'Senioren-Treff'],
	['Deutschkurs', 'Deutsch-Kurs für Anfänger'],
	['Gebärdensprache', 'Gebärden-Sprache lernen'],
	['Mieterberatung', 'Mieter-Beratung'],
	['Pflegeberatung', 'Pflege-Beratung'],
	['Hausarzt', 'Haus-Arzt-Praxis am Birkenweg'],
	['Blutdruck', 'Blut-Druck messen'],
	// Umlauts and ß
	['Buecherhalle', 'Bücher-Halle Lindenhof'],
	['Baeckerei', 'Bäckerei Kornblume mit Liefer-Dienst'],
	['Gebaerden', 'Gebärden-Sprache lernen'],
	['Fussball', 'Sport für alle im Sport-Verein'],
	['Muehlenteich', 'Wochen-Markt am Mühlenteich'],
	// Typos
	['Mitagstisch', 'Mittags-Tisch'],
	['Reparatur Kaffee', 'Reparatur-Café'],
	['Schwimen', 'Schwimmen für alle'],
	['Apoteke', 'Linden-Apotheke'],
	['Gymnastick', 'Sitz-Gymnastik'],
	// Everyday synonyms in easy words
	['Doktor', 'Haus-Arzt-Praxis am Birkenweg'],
	['Medizin', 'Linden-Apotheke'],
	['Bibliothek', 'Bücher-Halle Lindenhof'],
	['Klamotten', 'Sozial-Kaufhaus'],
	['Nachhilfe', 'Hausaufgaben-Hilfe'],
	['einsam', 'Besuchs-Dienst'],
	['Computer', 'Handy-Sprech-Stunde'],
	['Brötchen', 'Bäckerei Kornblume mit Liefer-Dienst'],
	['Einkaufshilfe', 'Einkaufs-Hilfe'],
	['Geldsorgen', 'Schulden-Beratung'],
	['Wohngeld', 'Sozial-Beratung'],
	['Krankengymnastik', 'Physio-Therapie Lindenhof'],
	['Seelsorge', 'Telefon-Seelsorge'],
	['Depression', 'Selbst-Hilfe-Gruppe: Reden hilft'],
	['Kaffee trinken', 'Senioren-Treff'],
	['Möbel', 'Sozial-Kaufhaus'],
	['Obst und Gemüse', 'Wochen-Markt am Mühlenteich'],
	['kaputt', 'Reparatur-Café'],
	['Ehrenamt', 'Hilfe-Börse: Nachbarn helfen Nachbarn'],
	['Lesen lernen', 'Lesen und Schreiben lernen'],
	['Rente', 'Senioren-Treff'],
	['Malen', 'Mal-Gruppe'],
	['Theater spielen', 'Theater-Gruppe']
];

describe('search quality on the shipped catalogue', () => {
	it('has the offers the table looks for', () => {
		const names = new Set(nameOf.values());
		expect(table.filter(([, name]) => !names.has(name))).toEqual([]);
		expect(table.length).toBeGreaterThanOrEqual(40);
	});

	it.each(table)('finds "%s" → %s among the first three', (query, expected) => {
		const top = searchOffers(index, query)
			.slice(0, 3)
			.map((id) => nameOf.get(id));
		expect(top, query).toContain(expected);
	});
});

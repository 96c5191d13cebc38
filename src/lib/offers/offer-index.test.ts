import { describe, expect, it } from 'vitest';
import { createOfferIndex, searchOffers, type OfferSearchDocument } from './offer-index';

// Realistic offers of one Quartier; each test searches for one of them among all the others.
const offers: OfferSearchDocument[] = [
	{
		id: 'mittagstisch',
		name: 'Mittags-Tisch im Quartier',
		category: 'Essen',
		description: 'Mittagessen für alle. 3 Euro mit wenig Geld oder Rente. 4 Euro für alle anderen.',
		keywords: ['Mittagessen', 'Kochen', 'Gemeinsam essen']
	},
	{
		id: 'nachbarschaftsverein',
		name: 'Nachbarschafts-Verein Q8',
		category: 'Nachbarschaft',
		description:
			'Mitglieder helfen sich gegenseitig: im Haushalt, beim Einkaufen, im Garten und mit dem Fahr-Dienst.',
		keywords: ['Haushalt', 'Einkauf', 'Garten', 'Fahrdienst', 'Nachbarn']
	},
	{
		id: 'treffpunkt',
		name: 'Treffpunkt mit Info-Theke',
		category: 'Treffpunkt',
		description:
			'Hier bekommen Sie Auskunft über Angebote im Stadtteil. Sie können Kaffee trinken und Menschen treffen.',
		keywords: ['Information', 'Begegnung']
	},
	{
		id: 'schuldnerberatung',
		name: 'Beratung bei Geld-Sorgen',
		category: 'Beratung',
		description: 'Wir helfen bei Schulden und bei Anträgen für das Amt.',
		keywords: ['Schulden', 'Antrag', 'Amt']
	},
	{
		id: 'buecherhalle',
		name: 'Bücherhalle Altona',
		category: 'Bildung',
		description: 'Bücher, Hör-Bücher und Zeitungen ausleihen. Es gibt Bücher in Leichter Sprache.',
		keywords: ['Bibliothek', 'Lesen']
	},
	{
		id: 'reparaturcafe',
		name: 'Reparatur-Café',
		category: 'Umwelt',
		description: 'Kaputte Dinge gemeinsam reparieren: Toaster, Fahrrad, Kleidung.',
		keywords: ['Reparieren', 'Werkzeug']
	},
	{
		id: 'sport',
		name: 'Sport für alle',
		category: 'Sport',
		description: 'Gymnastik und Bewegung für jedes Alter. Sie können auch mit Rollstuhl mitmachen.',
		keywords: ['Bewegung', 'Gymnastik']
	},
	{
		id: 'sprachcafe',
		name: 'Sprach·Café',
		category: 'Bildung',
		description: 'Deutsch sprechen üben. Bei Tee und Kuchen.',
		keywords: ['Deutsch', 'Sprache']
	},
	{
		id: 'strassenfest',
		name: 'Straßen-Fest',
		category: 'Feste',
		description: 'Einmal im Jahr feiern die Nachbarn zusammen in der Bahrenfelder Straße.',
		keywords: ['Fest', 'Musik']
	},
	{
		id: 'gesundheitskiosk',
		name: 'Gesundheits-Kiosk',
		category: 'Gesundheit',
		description: 'Fragen zu Medikamenten und Behandlungen. Wir begleiten Sie zur Ärztin.',
		keywords: ['Pflege', 'Medikamente']
	},
	{
		id: 'handysprechstunde',
		name: 'Handy-Sprechstunde',
		category: 'Digitales',
		description: 'Hilfe bei Handy, Tablet und Computer.',
		keywords: ['Smartphone', 'Internet']
	},
	{
		id: 'wohnberatung',
		name: 'Wohn-Beratung',
		category: 'Beratung',
		description: 'Beratung zu Wohnung, Miete und Umbau. Barrierefrei wohnen.',
		keywords: ['Wohnung', 'Miete', 'Rampe']
	},
	{
		id: 'gemeinschaftsgarten',
		name: 'Gemeinschafts-Garten',
		category: 'Umwelt',
		description: 'Zusammen Gemüse und Blumen pflanzen.',
		keywords: ['Pflanzen', 'Draußen']
	},
	{
		id: 'seniorentreff',
		name: 'Senioren-Treff',
		category: 'Treffpunkt',
		description: 'Karten spielen, Kaffee trinken und Ausflüge machen.',
		keywords: ['Senioren', 'Spiele']
	},
	{
		id: 'kleiderkammer',
		name: 'Kleider-Kammer',
		category: 'Kleidung',
		description: 'Gut erhaltene Kleidung für wenig Geld.',
		keywords: ['Kleidung', 'Second Hand']
	},
	{
		id: 'muellsammeln',
		name: 'Müll sammeln im Park',
		category: 'Umwelt',
		description: 'Wir sammeln gemeinsam Müll und machen den Park sauber.',
		keywords: ['Sauber', 'Park']
	}
];

const index = createOfferIndex(offers);

function expectInTopThree(query: string, id: string) {
	const ids = searchOffers(index, query);
	expect(ids.slice(0, 3), `${query} → ${ids.join(', ')}`).toContain(id);
}

describe('searchOffers', () => {
	it.each([
		['Mittags-Tisch', 'mittagstisch'],
		['Mittags·Tisch', 'mittagstisch'],
		['mittagstisch', 'mittagstisch'],
		['Mittagstisch', 'mittagstisch'],
		['Mitagstisch', 'mittagstisch'],
		['Tisch', 'mittagstisch'],
		['Essen', 'mittagstisch'],
		['Einkaufshilfe', 'nachbarschaftsverein'],
		['Hilfe beim Einkaufen', 'nachbarschaftsverein'],
		['Fahrdienst', 'nachbarschaftsverein'],
		['Strasse', 'strassenfest'],
		['Straße', 'strassenfest'],
		['Bücher', 'buecherhalle'],
		['Buecher', 'buecherhalle'],
		['Bibliothek', 'buecherhalle'],
		['Muell', 'muellsammeln'],
		['Müll', 'muellsammeln'],
		['Info-Theke', 'treffpunkt'],
		['Info', 'treffpunkt'],
		['Arzt', 'gesundheitskiosk'],
		['Rollstuhl', 'sport'],
		['barrierefrei', 'wohnberatung'],
		['Schulden', 'schuldnerberatung'],
		['Reparatur Café', 'reparaturcafe'],
		['Cafe', 'sprachcafe'],
		['Deutsch lernen', 'sprachcafe'],
		['Handy', 'handysprechstunde']
	])('finds "%s" among the top three', (query, id) => {
		expectInTopThree(query, id);
	});

	it('ranks the lunch table first for its own name', () => {
		expect(searchOffers(index, 'Mittags-Tisch')[0]).toBe('mittagstisch');
		expect(searchOffers(index, 'Mitagstisch')[0]).toBe('mittagstisch');
	});

	it('finds an unmarked compound by its last word', () => {
		const unmarked = createOfferIndex([
			{ id: 'a', name: 'Mittagstisch', description: '', category: '', keywords: [] },
			{ id: 'b', name: 'Tischtennis', description: '', category: '', keywords: [] }
		]);
		// The exact part "tisch" counts more than the prefix of "Tischtennis".
		expect(searchOffers(unmarked, 'Tisch')).toEqual(['a', 'b']);
	});

	it('does not split the query: a whole compound does not find other compounds', () => {
		const other = createOfferIndex([
			{ id: 'a', name: 'Mittags-Tisch', description: '', category: '', keywords: [] },
			{ id: 'b', name: 'Spiele-Tisch', description: '', category: '', keywords: [] }
		]);
		expect(searchOffers(other, 'Mittagstisch')).toEqual(['a']);
	});

	// Hyphen, Mediopunkt, whole word, the source marker and the form shown on screen (with the
	// invisible joint before the mark): an offer written one way is found by any other.
	const forms = ['Pass-Wort', 'Pass·wort', 'Pass·Wort', 'Passwort', 'Pass|Wort', 'Pass\u2060-Wort'];

	it.each(forms)('finds an offer written "%s" by each way of writing the word', (written) => {
		const single = createOfferIndex([
			{ id: 'a', name: `${written} Hilfe`, description: '', category: '', keywords: [] },
			{ id: 'b', name: 'Handy-Sprechstunde', description: '', category: '', keywords: [] }
		]);
		for (const query of forms) expect(searchOffers(single, query), query).toEqual(['a']);
	});

	it.each(['Flughafen', 'Skateboard', 'Zahnbürste', 'Kreuzfahrt'])(
		'finds nothing for the unrelated "%s"',
		(query) => {
			expect(searchOffers(index, query)).toEqual([]);
		}
	);

	it('does not let short words match by typo', () => {
		// "Tee" is in the Sprach-Café; "Teg" is one letter off but too short to be fuzzy.
		expect(searchOffers(index, 'Teg')).toEqual([]);
		expect(searchOffers(index, 'Tee')).toEqual(['sprachcafe']);
	});

	it('finds nothing for an empty query or function words only', () => {
		expect(searchOffers(index, '')).toEqual([]);
		expect(searchOffers(index, '  ')).toEqual([]);
		expect(searchOffers(index, 'und die')).toEqual([]);
	});

	it('gives every id at most once', () => {
		const ids = searchOffers(index, 'Essen Mittagstisch Mittagessen');
		expect(new Set(ids).size).toBe(ids.length);
	});
});

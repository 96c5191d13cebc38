/**
 * Words that people in the Quartier use for the same thing.
 *
 * Each group lists words or phrases that mean (nearly) the same; a search for one also looks for
 * the others. Write them as people write them: `search-text.ts` normalises case, umlauts and
 * compound marks. Keep groups narrow: every word added here widens every search that uses it.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
	['Einkaufshilfe', 'Hilfe beim Einkaufen', 'Einkaufen'],
	['Essen', 'Mittagstisch', 'Mittagessen'],
	['Arzt', 'Ärztin', 'Doktor', 'Praxis', 'Gesundheit'],
	['Medizin', 'Medikamente', 'Tabletten', 'Apotheke'],
	['Behinderung', 'behindert', 'Inklusion', 'Teilhabe'],
	['Schwimmen', 'Schwimmbad', 'Baden'],
	['Kleidung', 'Kleider', 'Klamotten', 'Kleiderkammer', 'gebraucht'],
	['Nachhilfe', 'Hausaufgaben', 'Schule', 'Lernhilfe'],
	['Tafel', 'Lebensmittel', 'Essen umsonst'],
	['Kinder', 'Familie', 'Eltern'],
	['Allein', 'Einsam', 'Besuch'],
	['Sorgen', 'Seelsorge', 'Krise', 'Reden'],
	['Seele', 'Depression', 'Angst', 'Psyche'],
	['Brot', 'Brötchen', 'Bäcker', 'Bäckerei'],
	['Physiotherapie', 'Krankengymnastik', 'Massage'],
	['Kino', 'Film'],
	['Singen', 'Chor', 'Musik'],
	['Ehrenamt', 'Freiwillig', 'Helfen'],
	['Rollstuhl', 'barrierefrei', 'Rampe'],
	['Beratung', 'Hilfe'],
	['Bücherei', 'Bücherhalle', 'Bibliothek', 'Bücher'],
	['Reparatur', 'reparieren', 'kaputt'],
	['Fahrdienst', 'Fahrt', 'Mitfahren'],
	['Deutsch lernen', 'Sprach-Kurs', 'Sprach-Café'],
	['Nachbarn', 'Nachbarschaft'],
	['Haushalt', 'Putzen', 'Haushalts-Hilfe'],
	['Garten', 'Garten-Arbeit', 'Pflanzen'],
	['Sport', 'Bewegung', 'Gymnastik'],
	['Treffpunkt', 'Treff', 'Begegnung'],
	['Café', 'Kaffee'],
	['Geld', 'Schulden', 'Finanzen'],
	['Wohnung', 'Wohnen', 'Miete'],
	['Arbeit', 'Job', 'Beruf'],
	['Handy', 'Computer', 'Internet', 'Smartphone'],
	['Amt', 'Behörde', 'Antrag', 'Formular'],
	['Information', 'Auskunft', 'Info-Theke'],
	['Senioren', 'Ältere', 'Rente'],
	['Einsam', 'Kontakt', 'Gesellschaft'],
	['Fahrrad', 'Rad', 'Velo']
];

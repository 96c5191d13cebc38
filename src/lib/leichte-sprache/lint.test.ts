import { describe, expect, it } from 'vitest';
import {
	isWarningShareKept,
	lintFigures,
	lintLocale,
	lintText,
	type LintFinding
} from '$lib/leichte-sprache/lint';
import messages from '$lib/i18n/locales/de-x-ls.json';

function errors(text: string): LintFinding[] {
	return lintText('test', text).filter((finding) => finding.level === 'error');
}

function rules(text: string, level: LintFinding['level']): string[] {
	return lintText('test', text)
		.filter((finding) => finding.level === level)
		.map((finding) => finding.rule);
}

function excerpts(text: string, rule: string): string[] {
	return lintText('test', text)
		.filter((finding) => finding.rule === rule)
		.map((finding) => finding.excerpt);
}

const sixteenWords =
	'Wir treffen uns jeden Montag mit vielen netten Menschen aus dem Quartier zum Essen im Garten.';

describe('good easy-language strings', () => {
	it.each([
		'Hier können Sie Ihre Wünsche aufschreiben.',
		'Das Mittags-Tisch-Angebot kostet 3 Euro.',
		'Schritt {{current}} von {{total}}',
		'Haben Sie Fragen? Rufen Sie uns an.',
		'Meine Wünsche',
		'{{page}} – nahbei',
		'Der Mittags|tisch ist im Quartiers·zentrum.',
		'Schreiben Sie uns: info@nahbei-im-quartier.de.',
		'Mehr dazu: https://www.nahbei.de/angebote/mittagstisch-im-quartier?ort=nord&tag=1',
		'Der Treff ist am 3. Mai um 14:30 Uhr.',
		'Das Essen kostet 3,50 € (mit Getränk).',
		'Kaffee + Kuchen / „Spiele“ – das gibt es!',
		'Wie geht’s Ihnen? Gibt’s Fragen?',
		'$t(app.name) hilft Ihnen im Quartier.',
		'Sie haben {{count}} Wunsch.'
	])('finds no errors in "%s"', (text) => {
		expect(errors(text)).toEqual([]);
	});

	it('finds no warnings in short active sentences', () => {
		expect(lintText('test', 'Hier können Sie Ihre Wünsche aufschreiben.')).toEqual([]);
	});
});

describe('sentence length', () => {
	it('reports a sentence of more than 15 words as an error', () => {
		expect(rules(sixteenWords, 'error')).toEqual(['sentence-too-long']);
	});

	it('reports a sentence of 11 to 15 words as a warning', () => {
		expect(
			rules('Wir treffen uns jeden Montag mit netten Menschen zum Essen im Garten.', 'warning')
		).toEqual(['sentence-long']);
	});

	it('accepts a sentence of 10 words', () => {
		expect(lintText('test', 'Wir treffen uns jeden Montag zum Essen im großen Garten.')).toEqual(
			[]
		);
	});

	it('counts each placeholder as one word', () => {
		const text = Array.from({ length: 16 }, (_, index) => `{{p${index}}}`).join(' ');
		expect(rules(text, 'error')).toEqual(['sentence-too-long']);
	});

	it('leaves nested translations out of the count', () => {
		const text = `Wir treffen uns jeden Montag zum Essen im Garten. ${'$t(app.name) '.repeat(10)}`;
		expect(lintText('test', text)).toEqual([]);
	});

	it('treats a label without final punctuation as one sentence', () => {
		const text = 'Meine Wünsche und Ziele für die Woche mit meinen Freunden im Quartier';
		expect(rules(text, 'warning')).toEqual(['sentence-long']);
	});

	it('splits sentences at line breaks, colons and question marks', () => {
		const text =
			'Wichtig: Wir treffen uns jeden Montag zum Essen im Garten.\nHaben Sie Zeit? Dann kommen Sie bitte auch zum Essen im Garten.';
		expect(lintText('test', text)).toEqual([]);
	});

	it('does not end a sentence at an ordinal number', () => {
		const text = 'Am 3. Mai treffen wir uns mit netten Menschen zum Essen im Garten.';
		expect(rules(text, 'warning')).toEqual(['sentence-long']);
	});

	it('shows the sentence with its placeholders in the excerpt', () => {
		const text = `Hallo {{name}}. ${sixteenWords}`;
		expect(excerpts(text, 'sentence-too-long')).toEqual([sixteenWords]);
		expect(excerpts(`{{name}} ${sixteenWords}`, 'sentence-too-long')).toEqual([
			`{{name}} ${sixteenWords}`
		]);
	});
});

describe('abbreviations', () => {
	it.each([
		['Zum Beispiel z. B. Kaffee.', 'z. B.'],
		['Zum Beispiel z.B. Kaffee.', 'z.B.'],
		['Kaffee, Tee usw. gibt es hier.', 'usw.'],
		['Kaffee bzw. Tee gibt es hier.', 'bzw.'],
		['Das kostet ca. 3 Euro.', 'ca.'],
		['Wir helfen, d. h. wir kommen.', 'd. h.'],
		['Es gibt u. a. Kaffee.', 'u. a.'],
		['Es gibt evtl. Kaffee.', 'evtl.'],
		['Bringen Sie ggf. Geld mit.', 'ggf.'],
		['Das Essen kostet 3 Euro inkl. Kaffee.', 'inkl.'],
		['Sie wohnen in Haus Nr. 5.', 'Nr.'],
		['Tel. 030 123 456', 'Tel.'],
		['Kaffee, Tee etc.', 'etc.'],
		['Der Treff ist in der Garten-Str. 5.', 'Str.'],
		['Der Treff ist Mo. bis Fr. offen.', 'Mo.'],
		['Der Verein heißt Nachbarn e. V.', 'e. V.'],
		['Wir haben max. 10 Plätze.', 'max.']
	])('reports "%s" as an error', (text, abbreviation) => {
		expect(excerpts(text, 'abbreviation')).toContain(abbreviation);
		expect(errors(text).map((finding) => finding.level)).toContain('error');
	});

	it.each([
		'Das ist so.',
		'Er heißt Max.',
		'Das ist eine neue Art.',
		'Der Treff ist im Mai.',
		'Der Bus kommt um 3.',
		'Wir sehen uns. Bis bald!'
	])('does not report an ordinary sentence end in "%s"', (text) => {
		expect(excerpts(text, 'abbreviation')).toEqual([]);
	});

	it('does not report the dots in a link', () => {
		expect(excerpts('Mehr auf www.nahbei.de/z.B.html dazu.', 'abbreviation')).toEqual([]);
	});
});

describe('long words', () => {
	it.each([
		'Nachbarschaftshilfe',
		'Datenschutzerklärung',
		'Benachrichtigungen',
		'Übergangslösung',
		'Seniorentreffs'
	])('reports "%s" as an error', (word) => {
		expect(excerpts(`Das ist die ${word}.`, 'long-word')).toEqual([word]);
	});

	it('accepts a word of 13 letters', () => {
		expect(excerpts('Das ist die Nachbarschaft.', 'long-word')).toEqual([]);
	});

	it.each(['Datenschutz-Erklärung', 'Datenschutz·erklärung', 'Datenschutz|erklärung'])(
		'accepts the split word "%s"',
		(word) => {
			expect(errors(`Das ist die ${word}.`)).toEqual([]);
		}
	);

	it('reports a part of a split word that is still too long', () => {
		expect(excerpts('Die Nachbarschaftshilfe-Gruppe', 'long-word')).toEqual([
			'Nachbarschaftshilfe-Gruppe'
		]);
	});

	it('counts letters only, not digits or punctuation', () => {
		expect(errors('Sie gewinnen 1000000000 Euro!!!')).toEqual([]);
	});

	it('ignores placeholders, links and e-mail addresses', () => {
		const text =
			'{{ausgesprochenLangerPlatzhalter}} auf https://beispiel.de/nachbarschaftshilfe oder nachbarschaftshilfe@beispiel.de';
		expect(excerpts(text, 'long-word')).toEqual([]);
	});
});

describe('special characters', () => {
	it.each([
		['Das kostet 50 % weniger.', '%'],
		['Kaffee & Kuchen', '&'],
		['Das steht in § 5.', '§'],
		['Kaffee; Tee', ';'],
		['Das ist #wichtig.', '#'],
		['Das ist *wichtig*.', '*'],
		['Das kostet ~3 Euro.', '~'],
		['Das ist 2^3.', '^'],
		['Ordner\\Datei', '\\'],
		['Hallo {name}', '{'],
		['Hallo [Name]', '['],
		['Mehr als <3', '<'],
		['Und dann…', '…'],
		['Und dann...', '...'],
		['«Hallo»', '«'],
		['Wünsche | Menschen', '|'],
		['Wünsche · Menschen', '·'],
		['Das ist toll 😀', '😀']
	])('reports "%s" as an error', (text, character) => {
		const messages = lintText('test', text)
			.filter((finding) => finding.rule === 'special-character')
			.map((finding) => finding.message);
		expect(messages).toContain(
			`Sonderzeichen „${character}“ – bitte weglassen oder in Worten schreiben.`
		);
		expect(errors(text).length).toBeGreaterThan(0);
	});

	it('does not report the characters of a nested translation', () => {
		expect(errors('$t(pages.help.title, { "context": "kurz" }) und mehr')).toEqual([]);
	});

	it('reports a placeholder that is not closed', () => {
		expect(rules('Hallo {{name', 'error')).toContain('special-character');
	});
});

describe('passive voice', () => {
	it.each([
		'Ihre Daten werden gespeichert.',
		'Der Brief wurde gestern abgeholt.',
		'Die Seite wird automatisch aktualisiert.',
		'Die Nachricht wird verschickt.',
		'Das Angebot ist abgesagt worden.'
	])('warns about "%s"', (text) => {
		expect(rules(text, 'warning')).toContain('passive');
	});

	it.each([
		'Wir speichern Ihre Daten.',
		'Wir werden Sie anrufen.',
		'Sie werden es genießen.',
		'Ihre Daten sind gespeichert.',
		'Werden Sie Mitglied im Verein.'
	])('does not warn about "%s"', (text) => {
		expect(rules(text, 'warning')).not.toContain('passive');
	});
});

describe('Konjunktiv', () => {
	it.each([
		['Das wäre schön.', 'wäre'],
		['Könnten Sie uns helfen?', 'Könnten'],
		['Ich würde gern kommen.', 'würde'],
		['Sie sollten früh kommen.', 'sollten']
	])('warns about "%s"', (text, word) => {
		expect(excerpts(text, 'konjunktiv')).toEqual([word]);
	});

	it('does not warn about the polite "möchten"', () => {
		expect(lintText('test', 'Was möchten Sie tun? Ich möchte kommen.')).toEqual([]);
	});
});

describe('genitive', () => {
	it.each([
		['Das ist das Haus des Nachbarn.', 'des Nachbarn'],
		['Eines Tages kommt der Bus.', 'Eines Tages'],
		['Die Hilfe der Nachbarin ist gut.', 'Hilfe der Nachbarin'],
		['Wegen des Regens fällt das Fest aus.', 'Wegen des'],
		['Trotz Regen gehen wir raus.', 'Trotz Regen'],
		['Während der Pause gibt es Kaffee.', 'Während der']
	])('warns about "%s"', (text, excerpt) => {
		expect(excerpts(text, 'genitive')).toContain(excerpt);
	});

	it.each([
		'Geben Sie der Frau das Geld.',
		'Der Bus kommt um 3 Uhr.',
		'Das ist die Gegend, in der Sie wohnen.',
		'Während Sie warten, gibt es Kaffee.',
		'Trotzdem gehen wir raus.'
	])('does not warn about "%s"', (text) => {
		expect(rules(text, 'warning')).not.toContain('genitive');
	});
});

describe('negation', () => {
	it.each([
		['Das geht nicht.', 'nicht'],
		['Sie haben keine Wünsche.', 'keine'],
		['Das kostet nichts.', 'nichts'],
		['Niemand ist da.', 'Niemand']
	])('warns about "%s"', (text, word) => {
		expect(excerpts(text, 'negation')).toEqual([word]);
	});

	it('warns only once about the same word in one string', () => {
		expect(excerpts('Das geht nicht. Das geht wirklich nicht.', 'negation')).toEqual(['nicht']);
	});
});

describe('lintLocale', () => {
	it('joins nested keys with a dot', () => {
		const findings = lintLocale({ pages: { help: { title: 'Das geht nicht.' } } });
		expect(findings).toEqual([
			{
				key: 'pages.help.title',
				level: 'warning',
				rule: 'negation',
				message: 'Verneinung – wenn möglich positiv sagen.',
				excerpt: 'nicht'
			}
		]);
	});

	it('checks each plural form on its own', () => {
		const findings = lintLocale({
			wishes: { count_one: '{{count}} Wunsch', count_other: '{{count}} Wünsche usw.' }
		});
		expect(findings.map((finding) => [finding.key, finding.rule])).toEqual([
			['wishes.count_other', 'abbreviation']
		]);
	});

	it('finds no errors in the Leichte Sprache locale', () => {
		const found = lintLocale(messages).filter((finding) => finding.level === 'error');
		expect(found).toEqual([]);
	});
});

describe('one statement per sentence', () => {
	it.each([
		['Wir kochen, denn heute ist Montag.', 'denn'],
		['Sie wählen aus und dann schicken Sie es.', 'und dann'],
		['Das Essen ist warm, aber es kostet Geld.', 'aber es'],
		['Rufen Sie an oder Sie kommen vorbei.', 'oder Sie']
	])('reports "%s" as an error', (text, excerpt) => {
		expect(excerpts(text, 'two-statements')).toEqual([excerpt]);
		expect(rules(text, 'error')).toContain('two-statements');
	});

	it.each([
		'Ihre Familie, Freunde und Nachbarn helfen Ihnen.',
		'Kaffee oder Tee?',
		'Wählen Sie aus. Dann schicken Sie es.'
	])('accepts "%s"', (text) => {
		expect(excerpts(text, 'two-statements')).toEqual([]);
	});
});

describe('subordinate clauses', () => {
	it.each([
		['Wir wissen, dass Sie kommen.', 'dass'],
		['Das Essen ist gut, weil wir frisch kochen.', 'weil'],
		['Falls Sie Zeit haben: Kommen Sie vorbei.', 'Falls'],
		['Das ist die Gegend, in der Sie wohnen.', 'in der'],
		['Rufen Sie an, wobei Sie Ihren Namen sagen.', 'wobei']
	])('reports "%s" as an error', (text, excerpt) => {
		const found = lintText('test', text).filter((finding) => finding.rule === 'subordinate-clause');
		expect(found.map((finding) => finding.excerpt)).toContain(excerpt);
		expect(found.map((finding) => finding.level)).toContain('error');
	});

	it.each([
		['Wenn Sie möchten, kommen Sie.', 'Wenn'],
		['Das ist Anna, die Sie kennen.', 'die Sie']
	])('warns about the likely clause in "%s"', (text, excerpt) => {
		const found = lintText('test', text).filter((finding) => finding.rule === 'subordinate-clause');
		expect(found).toEqual([expect.objectContaining({ level: 'warning', excerpt })]);
	});

	it.each([
		'Wobei hilft Anna Ihnen?',
		'Das Quartier ist die Gegend um Ihre Wohnung.',
		'Sie möchten kommen? Dann rufen Sie an.'
	])('accepts "%s"', (text) => {
		expect(excerpts(text, 'subordinate-clause')).toEqual([]);
	});
});

describe('number words', () => {
	it.each([
		['Sie planen mit fünf Fragen.', 'fünf'],
		['Das kostet Zwei Euro.', 'Zwei'],
		['Es kommen hundert Menschen.', 'hundert']
	])('reports "%s" as an error', (text, word) => {
		expect(excerpts(text, 'number-word')).toEqual([word]);
		expect(rules(text, 'error')).toContain('number-word');
	});

	it.each([
		'Sie planen mit 5 Fragen.',
		'Das ist eine Frage.',
		'Ein Mensch hilft.',
		'Die Zweite Hand.'
	])('accepts "%s"', (text) => {
		expect(excerpts(text, 'number-word')).toEqual([]);
	});
});

describe('address', () => {
	it.each([
		['Hast du Fragen?', 'du'],
		['Das ist dein Wunsch.', 'dein'],
		['Wir helfen euch.', 'euch']
	])('reports "%s" as an error', (text, word) => {
		expect(excerpts(text, 'address')).toEqual([word]);
		expect(rules(text, 'error')).toContain('address');
	});

	it.each(['Haben Sie Fragen?', 'Das ist Ihr Wunsch.', 'Anna teilt ihre Wünsche mit ihnen.'])(
		'accepts "%s"',
		(text) => {
			expect(excerpts(text, 'address')).toEqual([]);
		}
	);
});

describe('one word per concept', () => {
	it.each([
		['Fotografieren Sie den Code mit Ihrem Smartphone.', 'Smartphone', 'Handy'],
		['Zeit 2 entfernen', 'entfernen', 'löschen'],
		['Angebote in Ihrem Stadtteil', 'Stadtteil', 'Quartier']
	])('reports "%s" with the word to use', (text, word, canonical) => {
		const found = lintText('test', text).filter(
			(finding) => finding.rule === 'one-word-per-concept'
		);
		expect(found).toEqual([
			expect.objectContaining({
				level: 'error',
				excerpt: word,
				message: `„${word}“ – nahbei sagt dafür immer „${canonical}“.`
			})
		]);
	});

	it.each([
		'Ihre Daten bleiben auf Ihrem Gerät.',
		'Der Mittags|Tisch ist im Stadtteil|Haus.',
		'Zeit 2 löschen'
	])('accepts "%s"', (text) => {
		expect(excerpts(text, 'one-word-per-concept')).toEqual([]);
	});
});

describe('the compound marker', () => {
	it('is allowed between two letters only', () => {
		expect(errors('Das Haupt|Menü ist oben.')).toEqual([]);
		expect(rules('Das Haupt| Menü ist oben.', 'error')).toContain('special-character');
		expect(rules('Wünsche | Menschen', 'error')).toContain('special-character');
	});
});

describe('the stricter rules', () => {
	it.each(['Soll es ersetzt werden?', 'Nichts wird einfach ersetzt.'])(
		'finds the passive in either word order: "%s"',
		(text) => {
			expect(rules(text, 'warning')).toContain('passive');
		}
	);

	it('finds quotation marks, and accepts the sentence that says it instead', () => {
		expect(rules('Tippen Sie auf „Weiter“.', 'warning')).toContain('quotation-marks');
		expect(rules('Die Frage heißt: Sind Sie noch da?', 'warning')).not.toContain('quotation-marks');
	});

	it.each(['Geben Sie die PIN ein.', 'Öffnen Sie den Link.', 'Die App ist offline.'])(
		'finds a foreign word without an explanation: "%s"',
		(text) => {
			expect(rules(text, 'warning')).toContain('foreign-word');
		}
	);

	it('accepts a foreign word the Wörterbuch explains', () => {
		const words = lintLocale({
			a: 'Scannen Sie den QR-Code.',
			glossary: { words: { qr: { word: 'QR|Code', text: 'Ein Bild mit Kästchen.' } } }
		});
		expect(words.filter((finding) => finding.rule === 'foreign-word')).toEqual([]);
		expect(rules('Scannen Sie den QR-Code.', 'warning')).toContain('foreign-word');
	});

	it.each(['Stand: {{date}}', 'Menschen: {{names}}', 'Am {{date}} gedruckt: {{what}}.'])(
		'finds a label run into its value: "%s"',
		(text) => {
			expect(rules(text, 'warning')).toContain('label-sentence');
		}
	);

	it.each(['Die Datei ist gespeichert: {{name}}', 'Sie wählen: {{name}}. Das passt gut.'])(
		'accepts a whole sentence before a colon: "%s"',
		(text) => {
			expect(rules(text, 'warning')).not.toContain('label-sentence');
		}
	);

	it('counts the strings with warnings and with a negation', () => {
		const locale = { a: 'Das ist gut.', b: { c: 'Das ist nicht gut.', d: 'Stand: {{date}}' } };
		expect(lintFigures(locale, lintLocale(locale))).toEqual({
			strings: 3,
			withWarnings: 2,
			withNegation: 1
		});
	});
});

describe('the share of strings with warnings', () => {
	it('stays under 5 % in the Leichte Sprache locale', () => {
		const findings = lintLocale(messages);
		const figures = lintFigures(messages, findings);
		const warned = [
			...new Set(findings.filter((finding) => finding.level === 'warning').map(({ key }) => key))
		];
		expect(isWarningShareKept(figures), `${warned.length} warn: ${warned.join(', ')}`).toBe(true);
	});

	it('is too high at 5 %: 1 string with a warning among 20', () => {
		const locale = Object.fromEntries(
			Array.from({ length: 20 }, (_, index) => [`k${index}`, 'Das ist gut.'])
		);
		expect(isWarningShareKept(lintFigures(locale, lintLocale(locale)))).toBe(true);
		locale.k0 = 'Stand: {{date}}';
		expect(lintFigures(locale, lintLocale(locale)).withWarnings).toBe(1);
		expect(isWarningShareKept(lintFigures(locale, lintLocale(locale)))).toBe(false);
	});
});

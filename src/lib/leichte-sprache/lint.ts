// Leichte Sprache lint: checks the de-x-ls strings against the house rules (style.md, Text).
// Errors are rules a text in easy language must never break; warnings are heuristics a reviewer
// should look at, because German grammar cannot be parsed reliably with patterns.
// Pure TypeScript without Node or DOM APIs, so the Quartier editor can run it in the browser.
//
// Compound words: in the source a "|" stands between the parts of a long word ("Haupt|Menü"). The
// app shows it as a hyphen or a Mediopunkt and gives screen readers the whole word (see
// compounds.ts). The marker is only allowed between two letters; anywhere else it is reported as a
// special character, so it never shows up in normal text.

/** One rule broken by one string; `excerpt` shows the part of the original text that broke it. */
export type LintFinding = {
	key: string;
	level: 'error' | 'warning';
	rule: string;
	message: string;
	excerpt: string;
};

type Issue = Omit<LintFinding, 'key'>;

const MAX_WORDS = 15;
const GOOD_WORDS = 10;
const LONG_WORD_LETTERS = 14;

// Private-use characters stand in for text the rules must not see: i18next placeholders and
// nesting, links and e-mail addresses. Each one points into the list of stashed originals, so
// excerpts can show the text exactly as the author wrote it.
const STASH_BASE = 0xe000;
const STASH_CHAR = /[\ue000-\uf8ff]/gu;
const HAS_STASH_CHAR = /[\ue000-\uf8ff]/u;

type Stashed = { original: string; isWord: boolean };

const PLACEHOLDER = /\{\{[^{}]*\}\}/gu;
const LINK = /(?:https?:\/\/|www\.)\S+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/giu;
// Sentence punctuation right after a link belongs to the sentence, not to the link.
const LINK_TAIL = /[.,:;!?)"“”»]+$/u;

// Inside a word, "|" is the soft marker for a compound split ("Mittags|tisch").
const SOFT_MARKER = /(?<=[\p{L}\p{M}\p{N}])\|(?=[\p{L}\p{M}\p{N}])/gu;
const WORD = /[\p{L}\p{M}]+/gu;
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;
const TOKEN_EDGE = /^[^\p{L}\p{N}\ue000-\uf8ff]+|[^\p{L}\p{N}\ue000-\uf8ff]+$/gu;
const COMPOUND_SPLIT = /[-–—·|/]/u;

// A sentence ends at . ! ? or : before a space or the end; closing quotes and brackets stay with it.
const SENTENCE_END = /[.!?:]+["“”)»]*(?=\s|$)/gu;
const LINE_BREAK = /\r\n|\r|\n/u;
const MONTHS = 'Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember';
// "Am 3. Mai" and "der 2. von 5": the period belongs to an ordinal number, the sentence goes on.
const ORDINAL_BEFORE = /(?<![\p{L}\p{N}])\d{1,2}$/u;
const ORDINAL_AFTER = new RegExp(`^\\s+(?:\\p{Ll}|(?:${MONTHS})(?![\\p{L}]))`, 'u');

// Everything else is decoration or a symbol that easy-language readers stumble over. The dash,
// quotes, brackets, slash, plus and euro sign are allowed by the house style.
const SPECIAL_CHARACTER =
	/\.{3,}|[^\p{L}\p{M}\p{N}\s.,:?!"„“”()/+€–—'’·|\u00ad\ue000-\uf8ff-]|(?<![\p{L}\p{M}\p{N}])['’·|]|['’·|](?![\p{L}\p{M}\p{N}])/gu;

// Abbreviations that end in a period. "Abt.", "Art.", "Jan.", "Kap." and "Tab." are missing on
// purpose: they are also ordinary words or names, and those can end a sentence.
const ABBREVIATIONS = [
	'Abb',
	'Abs',
	'allg',
	'Anm',
	'Apr',
	'Aufl',
	'Aug',
	'Bd',
	'Bhf',
	'bspw',
	'bzgl',
	'bzw',
	'ca',
	'Dez',
	'Di',
	'Do',
	'Dr',
	'ebd',
	'etc',
	'ev',
	'evtl',
	'exkl',
	'Fa',
	'Feb',
	'ff',
	'Fr',
	'Frl',
	'geb',
	'gest',
	'ggf',
	'ggü',
	'Gr',
	'Hbf',
	'Hr',
	'Hrsg',
	'inkl',
	'Jh',
	'Jhd',
	'Jul',
	'Jun',
	'kath',
	'Mär',
	'Mi',
	'min',
	'Mio',
	'Mo',
	'Mrd',
	'mind',
	'Nov',
	'Nr',
	'Okt',
	'Pkt',
	'Pl',
	'Prof',
	'Sa',
	'Sep',
	'Sept',
	'St',
	'Std',
	'Stk',
	'Str',
	'Tel',
	'Tsd',
	'usf',
	'usw',
	'vgl',
	'Whg',
	'Zi',
	'zzgl'
];
// Only abbreviations when written like this: "so.", "Max." and "Sog." are ordinary words.
const CASED_ABBREVIATIONS = ['So', 'max', 'sog'];
const ABBREVIATION = new RegExp(`(?<![\\p{L}\\p{N}.])(?:${ABBREVIATIONS.join('|')})\\.`, 'giu');
const CASED_ABBREVIATION = new RegExp(
	`(?<![\\p{L}\\p{N}.])(?:${CASED_ABBREVIATIONS.join('|')})\\.`,
	'gu'
);
// Single letters with periods: z. B., d. h., u. a., o. Ä., i. d. R., e. V. and initials.
const LETTER_ABBREVIATION = /(?<![\p{L}\p{N}.])\p{L}\.(?:\s?\p{L}\.)+/gu;

const PASSIVE_AUXILIARIES = new Set([
	'werde',
	'wirst',
	'wird',
	'werden',
	'werdet',
	'wurde',
	'wurdest',
	'wurden',
	'wurdet',
	'worden'
]);
// Participles: ge…t / ge…en, also after a separable prefix (abgeholt, eingeladen); verbs with an
// inseparable prefix (bestellt, verschickt); and …iert. Lower case only, so nouns never match.
const PARTICIPLE =
	/^(?:(?:ab|an|auf|aus|bei|dazu|ein|fest|her|hin|los|mit|nach|vor|vorbei|weg|weiter|zu|zurück|zusammen)?ge\p{Ll}{2,}(?:t|en)|(?:be|emp|ent|er|miss|ver|zer)\p{Ll}{2,}t|\p{Ll}{3,}iert)$/u;
// Words of participle shape that are infinitives or adjectives, as in "Sie werden es genießen".
const NOT_PARTICIPLES = new Set([
	'bekannt',
	'beliebt',
	'bereit',
	'berühmt',
	'bestimmt',
	'gefallen',
	'gehören',
	'gelingen',
	'gelten',
	'genießen',
	'gerecht',
	'gesamt',
	'gesamten',
	'geschehen',
	'gestalten',
	'gewinnen',
	'gewöhnen',
	'verliebt',
	'verrückt'
]);

// Konjunktiv II. "möchte" and "möchten" are missing on purpose: they are the polite, common way
// to say what someone wants, and easy-language texts use them.
const KONJUNKTIV = new Set([
	'dürfte',
	'dürften',
	'hätte',
	'hätten',
	'hättest',
	'hättet',
	'könnte',
	'könnten',
	'könntest',
	'könntet',
	'müsste',
	'müssten',
	'müsstest',
	'müßte',
	'müßten',
	'sollte',
	'sollten',
	'solltest',
	'solltet',
	'wäre',
	'wären',
	'wärest',
	'wärst',
	'wäret',
	'würde',
	'würden',
	'würdest',
	'würdet'
]);

const NEGATIONS = new Set([
	'kein',
	'keine',
	'keinem',
	'keinen',
	'keiner',
	'keines',
	'nicht',
	'nichts',
	'nie',
	'niemals',
	'niemand',
	'niemandem',
	'niemanden'
]);

// Genitive heuristics, each a pattern that is almost always a genitive in everyday German:
// - "des" is only ever a genitive article;
// - "eines" before a noun ending in -s ("eines Tages");
// - noun + "der"/"einer" + noun ("die Hilfe der Nachbarin"), but not after the pronoun "Sie" or
//   the first word of a sentence, where "der" is usually dative ("Geben Sie der Frau …");
// - the prepositions "wegen" and "trotz", and "während" before an article or a noun (and not
//   before "Sie", where it joins two sentences).
const GENITIVE_DES =
	/(?<![\p{L}\p{N}])[Dd]es(?![\p{L}\p{N}])(?:\s+\p{Ll}+en)?(?:\s+\p{Lu}[\p{L}\p{N}-]*)?/gu;
const GENITIVE_EINES =
	/(?<![\p{L}\p{N}])[Ee]ines(?:\s+\p{Ll}+en)?\s+\p{Lu}[\p{L}\p{N}-]*s(?![\p{L}\p{N}])/gu;
const GENITIVE_AFTER_NOUN =
	/(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}-]*)\s+(?:der|einer)(?:\s+\p{Ll}+en)?\s+\p{Lu}[\p{L}\p{N}-]*/gu;
const GENITIVE_PREPOSITION =
	/(?<![\p{L}\p{N}])(?:[Ww]egen|[Tt]rotz|[Ww]ährend)(?![\p{L}\p{N}])(?:\s+([\p{L}\p{N}]+))?/gu;
const ADDRESS_PRONOUNS = new Set([
	'Sie',
	'Ihnen',
	'Ihr',
	'Ihre',
	'Ihrem',
	'Ihren',
	'Ihrer',
	'Ihres'
]);
const ARTICLES = new Set([
	'das',
	'dem',
	'den',
	'der',
	'des',
	'die',
	'ein',
	'eine',
	'einem',
	'einen',
	'einer',
	'eines',
	'ihres',
	'ihrer',
	'meines',
	'meiner',
	'seines',
	'seiner',
	'unseres',
	'unserer'
]);

// One statement per sentence: a coordinating conjunction that starts a second clause. "denn"
// always does; "und", "oder", "aber", "sondern" and "doch" do when a subject or "dann" follows.
const CLAUSE_CONJUNCTIONS =
	/(?<![\p{L}\p{N}])(?:denn|(?:und|oder|aber|sondern|doch)\s+(?:ich|du|er|es|wir|ihr|Sie|sie|man|dann|danach|das|dort|hier))(?![\p{L}\p{N}])/gu;

// Subordinate clauses. These conjunctions always start one; they are errors.
const SUBORDINATORS = new Set([
	'dass',
	'weil',
	'obwohl',
	'obgleich',
	'sodass',
	'nachdem',
	'indem',
	'sobald',
	'solange',
	'falls'
]);
// Question words that start a subordinate clause after a comma ("…, wobei Sie …"); at the start
// of a sentence they ask ("Wobei hilft Anna Ihnen?").
const RELATIVE_ADVERB = /,\s+(?:wobei|weshalb|weswegen|wodurch|worüber|womit)(?![\p{L}\p{N}])/gu;
// These start one mostly, but are also questions or prepositions ("Wenn Sie möchten" is a clause,
// "Ob Sie kommen?" too, "bis 12 Uhr" is not): warnings a reviewer looks at.
const MAYBE_SUBORDINATORS = new Set(['wenn', 'ob', 'damit', 'bevor', 'seitdem']);
// A relative clause after a comma: ", in der Sie wohnen" is one for sure, ", die …" may be a list.
const RELATIVE_WITH_PREPOSITION =
	/,\s+(?:an|auf|aus|bei|durch|für|in|mit|nach|über|um|unter|von|vor|zu)\s+(?:der|die|das|dem|den|denen|deren|dessen|welche[mnrs]?)(?![\p{L}\p{N}])/gu;
const RELATIVE =
	/,\s+(?:der|die|das|dem|den|denen|deren|dessen|welche[mnrs]?)\s+(?:\p{Ll}|Sie\b|Ihr)/gu;

// Numbers are written as digits: "3 Fragen", not "drei Fragen". "ein" and "eine" are articles.
const NUMBER_WORDS = new Set([
	'zwei',
	'drei',
	'vier',
	'fünf',
	'sechs',
	'sieben',
	'acht',
	'neun',
	'zehn',
	'elf',
	'zwölf',
	'zwanzig',
	'dreißig',
	'vierzig',
	'fünfzig',
	'hundert',
	'tausend'
]);

// The person is "Sie", everywhere the same: never "du".
const INFORMAL_ADDRESS = new Set([
	'du',
	'dich',
	'dir',
	'dein',
	'deine',
	'deinem',
	'deinen',
	'deiner',
	'deines',
	'euch',
	'euer',
	'eure',
	'eurem',
	'euren',
	'eurer'
]);

/**
 * One word per concept: the word the app uses, and words that would name the same thing in
 * another way and confuse readers. Keep in step with the Wörterbuch (glossary.words).
 */
export const CONCEPT_WORDS: Readonly<Record<string, readonly string[]>> = {
	// The device nahbei runs on; a person's own mobile phone is their "Handy", the word they know.
	Gerät: ['Endgerät'],
	Handy: ['Smartphone', 'Mobiltelefon'],
	löschen: ['entfernen', 'entferne', 'entfernt'],
	Quartier: ['Stadtteil', 'Viertel', 'Kiez', 'Wohnviertel'],
	Angebot: ['Dienstleistung', 'Leistung', 'Leistungen'],
	Wunsch: ['Anliegen', 'Wunschziel'],
	Vorlesen: ['Sprachausgabe'],
	Einstellungen: ['Optionen', 'Konfiguration']
};
const BANNED_WORDS = new Map(
	Object.entries(CONCEPT_WORDS).flatMap(([canonical, banned]) =>
		banned.map((word) => [word.toLowerCase(), canonical] as const)
	)
);

/** Checks one Leichte Sprache string and returns what breaks the house rules. */
export function lintText(
	key: string,
	text: string,
	explained: ReadonlySet<string> = new Set()
): LintFinding[] {
	const issues: Issue[] = [];
	// Private-use characters are invisible in most fonts, and the lint uses them itself.
	for (const [stray] of text.matchAll(STASH_CHAR)) {
		const codePoint = `U+${stray.charCodeAt(0).toString(16).toUpperCase()}`;
		issues.push(specialCharacter(codePoint, codePoint));
	}
	const stash: Stashed[] = [];
	const prepared = prepare(text.replace(STASH_CHAR, ''), stash);

	issues.push(...checkSpecialCharacters(prepared));
	issues.push(...checkQuotes(prepared));
	issues.push(...checkLabelSentence(prepared));
	issues.push(...checkAbbreviations(prepared));
	issues.push(...checkLongWords(prepared));
	for (const sentence of splitSentences(prepared, stash)) {
		issues.push(...checkSentenceLength(sentence, stash));
		const plain = sentence.replace(SOFT_MARKER, '');
		issues.push(...checkPassive(plain));
		issues.push(...checkWords(plain, KONJUNKTIV, konjunktiv));
		issues.push(...checkGenitive(plain));
		issues.push(...checkWords(plain, NEGATIONS, negation));
		issues.push(...checkClauses(plain));
		issues.push(...checkWords(plain, NUMBER_WORDS, numberWord));
		issues.push(...checkWords(plain, INFORMAL_ADDRESS, informalAddress));
		issues.push(...checkConcepts(plain));
		issues.push(...checkForeignWords(plain, explained));
	}

	const seen = new Set<string>();
	const findings: LintFinding[] = [];
	for (const issue of issues) {
		const excerpt = restore(issue.excerpt, stash);
		const id = `${issue.rule}\n${issue.message}\n${excerpt}`;
		if (seen.has(id)) continue;
		seen.add(id);
		findings.push({ key, ...issue, excerpt });
	}
	return findings;
}

/** Checks every string in a nested locale object; keys are joined with '.'. */
export function lintLocale(messages: object): LintFinding[] {
	const findings: LintFinding[] = [];
	const explained = explainedWords(messages);
	const walk = (value: unknown, path: string[]): void => {
		if (typeof value === 'string') {
			findings.push(...lintText(path.join('.'), value, explained));
		} else if (typeof value === 'object' && value !== null) {
			for (const [name, child] of Object.entries(value)) walk(child, [...path, name]);
		}
	};
	walk(messages, []);
	return findings;
}

// Nesting is left out entirely: the nested string is checked under its own key, and its length
// is unknown here. Placeholders, links and e-mail addresses each count as one word.
function prepare(text: string, stash: Stashed[]): string {
	const hide = (original: string, isWord: boolean): string => {
		stash.push({ original, isWord });
		return String.fromCharCode(STASH_BASE + stash.length - 1);
	};
	const withoutNesting = replaceNesting(text, (nesting) => hide(nesting, false));
	const withoutLinks = withoutNesting.replace(LINK, (match) => {
		const tail = LINK_TAIL.exec(match)?.[0] ?? '';
		return hide(match.slice(0, match.length - tail.length), true) + tail;
	});
	return withoutLinks.replace(PLACEHOLDER, (match) => hide(match, true));
}

// `$t(key, { "count": 2 })` may contain brackets, so we count them instead of using a pattern.
function replaceNesting(text: string, replace: (nesting: string) => string): string {
	let result = '';
	let index = 0;
	for (;;) {
		const start = text.indexOf('$t(', index);
		if (start === -1) return result + text.slice(index);
		let depth = 0;
		let end = start + 2;
		for (; end < text.length; end++) {
			if (text[end] === '(') depth++;
			else if (text[end] === ')' && --depth === 0) break;
		}
		result += text.slice(index, start) + replace(text.slice(start, end + 1));
		index = end + 1;
	}
}

function restore(text: string, stash: Stashed[]): string {
	let result = text;
	// A link may hold a nested translation, so undo until no stand-in is left.
	while (HAS_STASH_CHAR.test(result)) {
		result = result.replace(
			STASH_CHAR,
			(char) => stash[char.charCodeAt(0) - STASH_BASE]?.original ?? ''
		);
	}
	return result;
}

function splitSentences(text: string, stash: Stashed[]): string[] {
	const sentences: string[] = [];
	for (const line of text.split(LINE_BREAK)) {
		let start = 0;
		for (const end of line.matchAll(SENTENCE_END)) {
			if (isOrdinal(line, end.index, end[0])) continue;
			const stop = end.index + end[0].length;
			sentences.push(line.slice(start, stop).trim());
			start = stop;
		}
		sentences.push(line.slice(start).trim());
	}
	return sentences.filter((sentence) => countWords(sentence, stash) > 0);
}

function isOrdinal(line: string, index: number, punctuation: string): boolean {
	return (
		punctuation === '.' &&
		ORDINAL_BEFORE.test(line.slice(0, index)) &&
		ORDINAL_AFTER.test(line.slice(index + 1))
	);
}

function countWords(sentence: string, stash: Stashed[]): number {
	return sentence.split(/\s+/u).filter((token) => {
		if (HAS_WORD_CHAR.test(token)) return true;
		return [...token.matchAll(STASH_CHAR)].some(
			([char]) => stash[char.charCodeAt(0) - STASH_BASE]?.isWord
		);
	}).length;
}

function countLetters(text: string): number {
	return text.match(/\p{L}/gu)?.length ?? 0;
}

function tokenAround(text: string, index: number): string {
	const start = text.slice(0, index).search(/\S*$/u);
	const end = index + (text.slice(index).match(/^\S*/u)?.[0].length ?? 0);
	return text.slice(start, end);
}

function specialCharacter(character: string, excerpt: string): Issue {
	return {
		level: 'error',
		rule: 'special-character',
		message: `Sonderzeichen „${character}“ – bitte weglassen oder in Worten schreiben.`,
		excerpt
	};
}

function checkSpecialCharacters(text: string): Issue[] {
	return [...text.matchAll(SPECIAL_CHARACTER)].map((match) =>
		specialCharacter(match[0], tokenAround(text, match.index))
	);
}

function checkAbbreviations(text: string): Issue[] {
	const matches = [
		...text.matchAll(LETTER_ABBREVIATION),
		...text.matchAll(ABBREVIATION),
		...text.matchAll(CASED_ABBREVIATION)
	];
	return matches
		.sort((a, b) => a.index - b.index)
		.map((match) => ({
			level: 'error',
			rule: 'abbreviation',
			message: 'Abkürzung – bitte das ganze Wort schreiben.',
			excerpt: match[0]
		}));
}

function checkLongWords(text: string): Issue[] {
	const issues: Issue[] = [];
	for (const token of text.split(/\s+/u)) {
		const letters = Math.max(0, ...token.split(COMPOUND_SPLIT).map(countLetters));
		if (letters < LONG_WORD_LETTERS) continue;
		issues.push({
			level: 'error',
			rule: 'long-word',
			message: `Wort mit ${letters} Buchstaben – bitte mit Bindestrich oder Mediopunkt teilen.`,
			excerpt: token.replace(TOKEN_EDGE, '')
		});
	}
	return issues;
}

function checkSentenceLength(sentence: string, stash: Stashed[]): Issue[] {
	const words = countWords(sentence, stash);
	if (words > MAX_WORDS) {
		return [
			{
				level: 'error',
				rule: 'sentence-too-long',
				message: `Satz mit ${words} Wörtern – höchstens ${MAX_WORDS} sind erlaubt.`,
				excerpt: sentence
			}
		];
	}
	if (words > GOOD_WORDS) {
		return [
			{
				level: 'warning',
				rule: 'sentence-long',
				message: `Satz mit ${words} Wörtern – besser höchstens ${GOOD_WORDS}.`,
				excerpt: sentence
			}
		];
	}
	return [];
}

function checkPassive(sentence: string): Issue[] {
	const words = sentence.match(WORD) ?? [];
	const hasAuxiliary = words.some((word) => PASSIVE_AUXILIARIES.has(word.toLowerCase()));
	const hasParticiple = words.some((word) => PARTICIPLE.test(word) && !NOT_PARTICIPLES.has(word));
	if (!hasAuxiliary || !hasParticiple) return [];
	return [
		{
			level: 'warning',
			rule: 'passive',
			message: 'Passiv – besser aktiv sagen: Wer macht was?',
			excerpt: sentence
		}
	];
}

function konjunktiv(excerpt: string): Issue {
	return {
		level: 'warning',
		rule: 'konjunktiv',
		message: 'Konjunktiv – besser direkt sagen, zum Beispiel „kann“ statt „könnte“.',
		excerpt
	};
}

function negation(excerpt: string): Issue {
	return {
		level: 'warning',
		rule: 'negation',
		message: 'Verneinung – wenn möglich positiv sagen.',
		excerpt
	};
}

function checkWords(
	sentence: string,
	words: Set<string>,
	issue: (excerpt: string) => Issue
): Issue[] {
	return (sentence.match(WORD) ?? [])
		.filter((word) => words.has(word.toLowerCase()))
		.map((word) => issue(word));
}

function checkGenitive(sentence: string): Issue[] {
	const excerpts: string[] = [];
	for (const [match] of sentence.matchAll(GENITIVE_DES)) excerpts.push(match);
	for (const [match] of sentence.matchAll(GENITIVE_EINES)) excerpts.push(match);
	for (const match of sentence.matchAll(GENITIVE_AFTER_NOUN)) {
		const noun = match[1] ?? '';
		const isFirstWord = !HAS_WORD_CHAR.test(sentence.slice(0, match.index));
		if (!isFirstWord && !ADDRESS_PRONOUNS.has(noun)) excerpts.push(match[0]);
	}
	for (const match of sentence.matchAll(GENITIVE_PREPOSITION)) {
		const next = match[1] ?? '';
		const isPreposition =
			!match[0].toLowerCase().startsWith('während') ||
			ARTICLES.has(next.toLowerCase()) ||
			(/^\p{Lu}/u.test(next) && !ADDRESS_PRONOUNS.has(next));
		if (isPreposition) excerpts.push(match[0]);
	}
	return excerpts.map((excerpt) => ({
		level: 'warning',
		rule: 'genitive',
		message: 'Genitiv – besser mit „von“ oder anders sagen.',
		excerpt
	}));
}

function checkClauses(sentence: string): Issue[] {
	const issues: Issue[] = [];
	for (const [match] of sentence.matchAll(CLAUSE_CONJUNCTIONS)) {
		issues.push({
			level: 'error',
			rule: 'two-statements',
			message: 'Zwei Aussagen in einem Satz – bitte 2 Sätze daraus machen.',
			excerpt: match
		});
	}
	for (const word of sentence.match(WORD) ?? []) {
		const lower = word.toLowerCase();
		if (SUBORDINATORS.has(lower) || MAYBE_SUBORDINATORS.has(lower)) {
			issues.push({
				level: SUBORDINATORS.has(lower) ? 'error' : 'warning',
				rule: 'subordinate-clause',
				message: `Neben-Satz mit „${word}“ – bitte als eigenen Satz sagen.`,
				excerpt: word
			});
		}
	}
	for (const [match] of [
		...sentence.matchAll(RELATIVE_WITH_PREPOSITION),
		...sentence.matchAll(RELATIVE_ADVERB)
	]) {
		issues.push({
			level: 'error',
			rule: 'subordinate-clause',
			message: 'Relativ-Satz – bitte als eigenen Satz sagen.',
			excerpt: match.slice(1).trim()
		});
	}
	for (const [match] of sentence.matchAll(RELATIVE)) {
		issues.push({
			level: 'warning',
			rule: 'subordinate-clause',
			message: 'Vielleicht ein Relativ-Satz – bitte prüfen.',
			excerpt: match.slice(1).trim()
		});
	}
	return issues;
}

function numberWord(excerpt: string): Issue {
	return {
		level: 'error',
		rule: 'number-word',
		message: 'Zahl als Wort – bitte als Ziffer schreiben, zum Beispiel „3“ statt „drei“.',
		excerpt
	};
}

function informalAddress(excerpt: string): Issue {
	return {
		level: 'error',
		rule: 'address',
		message: 'Anrede mit „du“ – nahbei sagt überall „Sie“.',
		excerpt
	};
}

function checkConcepts(sentence: string): Issue[] {
	return (sentence.match(WORD) ?? []).flatMap((word) => {
		const canonical = BANNED_WORDS.get(word.toLowerCase());
		if (!canonical) return [];
		return [
			{
				level: 'error' as const,
				rule: 'one-word-per-concept',
				message: `„${word}“ – nahbei sagt dafür immer „${canonical}“.`,
				excerpt: word
			}
		];
	});
}

// Words from other languages that many readers do not know. Each is either replaced by a German
// word or explained in the Wörterbuch (glossary.words.<id>.word) with a picture.
export const FOREIGN_WORDS = ['PIN', 'QR-Code', 'App', 'Link', 'Browser', 'Backup'] as const;
const FOREIGN_WORD = new RegExp(
	`(?<![\\p{L}-])(?:${FOREIGN_WORDS.map((word) => word.replace('-', '[-|]?')).join('|')})(?:s|n|en)?(?![\\p{L}])`,
	'giu'
);

/** The words the locale's Wörterbuch explains (glossary.words.<id>.word), lower case, unsplit. */
export function explainedWords(messages: object): Set<string> {
	const words = (messages as { glossary?: { words?: Record<string, { word?: unknown }> } }).glossary
		?.words;
	return new Set(
		Object.values(words ?? {})
			.map((entry) => entry.word)
			.filter((word): word is string => typeof word === 'string')
			.map((word) => word.replace(/[-|]/gu, '').toLowerCase())
	);
}

function checkForeignWords(sentence: string, explained: ReadonlySet<string>): Issue[] {
	return [...sentence.matchAll(FOREIGN_WORD)]
		.map(([word]) => word)
		.filter((word) => {
			const plain = (text: string) => text.replace(/[-|]/gu, '').toLowerCase();
			const base = FOREIGN_WORDS.find((each) => plain(word).startsWith(plain(each)));
			return !base || !explained.has(plain(base));
		})
		.map((word) => ({
			level: 'warning' as const,
			rule: 'foreign-word',
			message: 'Fremd-Wort – ein deutsches Wort nehmen oder im Wörterbuch mit Bild erklären.',
			excerpt: word
		}));
}

// Quotation marks: say it as a sentence instead ("Die Frage heißt: Sind Sie noch da?").
const QUOTES = /["„“”»«‚‘]/u;

function checkQuotes(text: string): Issue[] {
	const found = QUOTES.exec(text);
	if (!found) return [];
	return [
		{
			level: 'warning',
			rule: 'quotation-marks',
			message: 'Anführungs-Zeichen – besser sagen: Die Frage heißt: …',
			excerpt: tokenAround(text, found.index)
		}
	];
}

// A label run into a value ("Stand: {{status}}", "Am {{date}} gedruckt: {{what}}"): a few words
// before a colon and only a placeholder after it, with no sentence around them.
const LABEL_SENTENCE = /^[^.!?:]{1,40}:\s*[\ue000-\uf8ff][.]?$/u;

// Verbs that make the words before the colon a sentence ("Die Datei ist gespeichert: …").
const FINITE_VERBS = new Set(['ist', 'sind', 'hat', 'haben', 'heißt', 'kommt', 'gibt', 'war']);

function checkLabelSentence(text: string): Issue[] {
	const line = text.trim();
	if (!LABEL_SENTENCE.test(line)) return [];
	const words = line.slice(0, line.indexOf(':')).match(WORD) ?? [];
	if (words.length > 3 || words.some((word) => FINITE_VERBS.has(word.toLowerCase()))) return [];
	return [
		{
			level: 'warning',
			rule: 'label-sentence',
			message: 'Satz ohne Verb – einen ganzen Satz schreiben: Wer macht was?',
			excerpt: line
		}
	];
}

/** How many strings there are, and how many have any warning or a negation. */
export function lintFigures(
	messages: object,
	findings: readonly LintFinding[]
): { strings: number; withWarnings: number; withNegation: number } {
	let strings = 0;
	const walk = (value: unknown): void => {
		if (typeof value === 'string') strings++;
		else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
	};
	walk(messages);
	const keysWith = (test: (finding: LintFinding) => boolean) =>
		new Set(findings.filter(test).map((finding) => finding.key)).size;
	return {
		strings,
		withWarnings: keysWith((finding) => finding.level === 'warning'),
		withNegation: keysWith((finding) => finding.rule === 'negation')
	};
}

/** The Leichte Sprache locale keeps warnings rare: fewer than this share of its strings warn. */
export const MAX_WARNING_SHARE = 0.05;

/** Whether fewer than MAX_WARNING_SHARE of the strings have a warning. */
export function isWarningShareKept(figures: { strings: number; withWarnings: number }): boolean {
	return figures.withWarnings < MAX_WARNING_SHARE * figures.strings;
}

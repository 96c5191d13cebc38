/** Words for the Quartier editor: dates and the Leichte Sprache lint's findings. */
import type { LintFinding } from '$lib/leichte-sprache/lint';
import type { IntlLanguage } from '../offer-words';

/** A date ('YYYY-MM-DD' or an ISO time) as the language writes it: "23. November 2026". */
export function formatDay(date: string, lang: IntlLanguage): string {
	const day = /^\d{4}-\d{2}-\d{2}$/.test(date) ? new Date(`${date}T12:00:00Z`) : new Date(date);
	if (Number.isNaN(day.getTime())) return date;
	return new Intl.DateTimeFormat(lang, {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'Europe/Berlin'
	}).format(day);
}

const lintRules = [
	'special-character',
	'abbreviation',
	'long-word',
	'sentence-too-long',
	'sentence-long',
	'passive',
	'konjunktiv',
	'negation',
	'genitive'
] as const;

/** The i18n key that explains a lint finding; unknown rules get a general one. */
export function lintKey(finding: Pick<LintFinding, 'rule'>): string {
	const known = (lintRules as readonly string[]).includes(finding.rule);
	return `quartier.lint.${known ? finding.rule : 'other'}`;
}

/** Errors first, then warnings, each in the order of the text. */
export function sortFindings(findings: readonly LintFinding[]): LintFinding[] {
	return [
		...findings.filter((finding) => finding.level === 'error'),
		...findings.filter((finding) => finding.level === 'warning')
	];
}

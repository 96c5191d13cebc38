/** Words for the Quartier editor: the Leichte Sprache lint's findings. */
import type { LintFinding } from '$lib/leichte-sprache/lint';

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

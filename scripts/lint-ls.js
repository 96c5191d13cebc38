// Prints the Leichte Sprache lint for a locale file, errors first, then warnings.
// Usage: npm run lint:ls [-- path/to/locale.json]
// Exits with 1 when there are errors, 0 otherwise, and 2 when the file cannot be read.
// The lint itself is TypeScript shared with the app; Vite's module runner loads it on Node 20.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

/** @typedef {import('../src/lib/leichte-sprache/lint').LintFinding} LintFinding */

const { module: lint } = await runnerImport('./src/lib/leichte-sprache/lint.ts');
const { isWarningShareKept, lintFigures, lintLocale, MAX_WARNING_SHARE } =
	/** @type {typeof import('../src/lib/leichte-sprache/lint')} */ (lint);

const defaultFile = fileURLToPath(new URL('../src/lib/i18n/locales/de-x-ls.json', import.meta.url));

/** @param {LintFinding} finding */
function formatFinding(finding) {
	return `${finding.key}  ${finding.rule}  ${finding.message}  «${finding.excerpt}»`;
}

/**
 * @param {string} title
 * @param {LintFinding[]} findings
 */
function printGroup(title, findings) {
	if (findings.length === 0) return;
	console.log(`${title} (${findings.length}):`);
	for (const finding of findings) console.log(`  ${formatFinding(finding)}`);
	console.log('');
}

/** @param {string} file */
function main(file) {
	let messages;
	try {
		messages = JSON.parse(readFileSync(file, 'utf8'));
	} catch (error) {
		console.error(`Kann ${file} nicht lesen: ${error instanceof Error ? error.message : error}`);
		return 2;
	}
	if (typeof messages !== 'object' || messages === null) {
		console.error(`${file} enthält kein JSON-Objekt.`);
		return 2;
	}

	const findings = lintLocale(messages);
	const errors = findings.filter((finding) => finding.level === 'error');
	const warnings = findings.filter((finding) => finding.level === 'warning');
	printGroup('Fehler', errors);
	printGroup('Warnungen', warnings);
	console.log(`Leichte Sprache in ${file}: ${errors.length} Fehler, ${warnings.length} Warnungen.`);
	const figures = lintFigures(messages, findings);
	const share = (/** @type {number} */ count) =>
		`${((100 * count) / Math.max(1, figures.strings)).toFixed(1)} %`;
	console.log(
		`${figures.strings} Texte: ${figures.withWarnings} mit Warnungen (${share(figures.withWarnings)}), ` +
			`${figures.withNegation} mit Verneinung (${share(figures.withNegation)}).`
	);
	const goal = `Ziel: unter ${100 * MAX_WARNING_SHARE} % mit Warnungen`;
	console.log(
		isWarningShareKept(figures) ? `${goal} – erreicht.` : `${goal} – noch nicht erreicht.`
	);
	return errors.length > 0 ? 1 : 0;
}

// exitCode instead of exit(): output to a pipe is written completely before Node ends.
process.exitCode = main(process.argv[2] ?? relative(process.cwd(), defaultFile));

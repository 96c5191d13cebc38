// Prints the Leichte Sprache lint for a locale file, errors first, then warnings.
// Usage: node --experimental-strip-types scripts/lint-ls.ts [path/to/locale.json]
// Exits with 1 when there are errors, 0 otherwise, and 2 when the file cannot be read.
// Only erasable TypeScript here, so Node can run the file by stripping the types.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintLocale, type LintFinding } from '../src/lib/i18n/ls-lint.ts';

const defaultFile = fileURLToPath(
	new URL('../src/lib/i18n/locales/de-x-ls.json', import.meta.url)
);

function formatFinding(finding: LintFinding): string {
	return `${finding.key}  ${finding.rule}  ${finding.message}  «${finding.excerpt}»`;
}

function printGroup(title: string, findings: LintFinding[]): void {
	if (findings.length === 0) return;
	console.log(`${title} (${findings.length}):`);
	for (const finding of findings) console.log(`  ${formatFinding(finding)}`);
	console.log('');
}

function main(file: string): number {
	let messages: unknown;
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
	console.log(
		`Leichte Sprache in ${relative(process.cwd(), file) || file}: ` +
			`${errors.length} Fehler, ${warnings.length} Warnungen.`
	);
	return errors.length > 0 ? 1 : 0;
}

// exitCode instead of exit(): output to a pipe is written completely before Node ends.
process.exitCode = main(process.argv[2] ?? defaultFile);

import { describe, expect, it } from 'vitest';
import { lintText } from '$lib/leichte-sprache/lint';
import { formatDay } from '$lib/i18n/format';
import { lintKey, sortFindings } from './words';

describe('editor words', () => {
	it('writes a day and a time stamp as dates in Hamburg', () => {
		expect(formatDay('2026-11-23', 'de')).toBe('23. November 2026');
		expect(formatDay('2026-11-30T23:30:00Z', 'en')).toBe('December 1, 2026');
		expect(formatDay('neulich', 'de')).toBe('neulich');
	});

	it('names an i18n key for every lint rule, errors before warnings', () => {
		const findings = sortFindings(
			lintText('x', 'Das wird nicht abgeholt. Der Mittagstischverein usw. kocht.')
		);
		expect(findings.map((finding) => finding.level)).toEqual([
			'error',
			'error',
			'warning',
			'warning'
		]);
		expect(findings.map(lintKey)).toEqual([
			'quartier.lint.abbreviation',
			'quartier.lint.long-word',
			'quartier.lint.passive',
			'quartier.lint.negation'
		]);
		expect(lintKey({ rule: 'new-rule' })).toBe('quartier.lint.other');
	});
});

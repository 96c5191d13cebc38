import { describe, expect, it } from 'vitest';
import { readReportFile, reportFile, reportMailto } from './report-file';

const report = { offerId: 'a', reasons: ['time' as const], note: 'Freitags früher. 🕐' };

describe('a report on its way to the Quartier team', () => {
	it('travels as a file that the editor reads back', () => {
		const file = reportFile(report, 'Mittags-Tisch', '2026-12-04T10:00:00.000Z');
		expect(file.name).toBe('nahbei-meldung-2026-12-04.json');
		expect(readReportFile(file.text)).toEqual({
			format: 'nahbei-report',
			version: 1,
			offer: { id: 'a', name: 'Mittags-Tisch' },
			reasons: ['time'],
			note: 'Freitags früher. 🕐',
			reportedAt: '2026-12-04T10:00:00.000Z'
		});
	});

	it('refuses files that are no report', () => {
		expect(readReportFile('{')).toBeNull();
		expect(readReportFile('{"format":"nahbei-report","version":1}')).toBeNull();
		const file = JSON.parse(reportFile(report, 'x', '2026-12-04T10:00:00.000Z').text);
		expect(readReportFile(JSON.stringify({ ...file, reasons: ['lies'] }))).toBeNull();
	});

	it('prepares an e-mail only to a real address, with subject and text encoded', () => {
		expect(reportMailto('team@quartier.example', 'Meldung: Treff', 'Zeit & Ort?')).toBe(
			'mailto:team@quartier.example?subject=Meldung%3A%20Treff&body=Zeit%20%26%20Ort%3F'
		);
		expect(reportMailto('x@y.de?bcc=z@w.de', 's', 'b')).toBeNull();
		expect(reportMailto('javascript:alert(1)', 's', 'b')).toBeNull();
	});
});

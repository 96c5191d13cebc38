/**
 * A "Stimmt etwas nicht?" report on its way to the Quartier team: as a small JSON file the person
 * saves and sends, or as a prepared e-mail (mailto) to the catalogue's contact. The Quartier
 * editor reads such files back; everything in them is checked, since anyone can write one.
 */
import * as v from 'valibot';
import { reportReasons, type OfferReportInput } from '$lib/db/offers-schema';
import { isEmailAddress } from './contact-checks';

/** The format name inside a report file. */
export const REPORT_FORMAT = 'nahbei-report';

const ReportFileSchema = v.object({
	format: v.literal(REPORT_FORMAT),
	version: v.literal(1),
	offer: v.object({
		id: v.pipe(v.string(), v.maxLength(100)),
		name: v.pipe(v.string(), v.maxLength(200))
	}),
	reasons: v.pipe(v.array(v.picklist(reportReasons)), v.minLength(1), v.maxLength(5)),
	note: v.pipe(v.string(), v.maxLength(1000)),
	reportedAt: v.pipe(v.string(), v.isoTimestamp())
});

/** A report as it travels in a file. */
export type ReportFile = v.InferOutput<typeof ReportFileSchema>;

/** The file of one report: its name and its JSON text. */
export function reportFile(
	report: OfferReportInput,
	offerName: string,
	reportedAt: string
): { name: string; text: string } {
	const file: ReportFile = {
		format: REPORT_FORMAT,
		version: 1,
		offer: { id: report.offerId, name: offerName },
		reasons: report.reasons,
		note: report.note,
		reportedAt
	};
	return {
		name: `nahbei-meldung-${reportedAt.slice(0, 10)}.json`,
		text: `${JSON.stringify(file, null, '\t')}\n`
	};
}

/**
 * A prepared e-mail to the catalogue's contact, or null when the address is not one (so no
 * header or other scheme can be slipped into the link).
 */
export function reportMailto(to: string, subject: string, body: string): string | null {
	if (!isEmailAddress(to)) return null;
	const query = `subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
	return `mailto:${encodeURIComponent(to).replace('%40', '@')}?${query}`;
}

/** Reads a report file's text; null when it is no nahbei report. */
export function readReportFile(text: string): ReportFile | null {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return null;
	}
	const parsed = v.safeParse(ReportFileSchema, json);
	return parsed.success ? parsed.output : null;
}

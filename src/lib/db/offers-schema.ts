import * as v from 'valibot';

/** Where the catalogue on this device came from, and how current it is. */
export const CatalogueInfoSchema = v.object({
	id: v.literal('current'),
	/** The date the Quartier team published it (YYYY-MM-DD): "Stand: …". */
	stand: v.pipe(v.string(), v.isoDate()),
	quartier: v.pipe(v.string(), v.maxLength(100)),
	source: v.picklist(['shipped', 'update', 'import']),
	importedAt: v.string()
});
export type CatalogueInfo = v.InferOutput<typeof CatalogueInfoSchema>;

export interface FavouriteRecord {
	offerId: string;
	addedAt: string;
}

export const reportReasons = ['address', 'time', 'phone', 'price', 'other'] as const;
export type ReportReason = (typeof reportReasons)[number];

export const OfferReportSchema = v.object({
	offerId: v.pipe(v.string(), v.maxLength(100)),
	reasons: v.pipe(v.array(v.picklist(reportReasons)), v.minLength(1)),
	note: v.pipe(v.string(), v.maxLength(1000))
});
export type OfferReportInput = v.InferOutput<typeof OfferReportSchema>;

export interface OfferReportRecord extends OfferReportInput {
	id: string;
	createdAt: string;
	updatedAt: string;
}

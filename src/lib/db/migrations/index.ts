import type { Transaction } from 'dexie';

/** One released schema version: the stores it declares and, when data must change, how. */
export interface SchemaVersion {
	version: number;
	/** The day the version was released (YYYY-MM-DD). */
	date: string;
	reason: string;
	stores: Record<string, string | null>;
	upgrade?: (tx: Transaction) => Promise<void> | void;
}

/**
 * Every schema version nahbei ever released, oldest first. Append only: a released entry never
 * changes, because people's phones still hold data in its shape.
 */
export const schemaVersions: SchemaVersion[] = [
	{
		version: 1,
		date: '2026-11-23',
		reason: 'First release: the settings a person chooses.',
		stores: {
			settings: 'id'
		}
	},
	{
		version: 2,
		date: '2026-11-23',
		reason: 'Angebote: the Quartier catalogue, favourites, and "Stimmt etwas nicht?" reports.',
		stores: {
			offers: 'id, category',
			catalogue: 'id',
			favourites: 'offerId, addedAt',
			offerReports: 'id, offerId, createdAt'
		}
	},
	{
		version: 3,
		date: '2026-11-23',
		reason: 'Meine Menschen: people, ties, remembered "Wer kennt wen?" answers, snapshots, photos.',
		stores: {
			people: 'id, area, closeness, updatedAt',
			ties: '[a+b], a, b',
			tieAnswers: '[a+b]',
			snapshots: 'id, takenAt',
			personPhotos: 'personId'
		}
	},
	{
		version: 4,
		date: '2026-11-23',
		reason: 'Meine Wünsche: wishes, and their voice notes and photos kept apart in wishMedia.',
		stores: {
			wishes: 'id, status, updatedAt',
			wishMedia: 'id, wishId, [wishId+kind]'
		}
	},
	{
		version: 5,
		date: '2026-11-23',
		reason: 'Teilen: the log of what was shared, the Lotse\'s kept shares, and "Mein Lotse".',
		stores: {
			shares: 'id, sentAt',
			received: 'id, keptAt',
			myLotse: 'id'
		}
	},
	{
		version: 6,
		date: '2026-12-04',
		reason: 'Meine Menschen: the person themselves at the centre of the map (easyNWK ego).',
		stores: {
			networkSelf: 'id'
		}
	},
	{
		version: 7,
		date: '2026-12-04',
		reason:
			"Angebote: the HSDS record each offer came from (for a lossless export) and the Quartier team's table from words to categories.",
		stores: {
			offerSources: 'id',
			categoryRules: 'word'
		}
	}
];

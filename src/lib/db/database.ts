import Dexie, { type Table } from 'dexie';
import { schemaVersions, type SchemaVersion } from './migrations';
import type {
	CatalogueInfo,
	CategoryRule,
	FavouriteRecord,
	Offer,
	OfferReportRecord,
	OfferSourceRecord
} from './offers-schema';
import type {
	NetworkSnapshot,
	Person,
	PersonPhoto,
	SelfRecord,
	Tie,
	TieAnswerRecord
} from './network-schema';
import type { Wish, WishMedia } from './wish-schema';
import { databaseName } from './presence';
import type { SettingsRecord } from './settings-schema';
import type { MyLotseRecord, ReceivedShare, ShareLogEntry } from './share-schema';

/** The one database of nahbei. Only repositories use its tables. */
export class NahbeiDatabase extends Dexie {
	settings!: Table<SettingsRecord, string>;
	offers!: Table<Offer, string>;
	catalogue!: Table<CatalogueInfo, string>;
	favourites!: Table<FavouriteRecord, string>;
	offerReports!: Table<OfferReportRecord, string>;
	/** The HSDS record each offer came from, kept apart so lists stay light. */
	offerSources!: Table<OfferSourceRecord, string>;
	/** The Quartier team's own lines of the table from words to categories. */
	categoryRules!: Table<CategoryRule, string>;
	people!: Table<Person, string>;
	ties!: Table<Tie, [string, string]>;
	tieAnswers!: Table<TieAnswerRecord, [string, string]>;
	snapshots!: Table<NetworkSnapshot, string>;
	/** A photo of a person, kept apart so lists stay light. */
	personPhotos!: Table<PersonPhoto, string>;
	/** The person themselves, at the centre of Meine Menschen: one record. */
	networkSelf!: Table<SelfRecord, string>;
	wishes!: Table<Wish, string>;
	/** A wish's voice note and photo, kept apart so lists stay light. */
	wishMedia!: Table<WishMedia, string>;
	/** The local log of what the person shared, when, with whom. */
	shares!: Table<ShareLogEntry, string>;
	/** Shares a Lotse keeps on this device, apart from any data of their own. */
	received!: Table<ReceivedShare, string>;
	/** "Mein Lotse": one record. */
	myLotse!: Table<MyLotseRecord, string>;

	constructor(name: string = databaseName, versions: SchemaVersion[] = schemaVersions) {
		super(name);
		for (const entry of declaredVersions(versions)) {
			const version = this.version(entry.version).stores(entry.stores);
			if (entry.upgrade) version.upgrade(entry.upgrade);
		}
	}
}

/**
 * The versions Dexie is told about: each one that changes data, and the newest, each with every
 * store as it stands by then. Dexie compares with what a phone holds and adds or drops stores and
 * indexes itself, so the versions that only added stores need not be declared one by one: that
 * would parse the whole history of the schema each time the app starts.
 */
export function declaredVersions(versions: readonly SchemaVersion[]): SchemaVersion[] {
	const declared: SchemaVersion[] = [];
	let stores: Record<string, string | null> = {};
	versions.forEach((entry, index) => {
		stores = { ...stores, ...entry.stores };
		if (entry.upgrade || index === versions.length - 1) declared.push({ ...entry, stores });
	});
	return declared;
}

// The word a person reads for each part of a backup ("Wünsche", "Mein Lotse"): the locale key
// backup.tables.<name>. A table without its own word is shown as "Andere Daten".

/** Tables of the database that have their own word in backup.tables. */
export const tablesWithWords = [
	'settings',
	'people',
	'ties',
	'tieAnswers',
	'snapshots',
	'personPhotos',
	'favourites',
	'offerReports',
	'wishes',
	'wishMedia',
	'shares',
	'received',
	'myLotse',
	'networkSelf'
] as const;

/** The locale key of a backup table's word. */
export function tableWordKey(name: string): string {
	const known: readonly string[] = tablesWithWords;
	return `backup.tables.${known.includes(name) ? name : 'other'}`;
}

// The files the person can save from Meine Menschen: the whole network for nahbei, two tables
// for a spreadsheet, and the map (alone or with its history) for easyNWK.
import { peopleToCsv, tiesToCsv } from '$lib/network/csv';
import { easyNwkHistoryFile, easyNwkMapFile, easyNwkText } from '$lib/network/easynwk';
import { toNetworkJson, type NetworkData } from '$lib/network/json';
import type { Self } from '$lib/network/basics';
import type { MessageKey } from '../person-text';

export interface Download {
	/** The button's words. */
	key: MessageKey;
	/** The file's name on a given day ("2026-12-04"). */
	name: (day: string) => string;
	type: string;
	/** The file's content, made on a given day. */
	make: (network: Required<NetworkData> & { self: Self }, day: string) => string;
}

export const downloads: readonly Download[] = [
	{
		key: 'pages.people.files.saveJson',
		name: (day) => `nahbei-menschen-${day}.json`,
		type: 'application/json',
		make: (network) => toNetworkJson(network)
	},
	{
		key: 'pages.people.files.saveCsv',
		name: (day) => `nahbei-menschen-${day}.csv`,
		type: 'text/csv',
		make: ({ people }) => peopleToCsv(people)
	},
	{
		key: 'pages.people.files.saveTiesCsv',
		name: (day) => `nahbei-wer-kennt-wen-${day}.csv`,
		type: 'text/csv',
		make: ({ people, ties }) => tiesToCsv(ties, people)
	},
	{
		key: 'pages.people.files.saveEasyNwk',
		name: (day) => `easynwk-karte-${day}.json`,
		type: 'application/json',
		make: (network, day) => easyNwkText(easyNwkMapFile(network, day))
	},
	{
		key: 'pages.people.files.saveEasyNwkHistory',
		name: (day) => `easynwk-verlauf-${day}.json`,
		type: 'application/json',
		make: (network, day) => easyNwkText(easyNwkHistoryFile(network, day))
	}
];

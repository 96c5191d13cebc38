import { describe, expect, it } from 'vitest';
import { makePerson, ties } from '../../../../tests/fixtures/network/people';
import { parseNetworkJson } from '$lib/network/json';
import { peopleFromCsv, tiesFromCsv } from '$lib/network/csv';
import { downloads } from './downloads';

const network = {
	people: [makePerson(1, { name: 'Anna' }), makePerson(2, { name: 'Ben' })],
	ties: ties([1, 2]),
	snapshots: []
};

describe('downloads', () => {
	it('names each file with the day', () => {
		expect(downloads.map((download) => download.name('2026-12-04'))).toEqual([
			'nahbei-menschen-2026-12-04.json',
			'nahbei-menschen-2026-12-04.csv',
			'nahbei-wer-kennt-wen-2026-12-04.csv'
		]);
	});

	it('makes files that read back as the same network', () => {
		const [json, people, tieTable] = downloads.map((download) => download.make(network));
		expect(parseNetworkJson(json!)).toEqual({ ok: true, value: network });
		expect(peopleFromCsv(people!)).toEqual({ ok: true, value: network.people });
		expect(tiesFromCsv(tieTable!)).toEqual({ ok: true, value: network.ties });
	});
});

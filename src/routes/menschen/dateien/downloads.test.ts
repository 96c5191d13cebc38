import { describe, expect, it } from 'vitest';
import { makePerson, ties } from '../../../../tests/fixtures/network/people';
import { parseEasyNwk } from '$lib/network/easynwk';
import { parseNetworkJson } from '$lib/network/json';
import { peopleFromCsv, tiesFromCsv } from '$lib/network/csv';
import { downloads } from './downloads';

const network = {
	people: [makePerson(1, { name: 'Anna' }), makePerson(2, { name: 'Ben' })],
	ties: ties([1, 2]),
	snapshots: [],
	self: { name: 'Gerda', note: '', gender: 'weiblich', age: '' }
};

describe('downloads', () => {
	it('names each file with the day', () => {
		expect(downloads.map((download) => download.name('2026-12-04'))).toEqual([
			'nahbei-menschen-2026-12-04.json',
			'nahbei-menschen-2026-12-04.csv',
			'nahbei-wer-kennt-wen-2026-12-04.csv',
			'easynwk-karte-2026-12-04.json',
			'easynwk-verlauf-2026-12-04.json'
		]);
	});

	it('makes files that read back as the same network', () => {
		const [json, people, tieTable, map, history] = downloads.map((download) =>
			download.make(network, '2026-12-04')
		);
		expect(parseNetworkJson(json!)).toEqual({ ok: true, value: network });
		expect(peopleFromCsv(people!)).toEqual({ ok: true, value: network.people });
		expect(tiesFromCsv(tieTable!)).toEqual({ ok: true, value: network.ties });
		for (const file of [map, history]) {
			const read = parseEasyNwk(file!);
			expect(read.ok && read.versions.at(-1)?.people.map((person) => person.name)).toEqual([
				'Anna',
				'Ben'
			]);
			expect(read.ok && read.versions.at(-1)?.self.name).toBe('Gerda');
		}
	});
});

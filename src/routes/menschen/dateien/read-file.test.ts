import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makePerson } from '../../../../tests/fixtures/network/people';
import { toNetworkJson } from '$lib/network/json';
import { readNetworkFile } from './read-file';

const record = readFileSync('tests/fixtures/network/easynwk-record.json', 'utf8');

describe('readNetworkFile', () => {
	it('reads nahbei’s own file', () => {
		const people = [makePerson(1, { name: 'Anna' })];
		const result = readNetworkFile(toNetworkJson({ people, ties: [], snapshots: [] }));
		expect(result).toEqual({
			ok: true,
			source: 'nahbei',
			data: { people, ties: [], snapshots: [] }
		});
	});

	it('reads an easyNWK record: the open version now, every version as a snapshot', () => {
		const result = readNetworkFile(record);
		if (!result.ok) throw new Error(result.error);
		expect(result.source).toBe('easynwk');
		expect(result.data.snapshots.map((snapshot) => snapshot.label)).toEqual([
			'Erstgespräch',
			'Nach einem halben Jahr'
		]);
		expect(result.data.people.map((person) => person.name)).toContain('Jana');
	});

	it('refuses broken files with a reason', () => {
		expect(readNetworkFile('not json')).toEqual({ ok: false, error: 'not-json' });
		expect(readNetworkFile('{"format": "nahbei-network", "version": 1}')).toEqual({
			ok: false,
			error: 'wrong-shape'
		});
		expect(readNetworkFile('{"format": "nahbei-network", "version": 9}')).toMatchObject({
			ok: false,
			error: 'newer-version'
		});
		expect(readNetworkFile('[1, 2, 3]').ok).toBe(false);
	});
});

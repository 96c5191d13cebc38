import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { networkArbitrary } from '../../../tests/fixtures/network/arbitraries';
import { makePerson, testId, ties } from '../../../tests/fixtures/network/people';
import { parseNetworkJson, toNetworkJson, type NetworkData } from './json';

const snapshotOf = (id: number, data: Omit<NetworkData, 'snapshots'>) => ({
	id: testId(id),
	takenAt: '2025-02-01T09:30:00.000Z',
	label: 'Februar',
	...data
});

describe('toNetworkJson', () => {
	it('writes the format name, its version and the time of export', () => {
		const file = JSON.parse(
			toNetworkJson({ people: [], ties: [], snapshots: [] }, '2025-06-01T10:00:00.000Z')
		);
		expect(file).toEqual({
			format: 'nahbei-network',
			version: 1,
			exportedAt: '2025-06-01T10:00:00.000Z',
			people: [],
			ties: [],
			snapshots: []
		});
	});
});

describe('parseNetworkJson', () => {
	it('gives back the same people, ties and snapshots for any network (property)', () => {
		fc.assert(
			fc.property(networkArbitrary, networkArbitrary, (today, earlier) => {
				const data = { ...today, snapshots: [snapshotOf(900, earlier)] };
				expect(parseNetworkJson(toNetworkJson(data))).toEqual({ ok: true, value: data });
			}),
			{ numRuns: 150 }
		);
	});

	it('reads a file with a byte-order mark', () => {
		const text = '\uFEFF' + toNetworkJson({ people: [makePerson(1)], ties: [], snapshots: [] });
		expect(parseNetworkJson(text).ok).toBe(true);
	});

	it('refuses other files with a clear reason', () => {
		const file = (changes: Record<string, unknown>) =>
			JSON.stringify({
				format: 'nahbei-network',
				version: 1,
				people: [],
				ties: [],
				snapshots: [],
				...changes
			});
		expect(parseNetworkJson('')).toEqual({ ok: false, error: 'empty' });
		expect(parseNetworkJson('<html>')).toEqual({ ok: false, error: 'not-json' });
		expect(parseNetworkJson('{"versions": []}')).toEqual({ ok: false, error: 'wrong-shape' });
		expect(parseNetworkJson(file({ version: 2 }))).toEqual({ ok: false, error: 'newer-version' });
		expect(parseNetworkJson(file({ people: [{ name: 'Anna' }] }))).toEqual({
			ok: false,
			error: 'wrong-shape'
		});
		const crowd = Array.from({ length: 2001 }, () => ({}));
		expect(parseNetworkJson(file({ people: crowd }))).toEqual({ ok: false, error: 'too-large' });
	});

	it('refuses a tie to someone who is not in the file, a repeated id and a repeated tie', () => {
		const one = [makePerson(1)];
		const two = [makePerson(1), makePerson(2)];
		const refuse = (data: NetworkData) =>
			expect(parseNetworkJson(toNetworkJson(data)).ok).toBe(false);
		refuse({ people: one, ties: ties([1, 2]), snapshots: [] });
		refuse({ people: [makePerson(1), makePerson(1)], ties: [], snapshots: [] });
		refuse({ people: two, ties: ties([1, 2], [2, 1]), snapshots: [] });
		refuse({
			people: [],
			ties: [],
			snapshots: [snapshotOf(9, { people: one, ties: ties([1, 2]) })]
		});
	});

	it('drops prototype keys and unknown keys without touching any prototype', () => {
		const person = { ...makePerson(1), isAdmin: true };
		const text = JSON.stringify({
			format: 'nahbei-network',
			version: 1,
			people: [person],
			ties: [],
			snapshots: []
		})
			.replace('"people"', '"__proto__":{"polluted":true},"people"')
			.replace('"isAdmin"', '"constructor":{"prototype":{"polluted":true}},"isAdmin"');
		const result = parseNetworkJson(text);
		expect(result.ok).toBe(true);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		if (result.ok) expect(Object.keys(result.value.people[0] ?? {})).not.toContain('isAdmin');
	});
});

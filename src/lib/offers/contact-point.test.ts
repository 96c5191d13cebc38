import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findContactPoint } from './contact-point';
import { importHsds } from './hsds-import';

const shipped = JSON.parse(readFileSync('static/data/angebote.json', 'utf8'));

/** What the full reader says the contact point is, in the card's terms. */
function fromFullReader(json: unknown) {
	const result = importHsds(json);
	if (!result.ok) return null;
	const offer = result.offers.find((entry) => entry.isContactPoint && entry.phone);
	return offer?.phone ? { id: offer.id, name: offer.name, phone: offer.phone } : null;
}

function marked(service: Record<string, unknown>) {
	return {
		id: 's1',
		name: 'Info-Punkt',
		status: 'active',
		attributes: [
			{ taxonomy_term: { taxonomy: 'nahbei-category', code: 'beratung' } },
			{ taxonomy_term: { taxonomy: 'nahbei', code: 'eine-nummer' } }
		],
		...service
	};
}

describe('findContactPoint', () => {
	it('finds the same contact point as the full HSDS reader in the shipped catalogue', () => {
		const found = findContactPoint(shipped);
		expect(found).not.toBeNull();
		expect(found).toEqual(fromFullReader(shipped));
	});

	it('reads a plain array and a single service too', () => {
		const service = marked({ phones: [{ number: '040 1' }] });
		expect(findContactPoint([service])).toEqual({ id: 's1', name: 'Info-Punkt', phone: '040 1' });
		expect(findContactPoint(service)).toEqual({ id: 's1', name: 'Info-Punkt', phone: '040 1' });
	});

	it('takes the phone from the place or the organization when the service has none', () => {
		const atPlace = marked({
			service_at_locations: [{ location: { phones: [{ number: '040 2' }] } }],
			organization: { phones: [{ number: '040 3' }] }
		});
		expect(findContactPoint([atPlace])?.phone).toBe('040 2');
		const atOrganization = marked({ organization: { phones: [{ number: '040 3' }] } });
		expect(findContactPoint([atOrganization])?.phone).toBe('040 3');
	});

	it('skips inactive services, unmarked services and services without a phone', () => {
		const inactive = marked({ status: 'inactive', phones: [{ number: '040 1' }] });
		const unmarked = { id: 's2', name: 'Treff', phones: [{ number: '040 2' }] };
		const silent = marked({ id: 's3' });
		expect(findContactPoint([inactive, unmarked, silent])).toBeNull();
	});

	it('answers null for anything that is not a catalogue', () => {
		for (const json of [null, 'text', 42, { contents: 'x' }, [1, 2]]) {
			expect(findContactPoint(json)).toBeNull();
		}
		expect(findContactPoint(JSON.parse('[{"__proto__": {}, "id": "x"}]'))).toBeNull();
	});
});

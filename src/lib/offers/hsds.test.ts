import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { HsdsScheduleSchema, HsdsServiceSchema, LIMITS } from './hsds';

const service = { id: 'a', name: 'Mittags-Tisch', status: 'active' };

describe('HsdsServiceSchema', () => {
	it('accepts a service with only its required fields, and nulls for optional ones', () => {
		expect(v.is(HsdsServiceSchema, service)).toBe(true);
		expect(v.is(HsdsServiceSchema, { ...service, description: null, schedules: null })).toBe(true);
	});

	it('keeps only the fields it knows', () => {
		const output = v.parse(HsdsServiceSchema, {
			...service,
			tracking: 'x',
			organization: { id: 'o', extra: 1 }
		});
		expect(output).toEqual({ ...service, organization: { id: 'o' } });
		expect('tracking' in output).toBe(false);
	});

	it('never carries a __proto__ key from parsed JSON onto its output', () => {
		const hostile = JSON.parse('{"id": "a", "name": "b", "__proto__": {"polluted": true}}');
		const output = v.parse(HsdsServiceSchema, hostile);
		expect(Object.keys(output)).toEqual(['id', 'name']);
		expect(Object.getPrototypeOf(output)).toBe(Object.prototype);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('is strict about types and the enums of the spec', () => {
		expect(v.is(HsdsServiceSchema, { ...service, name: 42 })).toBe(false);
		expect(v.is(HsdsServiceSchema, { ...service, status: 'open' })).toBe(false);
		expect(
			v.is(HsdsServiceSchema, {
				...service,
				service_at_locations: [{ location: { latitude: '53.5' } }]
			})
		).toBe(false);
		expect(v.is(HsdsScheduleSchema, { freq: 'DAILY' })).toBe(false);
		expect(v.is(HsdsScheduleSchema, { wkst: 'MON' })).toBe(false);
	});

	it('accepts interval and bymonthday as numbers or text, as HSDS versions differ', () => {
		expect(v.is(HsdsScheduleSchema, { interval: 2, bymonthday: '1,15' })).toBe(true);
		expect(v.is(HsdsScheduleSchema, { interval: '2', bymonthday: 15 })).toBe(true);
	});

	it('limits the length of texts and lists', () => {
		expect(v.is(HsdsServiceSchema, { ...service, name: 'x'.repeat(LIMITS.name + 1) })).toBe(false);
		const schedules = Array.from({ length: LIMITS.list + 1 }, () => ({}));
		expect(v.is(HsdsServiceSchema, { ...service, schedules })).toBe(false);
	});
});

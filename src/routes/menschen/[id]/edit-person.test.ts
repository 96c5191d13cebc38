import { describe, expect, it } from 'vitest';
import { makePerson } from '../../../../tests/fixtures/network/people';
import { checkFields, fieldsOf } from './edit-person';

describe('fieldsOf', () => {
	it('copies what the form changes, and a list the form may change on its own', () => {
		const anna = makePerson(1, { name: 'Anna', helpsWith: ['shopping'] });
		const fields = fieldsOf(anna);
		expect(fields).toMatchObject({ name: 'Anna', helpsWith: ['shopping'], deceased: false });
		expect(fields).not.toHaveProperty('id');
		fields.helpsWith.push('garden');
		expect(anna.helpsWith).toEqual(['shopping']);
	});
});

describe('checkFields', () => {
	it('accepts a name with a phone number of digits, spaces and + ( ) / -', () => {
		expect(checkFields({ name: 'Anna', phone: '+49 (40) 123/45-6' })).toEqual([]);
		expect(checkFields({ name: 'Anna', phone: '' })).toEqual([]);
	});

	it('names a missing name and a phone number with letters, in the order of the form', () => {
		expect(checkFields({ name: '  ', phone: 'ruf an' }).map((problem) => problem.id)).toEqual([
			'edit-name',
			'edit-phone'
		]);
	});
});

describe('fieldsOf and support', () => {
	it('copies support both ways, so the form changes its own copy', () => {
		const maria = makePerson(1, { name: 'Maria', support: { emotional: 2, instrumental: 1 } });
		const fields = fieldsOf(maria);
		expect(fields.support).toEqual({ emotional: 2, instrumental: 1 });
		fields.support = { ...fields.support, linking: 3 };
		expect(maria.support).toEqual({ emotional: 2, instrumental: 1 });
	});
});

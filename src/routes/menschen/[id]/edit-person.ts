// What the form "Mensch ändern" starts from and what it checks before saving.
import type { PersonFields } from '$lib/db/network-schema';
import type { Person } from '$lib/network/basics';
import type { MessageKey } from '../person-text';

/** A field that cannot be saved as it is: the field's id and the message to show. */
export interface FieldProblem {
	id: 'edit-name' | 'edit-phone';
	key: MessageKey;
}

/** The form's own copy of a saved person's fields. */
export function fieldsOf(person: Person): PersonFields {
	return {
		name: person.name,
		kind: person.kind,
		area: person.area,
		closeness: person.closeness,
		helpsWith: [...person.helpsWith],
		helpsWithOther: person.helpsWithOther,
		iDoForThem: person.iDoForThem,
		phone: person.phone,
		note: person.note,
		deceased: person.deceased,
		notHuman: person.notHuman,
		support: { ...person.support }
	};
}

const phoneCharacters = /^[\d\s+()/-]*$/u;

/** What keeps the fields from being saved, in the order of the form; empty when all is well. */
export function checkFields(fields: Pick<PersonFields, 'name' | 'phone'>): FieldProblem[] {
	const problems: FieldProblem[] = [];
	if (!fields.name.trim())
		problems.push({ id: 'edit-name', key: 'pages.people.errors.nameMissing' });
	if (fields.phone && !phoneCharacters.test(fields.phone))
		problems.push({ id: 'edit-phone', key: 'pages.people.errors.phoneInvalid' });
	return problems;
}

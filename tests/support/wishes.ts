import type { Page } from '@playwright/test';
import { aPerson } from '../fixtures/builders.js';
import { putRecords } from './database';

/**
 * Puts people into Meine Menschen, straight into the database, before the app reads them:
 * Ayşe (a friend), Frau Lotsin (a professional) and any number of further neighbours.
 */
export async function seedPeople(page: Page, moreFriends = 0) {
	const now = new Date().toISOString();
	const person = (id: string, name: string, area: 'friends' | 'professionals') =>
		aPerson({ id, name, area, closeness: 1, createdAt: now });
	const people = [
		person('a0000000-0000-4000-8000-000000000001', 'Ayşe', 'friends'),
		person('a0000000-0000-4000-8000-000000000002', 'Frau Lotsin', 'professionals')
	];
	for (let index = 1; index <= moreFriends; index++) {
		const id = `b0000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
		people.push({ ...person(id, `Nachbar ${index}`, 'friends'), closeness: 3 });
	}
	await putRecords(page, { people });
}

import { describe, expect, it } from 'vitest';
import { databaseMayExist, databaseName, deleteDatabaseDirectly } from './presence';

describe('databaseMayExist', () => {
	it('says no when the browser lists no nahbei database', async () => {
		const factory = { databases: async () => [{ name: 'other', version: 1 }] };
		expect(await databaseMayExist(factory)).toBe(false);
	});

	it('says yes when the browser lists it', async () => {
		const factory = { databases: async () => [{ name: databaseName, version: 4 }] };
		expect(await databaseMayExist(factory)).toBe(true);
	});

	it('says maybe (true) when the browser cannot tell', async () => {
		expect(await databaseMayExist({} as Pick<IDBFactory, 'databases'>)).toBe(true);
		const failing = {
			databases: async () => {
				throw new Error('SecurityError');
			}
		};
		expect(await databaseMayExist(failing)).toBe(true);
	});
});

describe('deleteDatabaseDirectly', () => {
	it('deletes the nahbei database and leaves others alone', async () => {
		const { IDBFactory } = await import('fake-indexeddb');
		const factory = new IDBFactory();
		for (const name of [databaseName, 'other']) {
			await new Promise((resolve) => {
				const request = factory.open(name, 1);
				request.onsuccess = () => resolve(request.result.close());
			});
		}
		await deleteDatabaseDirectly(factory);
		expect((await factory.databases()).map((entry) => entry.name)).toEqual(['other']);
	});
});

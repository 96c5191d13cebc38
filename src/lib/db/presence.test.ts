import { describe, expect, it } from 'vitest';
import { databaseMayExist, databaseName } from './presence';

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

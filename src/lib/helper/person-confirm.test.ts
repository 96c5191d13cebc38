import { afterEach, describe, expect, it } from 'vitest';
import { helperMode } from './helper-mode.svelte';
import { askPerson, personConfirmation } from './person-confirm.svelte';

afterEach(() => {
	personConfirmation.answer(false);
	helperMode.stop();
});

describe('askPerson', () => {
	it('says yes at once when nobody helps: the person pressed the button themself', async () => {
		expect(await askPerson('Alles sichern')).toBe(true);
		expect(personConfirmation.question).toBeNull();
	});

	it('waits for the person’s own answer in helper mode', async () => {
		helperMode.start('Mama');
		const answer = askPerson('Alles sichern');
		expect(personConfirmation.question?.what).toBe('Alles sichern');
		personConfirmation.answer(true);
		expect(await answer).toBe(true);
		expect(personConfirmation.question).toBeNull();
	});

	it('goes no further when the person says no', async () => {
		helperMode.start('Mama');
		const answer = askPerson('Alles sichern');
		personConfirmation.answer(false);
		expect(await answer).toBe(false);
	});

	it('answers an older question with no when a new one comes', async () => {
		helperMode.start('Mama');
		const first = askPerson('Teilen');
		const second = askPerson('Alles sichern');
		expect(await first).toBe(false);
		personConfirmation.answer(true);
		expect(await second).toBe(true);
	});
});

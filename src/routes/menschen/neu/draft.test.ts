import { describe, expect, it } from 'vitest';
import { clearDraft, emptyDraft, loadDraft, saveDraft } from './draft';

function memoryStorage(): Storage {
	const items = new Map<string, string>();
	return {
		get length() {
			return items.size;
		},
		clear: () => items.clear(),
		getItem: (key) => items.get(key) ?? null,
		key: (index) => [...items.keys()][index] ?? null,
		removeItem: (key) => void items.delete(key),
		setItem: (key, value) => void items.set(key, value)
	};
}

describe('the add-person draft', () => {
	it('comes back after a reload', () => {
		const storage = memoryStorage();
		const draft = { ...emptyDraft(), step: 3, name: 'Anna', area: 'family' as const };
		saveDraft(draft, storage);
		expect(loadDraft(storage)).toEqual(draft);
	});

	it('starts empty when nothing or something broken is kept', () => {
		const storage = memoryStorage();
		expect(loadDraft(storage)).toEqual(emptyDraft());
		storage.setItem('nahbei.people.draft', '{"step": 9}');
		expect(loadDraft(storage)).toEqual(emptyDraft());
		storage.setItem('nahbei.people.draft', 'not json');
		expect(loadDraft(storage)).toEqual(emptyDraft());
	});

	it('is forgotten when cleared', () => {
		const storage = memoryStorage();
		saveDraft({ ...emptyDraft(), name: 'Anna' }, storage);
		clearDraft(storage);
		expect(loadDraft(storage)).toEqual(emptyDraft());
	});
});

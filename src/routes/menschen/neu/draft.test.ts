import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../../../tests/fixtures/memory-storage';
import { clearDraft, emptyDraft, loadDraft, saveDraft } from './draft';

describe('the add-person draft', () => {
	it('comes back after a reload', () => {
		const storage = new MemoryStorage();
		const draft = { ...emptyDraft(), step: 3, name: 'Anna', area: 'family' as const };
		saveDraft(draft, storage);
		expect(loadDraft(storage)).toEqual(draft);
	});

	it('starts empty when nothing or something broken is kept', () => {
		const storage = new MemoryStorage();
		expect(loadDraft(storage)).toEqual(emptyDraft());
		storage.setItem('nahbei.people.draft', '{"step": 9}');
		expect(loadDraft(storage)).toEqual(emptyDraft());
		storage.setItem('nahbei.people.draft', 'not json');
		expect(loadDraft(storage)).toEqual(emptyDraft());
	});

	it('is forgotten when cleared', () => {
		const storage = new MemoryStorage();
		saveDraft({ ...emptyDraft(), name: 'Anna' }, storage);
		clearDraft(storage);
		expect(loadDraft(storage)).toEqual(emptyDraft());
	});
});

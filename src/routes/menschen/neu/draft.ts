// The half-finished "Mensch hinzufügen" questions, kept in localStorage on every change so a
// reload, a closed page or a phone that drops the page loses nothing (a kiosk visit's end
// clears localStorage). Finishing or stopping removes it.
import * as v from 'valibot';
import { areas, closenessLevels, helpTopics, kinds, limits } from '$lib/network/basics';

export const steps = ['name', 'kind', 'area', 'closeness', 'helps'] as const;
export type Step = (typeof steps)[number];

const DraftSchema = v.object({
	step: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(steps.length - 1)),
	name: v.pipe(v.string(), v.maxLength(limits.name)),
	kind: v.picklist(kinds),
	area: v.picklist(areas),
	closeness: v.picklist(closenessLevels),
	helpsWith: v.array(v.picklist(helpTopics))
});
export type Draft = v.InferOutput<typeof DraftSchema>;

const storageKey = 'nahbei.people.draft';

/** A new, empty set of answers; skipped questions keep these values. */
export function emptyDraft(): Draft {
	return { step: 0, name: '', kind: 'person', area: 'friends', closeness: 2, helpsWith: [] };
}

/** The kept answers, or an empty draft when there are none or they are broken. */
export function loadDraft(storage: Storage | undefined = globalThis.localStorage): Draft {
	try {
		const parsed = v.safeParse(DraftSchema, JSON.parse(storage?.getItem(storageKey) ?? 'null'));
		return parsed.success ? parsed.output : emptyDraft();
	} catch {
		return emptyDraft();
	}
}

/** Keeps the answers; a full or blocked storage only means a reload would lose them. */
export function saveDraft(draft: Draft, storage: Storage | undefined = globalThis.localStorage) {
	try {
		storage?.setItem(storageKey, JSON.stringify(draft));
	} catch {
		// Nothing to tell: the answers are still on the screen.
	}
}

/** Forgets the kept answers. */
export function clearDraft(storage: Storage | undefined = globalThis.localStorage) {
	try {
		storage?.removeItem(storageKey);
	} catch {
		// Nothing to do.
	}
}

import * as v from 'valibot';
import type { NahbeiDatabase } from './database';
import { repairAll, repairWish } from './record-repair';
import { guardStorage, StorageProblem } from './storage-problem';
import { mergeWishChange, textPaths, type FieldConflict, type WishChange } from './wish-merge';
import {
	emptyWish,
	fieldText,
	limitText,
	mediaKinds,
	SuggestionSchema,
	WishSchema,
	withFieldText,
	type MediaKind,
	type Suggestion,
	type SuggestionField,
	type Wish,
	type WishFields,
	type WishMedia
} from './wish-schema';

/** A saved wish and whether its text had to be cut at the limit. */
export interface SavedWish {
	wish: Wish;
	cut: boolean;
}

/** What a deletion took away, so that "Rückgängig" can put it back exactly. */
export interface RemovedWish {
	wish: Wish;
	media: WishMedia[];
}

// Cuts every free text of a change at the limit and reports whether anything was cut.
function limitChange(change: Partial<WishFields>): { change: Partial<WishFields>; cut: boolean } {
	let cut = false;
	const limit = (text: string) => {
		const result = limitText(text);
		cut ||= result.cut;
		return result.text;
	};
	const out: Partial<WishFields> = { ...change };
	if (out.text !== undefined) out.text = limit(out.text);
	if (out.firstStep) out.firstStep = { ...out.firstStep, text: limit(out.firstStep.text) };
	if (out.answers) {
		const a = out.answers;
		out.answers = {
			self: { ...a.self, text: limit(a.self.text) },
			network: { ...a.network, text: limit(a.network.text) },
			quartier: { ...a.quartier, text: limit(a.quartier.text) },
			professionals: { ...a.professionals, text: limit(a.professionals.text) },
			others: { text: limit(a.others.text) }
		};
	}
	return { change: out, cut };
}

/** All wishes, the most recently changed first. */
export function listWishes(db: NahbeiDatabase): Promise<Wish[]> {
	return guardStorage(async () => {
		// Sorted here, not by the index: a record without updatedAt is missing from the index.
		const wishes = repairAll(await db.wishes.toArray(), repairWish);
		return wishes.sort((x, y) => y.updatedAt.localeCompare(x.updatedAt));
	});
}

/** One wish by id, or null. */
export function getWish(db: NahbeiDatabase, id: string): Promise<Wish | null> {
	return guardStorage(async () => repairWish(await db.wishes.get(id)));
}

/** Starts a new wish with a new id; fields left out start empty. */
export function createWish(
	db: NahbeiDatabase,
	input: Partial<WishFields> = {}
): Promise<SavedWish> {
	return guardStorage(async () => {
		const now = new Date().toISOString();
		const { change, cut } = limitChange(input);
		const wish = v.parse(WishSchema, {
			...emptyWish(),
			...change,
			id: crypto.randomUUID(),
			createdAt: now,
			updatedAt: now
		});
		await db.wishes.add(wish);
		return { wish, cut };
	});
}

/** Changes some fields of a wish and stamps the time; the id and creation time stay. */
export function updateWish(
	db: NahbeiDatabase,
	id: string,
	input: Partial<WishFields>
): Promise<SavedWish> {
	return guardStorage(async () => {
		const { change, cut } = limitChange(input);
		const wish = await db.transaction('rw', db.wishes, async () => {
			const before = repairWish(await db.wishes.get(id));
			if (!before) throw new StorageProblem('invalid');
			const after = v.parse(WishSchema, {
				...before,
				...change,
				id,
				createdAt: before.createdAt,
				updatedAt: new Date().toISOString()
			});
			await db.wishes.put(after);
			return after;
		});
		return { wish, cut };
	});
}

/** A field-level change as saved: the wish now, whether a text was cut, and texts left as they were. */
export interface ChangedWish extends SavedWish {
	/** Texts another place changed too: stored as they were, both versions given back. */
	conflicts: FieldConflict[];
}

/**
 * Writes only the fields a person changed, into the wish as it is stored now (read in the same
 * transaction), so changes made meanwhile in another tab stay. A text changed in both places is
 * left as stored and given back as a conflict.
 */
export function changeWish(
	db: NahbeiDatabase,
	id: string,
	input: WishChange
): Promise<ChangedWish> {
	return guardStorage(async () => {
		let cut = false;
		const change: WishChange = { ...input };
		for (const path of textPaths) {
			const field = change[path];
			if (!field || typeof field.value !== 'string') continue;
			const limited = limitText(field.value);
			cut ||= limited.cut;
			change[path] = { ...field, value: limited.text };
		}
		const result = await db.transaction('rw', db.wishes, async () => {
			const before = repairWish(await db.wishes.get(id));
			if (!before) throw new StorageProblem('invalid');
			const { next, conflicts } = mergeWishChange(before, change);
			if (next === before) return { wish: before, conflicts };
			const after = v.parse(WishSchema, { ...next, updatedAt: new Date().toISOString() });
			await db.wishes.put(after);
			return { wish: after, conflicts };
		});
		return { ...result, cut };
	});
}

/** Keeps a helper's idea apart from the person's words, as an open suggestion. */
export function addSuggestion(
	db: NahbeiDatabase,
	wishId: string,
	input: { field: SuggestionField; text: string; by: string }
): Promise<Suggestion> {
	return guardStorage(async () => {
		const suggestion = v.parse(SuggestionSchema, {
			id: crypto.randomUUID(),
			field: input.field,
			text: limitText(input.text.trim()).text,
			by: input.by,
			state: 'open'
		});
		await db.transaction('rw', db.wishes, async () => {
			const before = repairWish(await db.wishes.get(wishId));
			if (!before) throw new StorageProblem('invalid');
			await db.wishes.put(
				v.parse(WishSchema, {
					...before,
					suggestions: [...before.suggestions, suggestion],
					updatedAt: new Date().toISOString()
				})
			);
		});
		return suggestion;
	});
}

/**
 * The person accepts or rejects a helper's idea. An accepted idea is added after the person's
 * own words, never in their place, and the wish says it was written with that helper's help.
 */
export function decideSuggestion(
	db: NahbeiDatabase,
	wishId: string,
	suggestionId: string,
	decision: 'accepted' | 'rejected'
): Promise<SavedWish> {
	return guardStorage(async () => {
		let cut = false;
		const wish = await db.transaction('rw', db.wishes, async () => {
			const before = repairWish(await db.wishes.get(wishId));
			const suggestion = before?.suggestions.find((each) => each.id === suggestionId);
			if (!before || !suggestion) throw new StorageProblem('invalid');
			let next: Wish = {
				...before,
				suggestions: before.suggestions.map((each) =>
					each.id === suggestionId ? { ...each, state: decision } : each
				)
			};
			if (decision === 'accepted' && suggestion.state === 'open') {
				const own = fieldText(before, suggestion.field).trim();
				const joined = limitText(own === '' ? suggestion.text : `${own}\n${suggestion.text}`);
				cut = joined.cut;
				next = withFieldText(next, suggestion.field, joined.text);
				if (next.author.kind === 'me') next.author = { kind: 'helper', name: suggestion.by };
			}
			const after = v.parse(WishSchema, { ...next, updatedAt: new Date().toISOString() });
			await db.wishes.put(after);
			return after;
		});
		return { wish, cut };
	});
}

/** Deletes a wish with its voice note and photo; returns what it took away. */
export function deleteWish(db: NahbeiDatabase, id: string): Promise<RemovedWish | null> {
	return guardStorage(() =>
		db.transaction('rw', [db.wishes, db.wishMedia], async () => {
			const wish = await db.wishes.get(id);
			if (!wish) return null;
			const media = await db.wishMedia.where('wishId').equals(id).toArray();
			await db.wishMedia.where('wishId').equals(id).delete();
			await db.wishes.delete(id);
			return { wish, media };
		})
	);
}

/** Puts a deleted wish back with its voice note and photo ("Rückgängig"). */
export function restoreWish(db: NahbeiDatabase, removed: RemovedWish): Promise<void> {
	return guardStorage(async () => {
		const wish = v.parse(WishSchema, removed.wish);
		await db.transaction('rw', [db.wishes, db.wishMedia], async () => {
			await db.wishes.put(wish);
			await db.wishMedia.bulkPut(removed.media);
		});
	});
}

/** Saves the voice note or the photo of a wish, replacing the one before. */
export function saveMedia(
	db: NahbeiDatabase,
	wishId: string,
	kind: MediaKind,
	blob: Blob
): Promise<WishMedia> {
	return guardStorage(async () => {
		if (!mediaKinds.includes(kind) || !(blob instanceof Blob) || blob.size === 0)
			throw new StorageProblem('invalid');
		const media: WishMedia = {
			id: crypto.randomUUID(),
			wishId,
			kind,
			mimeType: blob.type,
			blob,
			createdAt: new Date().toISOString()
		};
		await db.transaction('rw', [db.wishes, db.wishMedia], async () => {
			if (!(await db.wishes.get(wishId))) throw new StorageProblem('invalid');
			await db.wishMedia.where({ wishId, kind }).delete();
			await db.wishMedia.add(media);
		});
		return media;
	});
}

/** The voice note and photo of a wish, if any. */
export function getMedia(
	db: NahbeiDatabase,
	wishId: string
): Promise<Partial<Record<MediaKind, WishMedia>>> {
	return guardStorage(async () => {
		const rows = await db.wishMedia.where('wishId').equals(wishId).toArray();
		return Object.fromEntries(rows.map((row) => [row.kind, row]));
	});
}

/** Removes the voice note or the photo of a wish. */
export function deleteMedia(db: NahbeiDatabase, wishId: string, kind: MediaKind): Promise<void> {
	return guardStorage(async () => {
		await db.wishMedia.where({ wishId, kind }).delete();
	});
}

/** Every wish's photo, for "Mein Plan" on paper. */
export function listPhotos(db: NahbeiDatabase): Promise<WishMedia[]> {
	return guardStorage(async () =>
		(await db.wishMedia.toArray()).filter((media) => media.kind === 'photo')
	);
}

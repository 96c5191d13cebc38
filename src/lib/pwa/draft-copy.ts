/**
 * The last keystroke of every draft, kept synchronously in localStorage: IndexedDB writes may
 * not finish when a page is closed or reloaded, a localStorage write always does. Each page
 * keeps its own copy of a draft (two tabs never overwrite each other's); the next start moves
 * the copies into the database and removes them. A kiosk visit's end clears localStorage, and
 * with it these copies.
 */

/** Every copy's key starts with this. */
export const copyPrefix = 'nahbei.unsaved.';

/** This page's name among the copies: a new one per page load. */
export const pageId = Math.random().toString(36).slice(2, 10);

interface Copy<T> {
	value: T;
	/** When the copy was written, for putting copies of several pages in order. */
	at: number;
}

function store(): Storage | undefined {
	try {
		return globalThis.localStorage;
	} catch {
		return undefined;
	}
}

function keyOf(draft: string, page: string): string {
	return `${copyPrefix}${draft}.${page}`;
}

/** Keeps this page's copy of a draft; a full or blocked storage only loses the safety net. */
export function keepCopy(draft: string, value: unknown): void {
	try {
		store()?.setItem(keyOf(draft, pageId), JSON.stringify({ value, at: Date.now() }));
	} catch {
		// The draft is still saved to the database as before.
	}
}

/** Removes this page's copy of a draft (it is in the database now, or was thrown away). */
export function dropCopy(draft: string, page: string = pageId): void {
	try {
		store()?.removeItem(keyOf(draft, page));
	} catch {
		// Nothing to remove.
	}
}

/**
 * The copies left of a draft, the oldest first, each with the page that wrote it: by closed
 * pages, by another open tab, or by this page before the draft was opened again.
 */
export function copiesOf<T>(draft: string): { page: string; value: T }[] {
	const storage = store();
	if (!storage) return [];
	const start = `${copyPrefix}${draft}.`;
	const found: { page: string; value: T; at: number }[] = [];
	try {
		for (let index = 0; index < storage.length; index += 1) {
			const key = storage.key(index);
			if (!key?.startsWith(start)) continue;
			const page = key.slice(start.length);
			if (page.includes('.')) continue;
			const copy = JSON.parse(storage.getItem(key) ?? 'null') as Copy<T> | null;
			if (copy && typeof copy === 'object' && 'value' in copy)
				found.push({ page, value: copy.value, at: Number(copy.at) || 0 });
		}
	} catch {
		return [];
	}
	return found.sort((a, b) => a.at - b.at).map(({ page, value }) => ({ page, value }));
}

/** The names of drafts (after a prefix such as "wish.") that have copies. */
export function draftsWithCopies(prefix: string): string[] {
	const storage = store();
	if (!storage) return [];
	const start = `${copyPrefix}${prefix}`;
	const names = new Set<string>();
	try {
		for (let index = 0; index < storage.length; index += 1) {
			const key = storage.key(index);
			if (!key?.startsWith(start)) continue;
			const rest = key.slice(copyPrefix.length);
			names.add(rest.slice(0, rest.lastIndexOf('.')));
		}
	} catch {
		return [];
	}
	return [...names];
}

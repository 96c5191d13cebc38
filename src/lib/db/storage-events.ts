/**
 * How the database tells the app about trouble, without knowing who listens: the storage layer
 * reports here, and the app (lib/storage) subscribes to show it to the person in easy words.
 */
import type { StorageProblemKind } from './storage-problem';

type ProblemListener = (kind: StorageProblemKind) => void;
type HandOverListener = () => Promise<unknown>;

const problemListeners = new Set<ProblemListener>();
const handOverListeners = new Set<HandOverListener>();

/** Calls `listener` with every storage problem the database reports; returns the unsubscribe. */
export function onStorageProblem(listener: ProblemListener): () => void {
	problemListeners.add(listener);
	return () => problemListeners.delete(listener);
}

/** Tells every listener about a storage problem. */
export function reportStorageProblem(kind: StorageProblemKind): void {
	for (const listener of problemListeners) listener(kind);
}

/**
 * Calls `listener` before this tab lets go of the database for a newer version in another tab,
 * so typed input can be saved first; returns the unsubscribe.
 */
export function onHandOver(listener: HandOverListener): () => void {
	handOverListeners.add(listener);
	return () => handOverListeners.delete(listener);
}

/** Waits for every hand-over listener; a failing one does not stop the others. */
export async function handOver(): Promise<void> {
	await Promise.all([...handOverListeners].map((listener) => listener().catch(() => undefined)));
}

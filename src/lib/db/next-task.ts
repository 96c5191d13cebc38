/**
 * Waits for a task of its own, so the page can paint and answer between parts of long work.
 * It stands in the lowest layer so that storage, the offers and the start-up can all use it.
 */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

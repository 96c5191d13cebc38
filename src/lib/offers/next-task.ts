/** Waits for a task of its own, so the page can paint and answer between parts of long work. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

// Svelte's createSubscriber for unit tests of state built on LiveQuery. In Node, Svelte's
// server build never starts a subscriber, because no page reads anything; here the test plays
// the page that reads:
// `read()` starts every subscriber made so far, and the function it gives stops them again.
type Start = (update: () => void) => (() => void) | void;

interface Made {
	start: Start;
	stop?: (() => void) | void;
	running: boolean;
}

const made: Made[] = [];

/** Remembers what to start; Svelte would start it on the first read in a page. */
export function createSubscriber(start: Start): () => void {
	made.push({ start, running: false });
	return () => {};
}

/** Starts every subscriber as a page that reads them would; gives the function to stop them. */
export function read(): () => void {
	for (const each of made) {
		if (each.running) continue;
		each.stop = each.start(() => {});
		each.running = true;
	}
	return () => {
		for (const each of made) {
			if (!each.running) continue;
			each.stop?.();
			each.running = false;
		}
	};
}

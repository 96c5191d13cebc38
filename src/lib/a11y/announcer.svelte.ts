/**
 * The app's one live region. `say` puts a message into it; the same message twice in a row is
 * announced twice, because the region is emptied first and filled on the next frame.
 */
class Announcer {
	message = $state('');
	#timer: ReturnType<typeof setTimeout> | undefined;

	/** Announces a short message politely to screen readers. */
	say(text: string): void {
		this.message = '';
		clearTimeout(this.#timer);
		// Screen readers notice a change, not a value: clear first, then fill.
		this.#timer = setTimeout(() => {
			this.message = text;
		}, 50);
	}
}

export const announcer = new Announcer();

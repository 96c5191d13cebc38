/** Messages the app says by itself wait this long after one the person caused. */
const backgroundPause = 3000;

/**
 * The app's one live region. `say` puts a message into it; the same message twice in a row is
 * announced twice, because the region is emptied first and filled on the next frame.
 * Background news ("works offline now") never talks over the answer to what the person just
 * did ("Gespeichert."): it waits until that answer has had its time.
 */
class Announcer {
	message = $state('');
	#timer: ReturnType<typeof setTimeout> | undefined;
	#lastForegroundAt = 0;

	/** Announces a short message politely to screen readers. */
	say(text: string, { background = false } = {}): void {
		if (background) {
			const wait = this.#lastForegroundAt + backgroundPause - Date.now();
			if (wait > 0) {
				setTimeout(() => this.say(text, { background: true }), wait);
				return;
			}
		} else {
			this.#lastForegroundAt = Date.now();
		}
		this.message = '';
		clearTimeout(this.#timer);
		// Screen readers notice a change, not a value: clear first, then fill.
		this.#timer = setTimeout(() => {
			this.message = text;
		}, 50);
	}
}

export const announcer = new Announcer();

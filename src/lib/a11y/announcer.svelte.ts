/** Messages the app says by itself wait this long after one the person caused. */
const backgroundPause = 3000;
/** The news region keeps this many messages; older ones leave it unsaid. */
const newsKept = 3;

/** One message the app said by itself; the number tells two equal messages apart. */
export interface News {
	id: number;
	text: string;
}

/**
 * The app's one announcer, with two polite live regions. `message` answers what the person just
 * did ("Gespeichert."); `news` holds what the app says by itself ("nahbei geht jetzt auch ohne
 * Internet."), in a region of its own: news never replaces the answer that a person goes back
 * to read. News never talks over a fresh answer either: it waits until that answer has had its
 * time. The same message twice in a row is announced twice, in either region.
 */
export class Announcer {
	message = $state('');
	news = $state<News[]>([]);
	#timer: ReturnType<typeof setTimeout> | undefined;
	#lastForegroundAt = -Infinity;
	#nextId = 0;

	/** Announces a short message politely to screen readers; `background` for the app's own news. */
	say(text: string, { background = false } = {}): void {
		if (background) {
			this.#tell(text);
			return;
		}
		this.#lastForegroundAt = Date.now();
		this.message = '';
		clearTimeout(this.#timer);
		// Screen readers notice a change, not a value: clear first, then fill.
		this.#timer = setTimeout(() => {
			this.message = text;
		}, 50);
	}

	#tell(text: string): void {
		const wait = this.#lastForegroundAt + backgroundPause - Date.now();
		if (wait > 0) {
			// Checked again then: a newer answer to the person makes the news wait longer.
			setTimeout(() => this.#tell(text), wait);
			return;
		}
		// A new entry in the news region is heard even when its words are the same as before.
		this.news = [...this.news.slice(1 - newsKept), { id: this.#nextId++, text }];
	}
}

export const announcer = new Announcer();

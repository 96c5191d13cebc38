// Meine Wünsche on a full phone: script time to open the list with 500 wishes, and the storage
// that 100 wishes with a voice note each take.
import { aWishMedia } from '../../tests/fixtures/builders.js';
import { openApp, seed } from './browser.js';
import { benchWish } from './wish-fixture.js';

export const title = 'Meine Wünsche: 500 wishes, 100 voice notes';

function wish(i) {
	return benchWish(i, { now: new Date(Date.UTC(2026, 10, 1, 8, 0, i)).toISOString() });
}

export async function run() {
	const app = await openApp();
	try {
		const wishes = Array.from({ length: 500 }, (_, i) => wish(i));
		await seed(app.page, { wishes });
		// The running app does not see writes made past Dexie: start it again on the start page.
		await app.page.goto(`${app.origin}/`);
		await app.page.locator('main h1').waitFor();
		// Opening from the menu, as a person does: the app is already running.
		const before = await app.scriptSeconds();
		const start = Date.now();
		await app.page.getByRole('link', { name: 'Meine Wünsche' }).first().click();
		// The list shows its first 30 wishes; the rest come with "weitere Wünsche zeigen".
		await app.page.waitForFunction(() => document.querySelectorAll('ul.wishes > li').length >= 30);
		const wall = Date.now() - start;
		const script = ((await app.scriptSeconds()) - before) * 1000;
		console.log(
			`  open "Meine Wünsche" with 500 wishes (first 30 shown): ${script.toFixed(0)} ms of script (target < 100 ms), ${wall} ms until shown`
		);

		const estimate = () =>
			app.page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
		const usageBefore = await estimate();
		const voiceWishes = Array.from({ length: 100 }, (_, i) => wish(1000 + i));
		// About 30 seconds of speech in Opus at 32 kbit/s: 120 kB each.
		// `blob: 'random'` asks seed() for random bytes of the given size in the page.
		const media = voiceWishes.map((w) =>
			aWishMedia({ wishId: w.id, blob: 'random', createdAt: w.createdAt })
		);
		await seed(app.page, { wishes: voiceWishes, wishMedia: media }, 120 * 1024);
		const usageAfter = await estimate();
		console.log(
			`  storage for 100 wishes with a 30-second voice note each: ${((usageAfter - usageBefore) / 1024 / 1024).toFixed(1)} MB`
		);
	} finally {
		await app.close();
	}
}

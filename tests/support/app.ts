import AxeBuilder from '@axe-core/playwright';
import { expect, type LaunchOptions, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromiumArgs, chromiumExecutable } from '../../scripts/chromium.js';

/** Every route of the architecture contract, with the heading a person sees there (de-x-ls). */
export const routes = [
	{ path: '/', heading: 'Willkommen bei nahbei.' },
	{ path: '/wuensche', heading: 'Meine Wünsche' },
	{ path: '/menschen', heading: 'Meine Menschen' },
	{ path: '/angebote', heading: 'Angebote im Quartier' },
	{ path: '/angebote/beispiel', heading: 'Ein Angebot' },
	{ path: '/teilen', heading: 'Teilen' },
	{ path: '/einstellungen', heading: 'Einstellungen' },
	{ path: '/hilfe', heading: 'Hilfe' },
	{ path: '/lotse', heading: 'Für Lotsen' },
	{ path: '/quartier', heading: 'Für das Quartier-Team' }
] as const;

export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** What axe found, one line per rule and element; empty when it found nothing. */
function violationSummary(results: Awaited<ReturnType<AxeBuilder['analyze']>>): string[] {
	return results.violations.map(
		(violation) =>
			`${violation.id}: ${violation.help}\n` +
			violation.nodes
				.map((node) => `    ${node.target.join(' ')} – ${node.failureSummary}`)
				.join('\n')
	);
}

/** axe-core's script, as the package ships it. */
const axeScript = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);

/**
 * What AxeBuilder hands to the page before each run, twice: only a check that axe is there. Sent
 * and compiled again on every hand-over, axe's own 560 kB script cost more than a whole check
 * (about 1 s each on a loaded machine), so the page gets it once per document instead.
 */
const axeIsThere = "if (!window.axe) throw new Error('axe-core is not in the page');";

/**
 * Axe for this page, put into the page first unless this document has it already (a theme
 * switched in place, or a state reached without a new page load, keeps it). The page has no
 * frames, so axe runs in it directly ("legacy" mode); the default mode opens an extra blank page
 * on every run to combine the results of frames. Only violations come back with all their
 * elements: the tests read nothing else.
 */
async function axe(page: Page): Promise<AxeBuilder> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeScript);
	return new AxeBuilder({ page, axeSource: axeIsThere })
		.setLegacyMode(true)
		.options({ resultTypes: ['violations'] });
}

/** Runs axe on the page: WCAG A/AA, best practice, and AAA text contrast. */
export async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
	const builder = await axe(page);
	const results = await builder.withTags([...axeTags, 'wcag2aaa']).analyze();
	expect(violationSummary(results), `axe violations in ${state}`).toEqual([]);
}

/** The colour themes, as the `data-theme` attribute that Einstellungen sets on `<html>`. */
export const themes = ['light', 'dark', 'contrast'] as const;

/** The rules that depend on colours: all a theme changes. */
const colourRules = ['color-contrast', 'color-contrast-enhanced', 'link-in-text-block'];

/**
 * Runs axe in full in the page's own theme, then its colour rules in each other theme, and puts
 * the page's theme back. A theme is only the `data-theme` attribute on `<html>` and the colours
 * the style sheet gives it, so this checks one state in every theme without walking the same
 * journey three times. routes.spec.ts chooses each theme the way a person does.
 */
export async function expectNoAxeViolationsInEveryTheme(page: Page, state: string): Promise<void> {
	await expectNoAxeViolations(page, state);
	const root = page.locator('html');
	const own = await root.getAttribute('data-theme');
	for (const theme of themes.filter((theme) => theme !== (own ?? 'light'))) {
		await root.evaluate((html, theme) => html.setAttribute('data-theme', theme), theme);
		const builder = await axe(page);
		const results = await builder.withRules(colourRules).analyze();
		expect(violationSummary(results), `axe colour violations in ${state} (${theme})`).toEqual([]);
	}
	await root.evaluate(
		(html, own) =>
			own ? html.setAttribute('data-theme', own) : html.removeAttribute('data-theme'),
		own
	);
}

/**
 * Waits until the app has started and shows a page heading. The prerendered page shows its
 * heading before the app runs; the app marks `<html data-started>` once its buttons work.
 */
export async function waitForApp(page: Page): Promise<void> {
	// A loaded machine may take a while to start the app; the heading is there long before.
	await expect(page.locator('html')).toHaveAttribute('data-started', { timeout: 15_000 });
	await expect(page.locator('main h1')).toBeVisible();
}

/** Opens a page and waits for the app to show it. */
export async function open(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await waitForApp(page);
}

/**
 * Goes to a path as a link in the app does: the app draws the page without loading it again,
 * and focus goes to its heading. Not every route has a link on every page, so the link is made.
 */
export async function followLink(page: Page, path: string): Promise<void> {
	await page.evaluate((path) => {
		const link = document.createElement('a');
		link.href = path;
		document.body.append(link);
		link.click();
		link.remove();
	}, path);
	await expect(page).toHaveURL(path);
	await expect(page.locator('main h1')).toBeFocused();
}

/**
 * Shows a path: loads it and waits for the app when the app is not running yet, else follows a
 * link to it (see `followLink`). For checks that walk through the routes and look at each one
 * as the running app shows it; a11y/routes.spec.ts, first-screen.spec.ts and csp.spec.ts load
 * every route afresh.
 */
export async function visit(page: Page, path: string): Promise<void> {
	if ((await page.locator('html[data-started]').count()) === 0) return open(page, path);
	const here = new URL(page.url());
	const there = new URL(path, here);
	if (here.href === there.href) return;
	// Within one page (another query) focus stays where it is: that page is loaded afresh.
	if (here.pathname === there.pathname) return open(page, path);
	await followLink(page, path);
}

/** Chooses a colour theme ("Hell", "Dunkel", "Starker Kontrast") on the Einstellungen page. */
export async function chooseTheme(page: Page, theme: string): Promise<void> {
	await open(page, '/einstellungen');
	await page.getByRole('radio', { name: theme, exact: true }).check();
}

/**
 * The system Chromium (as in playwright.config.ts) with a fake microphone and camera that are
 * allowed without asking, so a voice note can be recorded without a person speaking. For
 * `test.use({ launchOptions: fakeMediaLaunchOptions })`.
 */
export const fakeMediaLaunchOptions: LaunchOptions = {
	executablePath: chromiumExecutable(),
	args: [...chromiumArgs, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream']
};

/** Replaces speechSynthesis with a recorder, so read-aloud can be checked without sound. */
export async function fakeSpeech(
	page: Page,
	voices: { name: string; lang: string }[]
): Promise<void> {
	await page.addInitScript((voiceList) => {
		const spoken: string[] = [];
		let speaking = false;
		const fake = {
			get speaking() {
				return speaking;
			},
			pending: false,
			paused: false,
			onvoiceschanged: null,
			getVoices: () =>
				voiceList.map((voice) => ({
					...voice,
					voiceURI: voice.name,
					localService: true,
					default: false
				})),
			speak(utterance: { text: string }) {
				spoken.push(utterance.text);
				speaking = true;
			},
			cancel() {
				speaking = false;
			},
			pause() {},
			resume() {},
			addEventListener() {},
			removeEventListener() {}
		};
		// Real utterances only accept real voices; the fake voices need a fake utterance.
		class FakeUtterance extends EventTarget {
			text: string;
			lang = '';
			rate = 1;
			voice: unknown = null;
			constructor(text: string) {
				super();
				this.text = text;
			}
		}
		Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
		Object.defineProperty(window, 'SpeechSynthesisUtterance', {
			value: FakeUtterance,
			configurable: true
		});
		(window as unknown as { spokenTexts: string[] }).spokenTexts = spoken;
	}, voices);
}

/**
 * What the fake speech (see `fakeSpeech`) has read so far, once it reads. The read-aloud engine
 * loads at the first reading, so the words come a moment after the press.
 */
export async function heard(page: Page): Promise<string[]> {
	const read = () =>
		page.evaluate(() => [...(window as unknown as { spokenTexts: string[] }).spokenTexts]);
	await expect.poll(async () => (await read()).length).toBeGreaterThan(0);
	return read();
}

/**
 * A text where it stands on the screen. The live regions (role status, and role log for the
 * app's own news) may still say the same words for screen readers; this finds the text itself,
 * not that copy.
 */
export function onScreen(page: Page, text: string | RegExp) {
	return page.getByText(text).and(page.locator(':not([role="status"], [role="log"] > *)'));
}

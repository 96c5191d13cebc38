import { expect, test, type Page } from '@playwright/test';
import type { Wish } from '../../src/lib/wishes/model';
import { readTable } from '../support/database';
import { open } from '../support/app';
import { pressOn } from '../support/keyboard';

// A fake on-device recogniser, put in the page before the app starts: it says the language is
// available on the device, hears one sentence when started, and logs how it was set up. The
// browser's own recognisers are removed first, so only the fake can answer.
async function fakeRecogniser(page: Page, status: string) {
	await page.addInitScript((availability) => {
		const log: { processLocally: unknown; lang: string; asked: unknown[] } = {
			processLocally: undefined,
			lang: '',
			asked: []
		};
		type Handler = ((event: unknown) => void) | null;
		class FakeRecognition {
			lang = '';
			continuous = false;
			interimResults = false;
			processLocally = false;
			onresult: Handler = null;
			onerror: Handler = null;
			onend: Handler = null;
			start() {
				log.processLocally = this.processLocally;
				log.lang = this.lang;
				const result = Object.assign([{ transcript: 'Ich möchte tanzen gehen.' }], {
					isFinal: true
				});
				queueMicrotask(() => this.onresult?.({ resultIndex: 0, results: [result] }));
			}
			stop() {
				queueMicrotask(() => this.onend?.(null));
			}
			abort() {}
			static available(options: unknown) {
				log.asked.push(options);
				return Promise.resolve(availability);
			}
			static install() {
				return Promise.resolve(true);
			}
		}
		Object.assign(window, { SpeechRecognition: FakeRecognition, recognitionLog: log });
		Reflect.deleteProperty(window, 'webkitSpeechRecognition');
	}, status);
}

async function chooseSpeaking(page: Page) {
	await open(page, '/wuensche');
	await page.getByRole('button', { name: 'Neuer Wunsch' }).click();
	await page.getByRole('radio', { name: 'Sprechen' }).check();
}

test('a wish is spoken and its words are seen, recognised on the device', async ({ page }) => {
	await fakeRecogniser(page, 'available');
	await chooseSpeaking(page);
	await expect(page.getByRole('heading', { name: 'Sprechen und Worte sehen' })).toBeVisible();
	await pressOn(page, page.getByRole('button', { name: 'Jetzt sprechen' }));
	await expect(page.getByText('Ich möchte tanzen gehen.')).toBeVisible();
	const log = await page.evaluate(
		() => (window as unknown as { recognitionLog: Record<string, unknown> }).recognitionLog
	);
	expect(log).toEqual({
		processLocally: true,
		lang: 'de-DE',
		asked: [{ langs: ['de-DE'], processLocally: true }]
	});
	await pressOn(page, page.getByRole('button', { name: 'Fertig gesprochen' }));
	await expect(page.getByRole('status')).toHaveText('Ihre Worte sind jetzt bei Ihrem Wunsch.');
	// The words are the wish's words: saved, and there to change under Schreiben.
	await expect
		.poll(async () => (await readTable<Wish>(page, 'wishes')).map((wish) => wish.text))
		.toEqual(['Ich möchte tanzen gehen.']);
	await page.getByRole('radio', { name: 'Schreiben' }).check();
	await expect(page.getByLabel('Mein Wunsch in meinen Worten')).toHaveValue(
		'Ich möchte tanzen gehen.'
	);
	// The voice note stays as the other way to speak.
	await page.getByRole('radio', { name: 'Sprechen' }).check();
	await expect(page.getByRole('button', { name: 'Aufnahme starten' })).toBeVisible();
});

test('a language still to install on the device is installed first', async ({ page }) => {
	await fakeRecogniser(page, 'downloadable');
	await chooseSpeaking(page);
	await page.getByRole('button', { name: 'Jetzt sprechen' }).click();
	await expect(page.getByText('Ich möchte tanzen gehen.')).toBeVisible();
});

test('without recognition on the device there is no button, and the voice note stays', async ({
	page
}) => {
	// The browser could only send the voice away: that does not count.
	await fakeRecogniser(page, 'unavailable');
	await chooseSpeaking(page);
	await expect
		.poll(() =>
			page.evaluate(
				() => (window as unknown as { recognitionLog: { asked: unknown[] } }).recognitionLog.asked
			)
		)
		.toHaveLength(1);
	await expect(page.getByRole('button', { name: 'Aufnahme starten' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Jetzt sprechen' })).toHaveCount(0);
	await expect(page.getByRole('heading', { name: 'Sprechen und Worte sehen' })).toHaveCount(0);
});

test('without any speech recognition there is no button, and the voice note stays', async ({
	page
}) => {
	await page.addInitScript(() => {
		Reflect.deleteProperty(window, 'SpeechRecognition');
		Reflect.deleteProperty(window, 'webkitSpeechRecognition');
	});
	await chooseSpeaking(page);
	await expect(page.getByRole('button', { name: 'Aufnahme starten' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Jetzt sprechen' })).toHaveCount(0);
});

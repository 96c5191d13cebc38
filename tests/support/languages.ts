import { expect, type Page } from '@playwright/test';
import { waitForApp } from './app';

/** Every language of nahbei: its name in the picker, its html lang and its direction. */
export const languages = [
	{ id: 'de-x-ls', name: 'Leichte Sprache', lang: 'de', dir: 'ltr' },
	{ id: 'de', name: 'Deutsch', lang: 'de', dir: 'ltr' },
	{ id: 'en', name: 'English', lang: 'en', dir: 'ltr' },
	{ id: 'tr', name: 'Türkçe', lang: 'tr', dir: 'ltr' },
	{ id: 'ar', name: 'العربية', lang: 'ar', dir: 'rtl' },
	{ id: 'uk', name: 'Українська', lang: 'uk', dir: 'ltr' }
] as const;

export type Language = (typeof languages)[number];

/** Chooses a language the way a person does: in the picker on the start page. */
export async function chooseLanguage(page: Page, language: Language): Promise<void> {
	await page.goto('/');
	// The prerendered picker shows before the app runs; only the running app saves a choice.
	await waitForApp(page);
	await page.getByRole('radio', { name: language.name, exact: true }).check();
	await expect(page.locator('html')).toHaveAttribute('lang', language.lang);
	await expect(page.locator('html')).toHaveAttribute('dir', language.dir);
}

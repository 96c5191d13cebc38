import { expect, type Locator, type Page } from '@playwright/test';

/** Presses Tab (or Shift+Tab) until the element has focus, as a keyboard user would, then checks it. */
export async function tabTo(page: Page, target: Locator, backwards = false): Promise<void> {
	for (let presses = 0; presses < 80; presses++) {
		// While the page changes (a new step, a list filling) the element may not be there yet.
		const focused = await target
			.evaluate((element) => element === document.activeElement)
			.catch(() => false);
		if (focused) break;
		await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
	}
	await expect(target).toBeFocused();
}

/** Moves to a control by keyboard (Tab) and presses a key on it, Enter unless told. */
export async function pressOn(page: Page, target: Locator, key = 'Enter'): Promise<void> {
	await tabTo(page, target);
	await page.keyboard.press(key);
}

/** Moves with the arrow keys inside the focused radio group until the choice is checked. */
export async function arrowTo(page: Page, radio: Locator): Promise<void> {
	for (let presses = 0; presses < 8; presses++) {
		if (await radio.isChecked()) return;
		await page.keyboard.press('ArrowDown');
	}
	await expect(radio).toBeChecked();
}

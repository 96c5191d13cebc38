import { describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { expectNoAxeViolations } from '../../../../tests/browser/axe';
import FieldExample from './FieldExample.svelte';

describe('Field', () => {
	test('the label names the control, and a click on it moves focus there', async () => {
		await render(FieldExample);
		await expect.element(page.getByRole('textbox', { name: 'Name' })).toBeVisible();
		await expect.element(page.getByRole('textbox', { name: 'Notiz' })).toBeVisible();
		await expect.element(page.getByRole('combobox', { name: 'Thema' })).toBeVisible();
		await page.getByText('Notiz', { exact: true }).click();
		await expect.element(page.getByRole('textbox', { name: 'Notiz' })).toHaveFocus();
	});

	test('the hint and the more ids describe the control; a fine field is not invalid', async () => {
		await render(FieldExample);
		const name = page.getByRole('textbox', { name: 'Name' });
		await expect.element(name).toHaveAccessibleDescription('So heißt das Angebot.');
		await expect.element(name).not.toHaveAttribute('aria-invalid');
		await expect
			.element(page.getByRole('textbox', { name: 'Notiz' }))
			.toHaveAccessibleDescription('Noch 300 Zeichen.');
		await expect
			.element(page.getByRole('combobox', { name: 'Thema' }))
			.not.toHaveAttribute('aria-describedby');
		await expectNoAxeViolations();
	});

	test('an error is shown above the control, describes it after the hint, and marks it invalid', async () => {
		await render(FieldExample, {
			nameError: 'Bitte schreiben Sie einen Namen.',
			topicError: 'Bitte wählen Sie ein Thema.'
		});
		const name = page.getByRole('textbox', { name: 'Name' });
		await expect
			.element(name)
			.toHaveAccessibleDescription('So heißt das Angebot. Bitte schreiben Sie einen Namen.');
		await expect.element(name).toHaveAttribute('aria-invalid', 'true');
		const topic = page.getByRole('combobox', { name: 'Thema' });
		await expect.element(topic).toHaveAccessibleDescription('Bitte wählen Sie ein Thema.');
		await expect.element(topic).toHaveAttribute('aria-invalid', 'true');
		const message = page.getByText('Bitte schreiben Sie einen Namen.').element();
		expect(message.classList.contains('field-error')).toBe(true);
		expect(
			message.compareDocumentPosition(name.element()) & Node.DOCUMENT_POSITION_FOLLOWING
		).toBeTruthy();
		await expectNoAxeViolations();
	});

	test('a value bound inside the control snippet reaches the page', async () => {
		await render(FieldExample);
		await page.getByRole('textbox', { name: 'Name' }).fill('Mittags-Tisch');
		await expect.element(page.getByText('Sie haben geschrieben: Mittags-Tisch')).toBeVisible();
	});
});

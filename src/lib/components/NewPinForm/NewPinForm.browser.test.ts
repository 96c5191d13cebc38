import { describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { expectNoAxeViolations } from '../../../../tests/browser/axe';
import NewPinFormExample from './NewPinFormExample.svelte';

const newPin = () => page.getByLabelText('Neue PIN');
const repeat = () => page.getByLabelText('PIN noch einmal');
const submit = () => page.getByRole('button', { name: 'Sperre einschalten' }).click();

describe('NewPinForm', () => {
	test('two labelled PIN fields: hidden while typed, number pad, no autofill', async () => {
		await render(NewPinFormExample);
		for (const field of [newPin(), repeat()]) {
			await expect.element(field).toHaveAttribute('type', 'password');
			await expect.element(field).toHaveAttribute('inputmode', 'numeric');
			await expect.element(field).toHaveAttribute('autocomplete', 'off');
		}
		await expect.element(newPin()).toHaveAccessibleDescription('Die PIN hat 4 bis 8 Ziffern.');
		await expectNoAxeViolations();
	});

	test('a PIN of the wrong form is refused with a message on the field, which gets focus', async () => {
		await render(NewPinFormExample);
		await newPin().fill('12');
		await repeat().fill('12');
		await submit();
		await expect.element(newPin()).toHaveFocus();
		await expect.element(newPin()).toHaveAttribute('aria-invalid', 'true');
		await expect
			.element(newPin())
			.toHaveAccessibleDescription(
				'Die PIN hat 4 bis 8 Ziffern. Die PIN muss 4 bis 8 Ziffern haben.'
			);
		await expect.element(page.getByText('Gespeichert: nichts')).toBeVisible();
		await expectNoAxeViolations();
	});

	test('two different PINs are refused the same way', async () => {
		await render(NewPinFormExample);
		await newPin().fill('1234');
		await repeat().fill('1243');
		await submit();
		await expect.element(newPin()).toHaveFocus();
		await expect.element(page.getByText('Die 2 PINs sind nicht gleich.')).toBeVisible();
		await expect.element(page.getByText('Gespeichert: nichts')).toBeVisible();
	});

	test('a good PIN typed twice is handed over; the fields and the message are emptied', async () => {
		await render(NewPinFormExample);
		await newPin().fill('12');
		await submit();
		await newPin().fill('2468');
		await repeat().fill('2468');
		await submit();
		await expect.element(page.getByText('Gespeichert: 2468')).toBeVisible();
		await expect.element(newPin()).toHaveValue('');
		await expect.element(repeat()).toHaveValue('');
		await expect.element(newPin()).not.toHaveAttribute('aria-invalid');
		await expect
			.element(page.getByText('Die PIN muss 4 bis 8 Ziffern haben.'))
			.not.toBeInTheDocument();
	});
});

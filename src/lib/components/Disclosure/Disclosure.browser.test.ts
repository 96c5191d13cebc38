import { describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { expectNoAxeViolations } from '../../../../tests/browser/axe';
import DisclosureExample from './DisclosureExample.svelte';

const trigger = () => page.getByRole('button', { name: 'Stimmt etwas nicht?' });
const note = () => page.getByRole('textbox', { name: 'Was stimmt nicht?' });

describe('Disclosure', () => {
	test('closed: the button says collapsed and the part is hidden from everyone', async () => {
		await render(DisclosureExample);
		await expect.element(trigger()).toHaveAttribute('aria-expanded', 'false');
		await expect.element(trigger()).toHaveAttribute('aria-controls', 'report');
		await expect.element(note()).not.toBeInTheDocument();
		await userEvent.tab();
		await expect.element(trigger()).toHaveFocus();
		await userEvent.tab();
		expect(document.activeElement).toBe(document.body);
		await expectNoAxeViolations();
	});

	test('Enter opens it: the button says expanded and focus goes into the part', async () => {
		await render(DisclosureExample);
		await userEvent.tab();
		await userEvent.keyboard('{Enter}');
		await expect.element(trigger()).toHaveAttribute('aria-expanded', 'true');
		await expect.element(note()).toBeVisible();
		await expect.element(note()).toHaveFocus();
		await expectNoAxeViolations();
	});

	test('close() hides the part and returns focus to the button; what was typed stays', async () => {
		await render(DisclosureExample);
		await trigger().click();
		await note().fill('Montags zu');
		await page.getByRole('button', { name: 'Abbrechen' }).click();
		await expect.element(trigger()).toHaveFocus();
		await expect.element(trigger()).toHaveAttribute('aria-expanded', 'false');
		await expect.element(note()).not.toBeInTheDocument();
		await trigger().click();
		await expect.element(note()).toHaveValue('Montags zu');
	});

	test('Space on the button closes it again', async () => {
		await render(DisclosureExample);
		await trigger().click();
		trigger().element().focus();
		await userEvent.keyboard(' ');
		await expect.element(trigger()).toHaveAttribute('aria-expanded', 'false');
		await expect.element(trigger()).toHaveFocus();
	});

	test('stays closed when onopen says no', async () => {
		await render(DisclosureExample, { canOpen: false });
		await trigger().click();
		await expect.element(trigger()).toHaveAttribute('aria-expanded', 'false');
		await expect.element(note()).not.toBeInTheDocument();
	});
});

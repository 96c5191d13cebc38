import { describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { expectNoAxeViolations } from '../../../../tests/browser/axe';
import ChoiceGroupExample from './ChoiceGroupExample.svelte';

const question = 'Wer ist Anna für Sie?';

describe('ChoiceGroup', () => {
	test('is a group named by its legend and described by its hint', async () => {
		await render(ChoiceGroupExample);
		const group = page.getByRole('group', { name: question });
		await expect.element(group).toHaveAccessibleDescription('Wählen Sie 1 Antwort.');
		await expect.element(group.getByRole('radio')).toHaveLength(3);
		await expectNoAxeViolations();
	});

	test('each choice is named by its words (and hint); the picture is hidden', async () => {
		await render(ChoiceGroupExample);
		const group = page.getByRole('group', { name: question });
		await expect.element(group.getByRole('radio', { name: 'Familie' })).toBeChecked();
		await expect
			.element(group.getByRole('radio', { name: 'Freundin Jemand, den Sie mögen.' }))
			.not.toBeChecked();
		const picture = group.element().querySelector('svg');
		expect(picture?.getAttribute('aria-hidden')).toBe('true');
	});

	test('each choice is a target at least 48 pixels high; the label chooses it', async () => {
		await render(ChoiceGroupExample);
		const label = page.getByText('Dienst', { exact: true });
		expect(label.element().closest('label')!.getBoundingClientRect().height).toBeGreaterThanOrEqual(
			48
		);
		await label.click();
		await expect.element(page.getByRole('radio', { name: 'Dienst' })).toBeChecked();
		await expect.element(page.getByText('Gewählt: service;')).toBeVisible();
	});

	test('keyboard: Tab enters at the chosen radio, arrow keys choose, Space checks a box', async () => {
		await render(ChoiceGroupExample);
		await userEvent.tab();
		await expect.element(page.getByRole('radio', { name: 'Familie' })).toHaveFocus();
		await userEvent.keyboard('{ArrowDown}');
		const friend = page.getByRole('radio', { name: /^Freundin/ });
		await expect.element(friend).toHaveFocus();
		await expect.element(friend).toBeChecked();
		await userEvent.tab();
		await expect.element(page.getByRole('checkbox', { name: 'Essen' })).toHaveFocus();
		await userEvent.keyboard(' ');
		await userEvent.tab();
		await userEvent.keyboard(' ');
		await expect.element(page.getByText('Gewählt: friend; hilft bei: food, ways;')).toBeVisible();
		await userEvent.keyboard(' ');
		await expect.element(page.getByText('hilft bei: food;')).toBeVisible();
	});

	test('a single Choice binds its checkbox', async () => {
		await render(ChoiceGroupExample);
		await page.getByRole('checkbox', { name: 'Verstorben' }).click();
		await expect.element(page.getByText('verstorben: ja')).toBeVisible();
	});

	test('an error describes the group and marks its inputs invalid', async () => {
		await render(ChoiceGroupExample, { error: 'Bitte wählen Sie etwas.' });
		const group = page.getByRole('group', { name: 'Wobei hilft Anna?' });
		await expect.element(group).toHaveAccessibleDescription('Bitte wählen Sie etwas.');
		await expect
			.element(page.getByRole('checkbox', { name: 'Essen' }))
			.toHaveAttribute('aria-invalid', 'true');
		await expect
			.element(page.getByRole('checkbox', { name: 'Essen' }))
			.toHaveAttribute('id', 'helps-food');
		await expectNoAxeViolations();
	});

	test('focus() moves focus to the question', async () => {
		await render(ChoiceGroupExample);
		await page.getByRole('button', { name: 'Zur Frage' }).click();
		await expect.element(page.getByText(question)).toHaveFocus();
	});
});

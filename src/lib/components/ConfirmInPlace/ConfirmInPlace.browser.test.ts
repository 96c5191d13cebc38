import { describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { expectNoAxeViolations } from '../../../../tests/browser/axe';
import ConfirmInPlaceExample from './ConfirmInPlaceExample.svelte';

const question = 'Wollen Sie Carla wirklich löschen?';

async function ask() {
	await page.getByRole('button', { name: 'Carla löschen' }).click();
}

describe('ConfirmInPlace', () => {
	test('pressing the button puts the question in its place and moves focus to it', async () => {
		await render(ConfirmInPlaceExample);
		await ask();
		await expect
			.element(page.getByRole('button', { name: 'Carla löschen' }))
			.not.toBeInTheDocument();
		await expect.element(page.getByRole('heading', { level: 3, name: question })).toHaveFocus();
		await expect.element(page.getByRole('group', { name: question })).toBeVisible();
		await expectNoAxeViolations();
	});

	test('Tab goes from the question through the explanation to Yes, then No', async () => {
		await render(ConfirmInPlaceExample);
		await ask();
		await userEvent.tab();
		await expect.element(page.getByRole('link', { name: 'Mehr dazu' })).toHaveFocus();
		await userEvent.tab();
		await expect.element(page.getByRole('button', { name: 'Ja, löschen' })).toHaveFocus();
		await userEvent.tab();
		await expect.element(page.getByRole('button', { name: 'Nein, behalten' })).toHaveFocus();
	});

	test('No puts the button back and returns focus to it', async () => {
		await render(ConfirmInPlaceExample);
		await ask();
		await page.getByRole('button', { name: 'Nein, behalten' }).click();
		await expect.element(page.getByRole('button', { name: 'Carla löschen' })).toHaveFocus();
		await expect.element(page.getByRole('heading', { name: question })).not.toBeInTheDocument();
		await expect.element(page.getByText('Menschen: Carla')).toBeVisible();
	});

	test('Escape counts as No', async () => {
		await render(ConfirmInPlaceExample);
		await ask();
		await userEvent.tab();
		await userEvent.keyboard('{Escape}');
		await expect.element(page.getByRole('button', { name: 'Carla löschen' })).toHaveFocus();
		await expect.element(page.getByText('Menschen: Carla')).toBeVisible();
	});

	test('Yes does what was asked', async () => {
		await render(ConfirmInPlaceExample);
		await ask();
		await page.getByRole('button', { name: 'Ja, löschen' }).click();
		await expect.element(page.getByText('Menschen: keine')).toBeVisible();
	});
});

import { describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { expectNoAxeViolations } from '../../../../tests/browser/axe';
import ErrorSummaryExample from './ErrorSummaryExample.svelte';

const title = 'Bitte prüfen Sie Ihre Eingaben';

/** Whether the whole element is on screen (a fraction of a pixel is rounding, not hiding). */
function isInView(element: Element): boolean {
	const box = element.getBoundingClientRect();
	return box.top > -1 && box.bottom < window.innerHeight + 1;
}

async function failedSave() {
	await page.getByRole('button', { name: 'Speichern' }).click();
	return page.getByRole('region', { name: title });
}

describe('ErrorSummary', () => {
	test('shows nothing while there are no errors', async () => {
		await render(ErrorSummaryExample);
		await expect.element(page.getByRole('region')).not.toBeInTheDocument();
	});

	test('is a region named by its heading, with a link to each field in error', async () => {
		await render(ErrorSummaryExample);
		const summary = await failedSave();
		await expect.element(summary.getByRole('heading', { level: 2, name: title })).toBeVisible();
		await expect
			.element(summary.getByRole('link', { name: 'Bitte schreiben Sie einen Namen.' }))
			.toHaveAttribute('href', '#name');
		await expect
			.element(summary.getByRole('link', { name: 'Bitte wählen Sie ein Thema.' }))
			.toHaveAttribute('href', '#topic-food');
		await expectNoAxeViolations(summary.element());
	});

	test('takes focus and scrolls into view when it appears', async () => {
		await render(ErrorSummaryExample);
		const summary = await failedSave();
		await expect.element(summary).toHaveFocus();
		expect(isInView(summary.element())).toBe(true);
	});

	test('takes focus again after each failed save', async () => {
		await render(ErrorSummaryExample);
		const summary = await failedSave();
		await expect.element(summary).toHaveFocus();
		await page.getByRole('textbox', { name: 'Name' }).fill('Anna');
		await failedSave();
		await expect.element(summary).toHaveFocus();
		expect(isInView(summary.element())).toBe(true);
	});

	test('a link moves focus to its field and shows the field label', async () => {
		await render(ErrorSummaryExample);
		const summary = await failedSave();
		await summary.getByRole('link', { name: 'Bitte schreiben Sie einen Namen.' }).click();
		await expect.element(page.getByRole('textbox', { name: 'Name' })).toHaveFocus();
		expect(isInView(page.getByText('Name', { exact: true }).element())).toBe(true);
		expect(location.hash).toBe('');
	});

	test('a link to a radio button shows the question of its fieldset', async () => {
		await render(ErrorSummaryExample);
		const summary = await failedSave();
		await summary.getByRole('link', { name: 'Bitte wählen Sie ein Thema.' }).click();
		await expect.element(page.getByRole('radio', { name: 'Essen' })).toHaveFocus();
		expect(isInView(page.getByText('Thema', { exact: true }).element())).toBe(true);
	});

	test('one error is a sentence with a link, not a list', async () => {
		await render(ErrorSummaryExample);
		await page.getByRole('textbox', { name: 'Name' }).fill('Anna');
		const summary = await failedSave();
		await expect
			.element(summary.getByRole('link'))
			.toHaveTextContent('Bitte wählen Sie ein Thema.');
		await expect.element(summary.getByRole('list')).not.toBeInTheDocument();
	});
});

import axe from 'axe-core';
import { expect } from 'vitest';

// The same rules as the end-to-end checks (tests/support/app.ts): WCAG 2.2 AA, best practice and
// AAA text contrast.
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice', 'wcag2aaa'];

/** Runs axe over an element (default: the whole document) and expects no violations. */
export async function expectNoAxeViolations(context: Element | Document = document): Promise<void> {
	const result = await axe.run(context, {
		runOnly: { type: 'tag', values: tags },
		// A component is tested alone, not inside a page: the page's landmarks and h1 are checked by
		// the end-to-end tests.
		rules: {
			region: { enabled: false },
			'landmark-one-main': { enabled: false },
			'page-has-heading-one': { enabled: false }
		}
	});
	const found = result.violations.map(
		(violation) =>
			`${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target).join(', ')})`
	);
	expect(found).toEqual([]);
}

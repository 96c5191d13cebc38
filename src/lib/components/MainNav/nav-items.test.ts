import { describe, expect, it } from 'vitest';
import { isCurrentSection, mainNavItems } from './nav-items';

describe('the main menu', () => {
	it('has the five parts in order', () => {
		expect(mainNavItems.map((item) => item.href)).toEqual([
			'/',
			'/wuensche',
			'/menschen',
			'/angebote',
			'/teilen'
		]);
	});

	it('marks Start only on the start page', () => {
		expect(isCurrentSection('/', '/')).toBe(true);
		expect(isCurrentSection('/', '/wuensche')).toBe(false);
	});

	it('marks Angebote on one offer, but not on a page that only starts alike', () => {
		expect(isCurrentSection('/angebote', '/angebote/mittagstisch')).toBe(true);
		expect(isCurrentSection('/angebote', '/angeboteliste')).toBe(false);
	});
});

import { describe, expect, it } from 'vitest';
import { withOwnTitle } from './own-title';

describe('the document title of a built page', () => {
	it('keeps only the page’s own title when it has one', () => {
		const html = '<head><title>nahbei</title><title>Angebote im Quartier – nahbei</title></head>';
		expect(withOwnTitle(html)).toBe('<head><title>Angebote im Quartier – nahbei</title></head>');
	});

	it('keeps the shell’s title on a page without its own', () => {
		const html = '<head><title>nahbei</title></head>';
		expect(withOwnTitle(html)).toBe(html);
	});
});

// The page's own font, asked for while the head is read: the browser otherwise finds a font only
// once it lays out text, draws the words in a fallback font first, and then moves every line
// when the font arrives (a layout shift on every first visit).

/** The font files every page uses: the Latin letters in regular and bold. */
const MAIN_FONTS =
	/url\(([^)\s]*atkinson-hyperlegible-next-latin-(?:400|700)-normal\.[\w-]+\.woff2)\)/g;

/** Adds a preload link for each main font file the page's inline CSS names, once. */
export function withFontPreloads(html: string): string {
	const files = [...new Set([...html.matchAll(MAIN_FONTS)].map((match) => match[1]))];
	if (files.length === 0 || html.includes('rel="preload" as="font"')) return html;
	const links = files
		.map((file) => `<link rel="preload" as="font" type="font/woff2" href="${file}" crossorigin>`)
		.join('');
	return html.replace('<link rel="icon"', `${links}<link rel="icon"`);
}

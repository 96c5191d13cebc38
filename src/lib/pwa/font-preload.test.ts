import { describe, expect, it } from 'vitest';
import { withFontPreloads } from './font-preload';

const page = (css: string) =>
	`<head><meta charset="utf-8"><link rel="icon" href="/icons/icon.svg"><style>${css}</style></head>`;

describe('the main font of a built page', () => {
	it('is asked for in the head, regular and bold, each once', () => {
		const css =
			'@font-face{src:url(./_app/immutable/assets/atkinson-hyperlegible-next-latin-400-normal.FfmJh7DR.woff2)format("woff2")}' +
			'@font-face{src:url(./_app/immutable/assets/atkinson-hyperlegible-next-latin-ext-400-normal.BalHKn7d.woff2)format("woff2")}' +
			'@font-face{src:url(./_app/immutable/assets/atkinson-hyperlegible-next-latin-700-normal.Ab12_cd.woff2)format("woff2")}' +
			'@font-face{src:url(./_app/immutable/assets/atkinson-hyperlegible-next-latin-400-normal.FfmJh7DR.woff2)format("woff2")}';
		const html = withFontPreloads(page(css));
		const links = html.match(/<link rel="preload"[^>]*>/g) ?? [];
		expect(links).toEqual([
			'<link rel="preload" as="font" type="font/woff2" href="./_app/immutable/assets/atkinson-hyperlegible-next-latin-400-normal.FfmJh7DR.woff2" crossorigin>',
			'<link rel="preload" as="font" type="font/woff2" href="./_app/immutable/assets/atkinson-hyperlegible-next-latin-700-normal.Ab12_cd.woff2" crossorigin>'
		]);
		expect(html.indexOf('rel="preload"')).toBeLessThan(html.indexOf('<style>'));
	});

	it('leaves a page without the font as it is', () => {
		expect(withFontPreloads(page('body{color:red}'))).toBe(page('body{color:red}'));
	});
});

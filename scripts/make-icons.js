// Renders static/icons/icon.svg into the PNG sizes the web manifest names, with Chromium.
// Run by hand when the icon changes: node scripts/make-icons.js
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { chromiumExecutable, chromiumArgs } from './chromium.js';

const svg = readFileSync('static/icons/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
const page = await browser.newPage();

async function render(file, size, padding) {
	await page.setViewportSize({ width: size, height: size });
	const inner = size - 2 * padding;
	await page.setContent(
		`<body style="margin:0;background:#1d4e46;display:grid;place-items:center;height:${size}px">` +
			`<div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body>`
	);
	await page.screenshot({ path: `static/icons/${file}`, omitBackground: false });
}

await render('icon-192.png', 192, 0);
await render('icon-512.png', 512, 0);
// Maskable icons keep their picture inside the middle 80 %: the launcher may cut the rest.
await render('icon-maskable-512.png', 512, 56);
await browser.close();

import { expect, test } from '@playwright/test';
import { encryptWithPassphrase } from '../../src/lib/sharing/envelope';
import { expectNoAxeViolations, open } from '../support/app';

const passphrase = 'Apfel-Haus-Baum-Tisch';
const hostileText = '<img src=x onerror="window.hacked=1">';

function payload(text: string) {
	return [
		'nahbei-share',
		1,
		'lotse',
		'Jürgen',
		'Frau Yılmaz',
		'2026-11-23T10:00:00.000Z',
		'',
		[
			[
				'5b0c6d1e-2f3a-4b4c-8d5e-6f7a8b9c0d1e',
				text,
				null,
				'idea',
				false,
				null,
				'',
				'',
				'',
				'',
				'',
				'',
				null,
				'2026-11-23T10:00:00.000Z',
				'2026-11-23T10:00:00.000Z'
			]
		],
		[],
		[]
	];
}

// Replaces the header of an envelope with another, keeping the ciphertext.
function withHeader(envelope: string, change: (header: Record<string, unknown>) => void): string {
	const body = envelope.split('\n').slice(1).join('');
	const [header = '', ciphertext = ''] = body.split('.');
	const parsed = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'));
	change(parsed);
	const next = Buffer.from(JSON.stringify(parsed)).toString('base64url');
	return `NAHBEI-SHARE 1\n${next}.${ciphertext}\n`;
}

function file(name: string, text: string) {
	return { name, mimeType: 'text/plain', buffer: Buffer.from(text) };
}

test('hostile and broken files get a clear message and nothing is stored', async ({ page }) => {
	const good = await encryptWithPassphrase(payload('Schwimmen'), passphrase);
	const weak = await encryptWithPassphrase(payload('Schwimmen'), passphrase, {
		iterations: 1000,
		testOnlyMinIterations: 1000
	});
	const cases: [string, string, string][] = [
		[
			'not nahbei',
			'Hallo Frau Yılmaz, hier ist mein Plan.',
			'Diese Datei ist von einem anderen Programm.'
		],
		['future version', 'NAHBEI-SHARE 2\nabc.def\n', 'neueren nahbei-Version'],
		['too few iterations', weak, 'zu schwach verschlüsselt'],
		[
			'absurdly many iterations',
			withHeader(good, (header) => {
				(header.kdf as { iterations: number }).iterations = 2_000_000_000;
			}),
			'zu schwach verschlüsselt'
		],
		['future version in the header', withHeader(good, (header) => (header.v = 9)), 'neueren'],
		['truncated', good.slice(0, Math.floor(good.length / 2)), 'Teil von der Datei fehlt']
	];
	await open(page, '/lotse');
	for (const [what, text, message] of cases) {
		await page.getByLabel('Datei wählen').setInputFiles(file(`${what}.txt`, text));
		await expect(page.getByRole('alert'), what).toContainText(message);
		await expect(page.getByRole('alert')).toContainText(
			'Auf diesem Gerät bleibt alles, wie es war.'
		);
		await expect(page.getByLabel('Pass-Wort')).toHaveCount(0);
	}
	await expectNoAxeViolations(page, 'lotse with an error');
	await expect(page.getByText('Die Liste ist noch leer.')).toBeVisible();
});

test('a sealed share with broken items gets a clear message, and nothing is shown or kept', async ({
	page
}) => {
	const good = payload('Schwimmen');
	const wishes = good[7] as unknown[][];
	const person = (kind: string) => [
		'c9a8b7c6-d5e4-4f3a-9b2c-1d0e9f8a7b6c',
		'Ayşe',
		kind,
		'friends',
		1,
		[],
		'',
		''
	];
	const cases: [string, unknown[], string][] = [
		['two wishes with one id', [...good.slice(0, 7), [...wishes, ...wishes], [], []], 'Fehler'],
		['a kind nahbei does not know', [...good.slice(0, 8), [person('robot')], []], 'Fehler'],
		[
			'five thousand wishes',
			[...good.slice(0, 7), Array.from({ length: 5_000 }, () => wishes[0]), [], []],
			'zu viele Einträge'
		]
	];
	await open(page, '/lotse');
	for (const [what, data, message] of cases) {
		const envelope = await encryptWithPassphrase(data, passphrase);
		await page.getByLabel('Datei wählen').setInputFiles(file(`${what}.txt`, envelope));
		await page.getByLabel('Pass-Wort').fill(passphrase);
		await page.getByRole('button', { name: 'Öffnen' }).click();
		await expect(page.getByRole('alert'), what).toContainText(message);
		await expect(page.getByRole('alert')).toContainText(
			'Auf diesem Gerät bleibt alles, wie es war.'
		);
		await expect(page.getByRole('article')).toHaveCount(0);
	}
	await expectNoAxeViolations(page, 'lotse with broken items');
	await expect(page.getByText('Die Liste ist noch leer.')).toBeVisible();
});

test('a tampered file is refused after the passphrase', async ({ page }) => {
	const good = await encryptWithPassphrase(payload('Schwimmen'), passphrase);
	const lines = good.split('\n');
	const last = lines.length - 2;
	const line = lines[last] ?? '';
	lines[last] = `${line.slice(0, -2)}${line.at(-2) === 'A' ? 'B' : 'A'}${line.at(-1)}`;
	await open(page, '/lotse');
	await page.getByLabel('Datei wählen').setInputFiles(file('verändert.txt', lines.join('\n')));
	await page.getByLabel('Pass-Wort').fill(passphrase);
	await page.getByRole('button', { name: 'Öffnen' }).click();
	await expect(page.getByRole('alert')).toContainText('Oder jemand hat die Datei verändert.');
	await expect(page.getByRole('article')).toHaveCount(0);
});

test('markup in a share is shown as text and never run', async ({ page }) => {
	const envelope = await encryptWithPassphrase(payload(hostileText), passphrase);
	await open(page, '/lotse');
	await page.getByLabel('Datei wählen').setInputFiles(file('teilen.txt', envelope));
	await page.getByLabel('Pass-Wort').fill(passphrase);
	await page.getByRole('button', { name: 'Öffnen' }).click();
	await expect(page.getByRole('article')).toContainText(hostileText);
	await expect(page.getByRole('article').locator('img')).toHaveCount(0);
	expect(
		await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)
	).toBeUndefined();
});

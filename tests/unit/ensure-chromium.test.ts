import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumExecutable, chromiumPlan, missingChromium } from '../../scripts/chromium.js';

const script = fileURLToPath(new URL('../../scripts/ensure-chromium.js', import.meta.url));

/** Runs scripts/ensure-chromium.js --dry-run on a machine acted out by `env`. */
function ensureChromium(env: Record<string, string>) {
	const run = spawnSync(process.execPath, [script, '--dry-run'], {
		env: { NAHBEI_NO_SYSTEM_CHROMIUM: '1', CHROME_PATH: '/nowhere/chromium', PATH: '', ...env },
		encoding: 'utf8'
	});
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('what to do about Chromium', () => {
	it('uses the Chromium it found', () => {
		expect(chromiumPlan({ found: '/usr/bin/chromium', uid: 1000, aptGet: false })).toEqual({
			action: 'use',
			path: '/usr/bin/chromium'
		});
	});

	it("installs Debian's chromium when it is missing and we are root with apt-get", () => {
		expect(chromiumPlan({ found: undefined, uid: 0, aptGet: true })).toEqual({ action: 'install' });
	});

	it('stops when it is missing and we are not root', () => {
		expect(chromiumPlan({ found: undefined, uid: 1000, aptGet: true })).toEqual({ action: 'stop' });
	});

	it('stops when it is missing and there is no apt-get', () => {
		expect(chromiumPlan({ found: undefined, uid: 0, aptGet: false })).toEqual({ action: 'stop' });
	});

	it('stops when it is missing on a system without user ids', () => {
		expect(chromiumPlan({ found: undefined, uid: undefined, aptGet: true })).toEqual({
			action: 'stop'
		});
	});
});

describe('where Chromium is', () => {
	it('is CHROME_PATH when that file exists', () => {
		expect(chromiumExecutable({ CHROME_PATH: process.execPath })).toBe(process.execPath);
	});

	it('is nowhere when CHROME_PATH points nowhere and the system is not searched', () => {
		expect(
			chromiumExecutable({ CHROME_PATH: '/nowhere/chromium', NAHBEI_NO_SYSTEM_CHROMIUM: '1' })
		).toBeUndefined();
	});
});

describe('scripts/ensure-chromium.js', () => {
	const fakeBin = mkdtempSync(join(tmpdir(), 'nahbei-apt-'));
	writeFileSync(join(fakeBin, 'apt-get'), '#!/bin/sh\nexit 1\n');
	chmodSync(join(fakeBin, 'apt-get'), 0o755);
	afterAll(() => rmSync(fakeBin, { recursive: true, force: true }));

	it('says nothing and lets the tests go on when Chromium is there', () => {
		expect(ensureChromium({ CHROME_PATH: process.execPath })).toEqual({
			status: 0,
			stdout: '',
			stderr: ''
		});
	});

	it('stops at once with one sentence saying what to install when it cannot install', () => {
		expect(ensureChromium({})).toEqual({ status: 1, stdout: '', stderr: `${missingChromium}\n` });
	});

	it.runIf(process.getuid?.() === 0)('says in one line that it installs Chromium as root', () => {
		expect(ensureChromium({ PATH: fakeBin })).toEqual({
			status: 0,
			stdout:
				"Would install Debian's chromium and fonts-dejavu-core with apt-get for the browser tests …\n",
			stderr: ''
		});
	});

	it.runIf(process.getuid?.() !== 0)('stops with one sentence when not root', () => {
		expect(ensureChromium({ PATH: fakeBin })).toEqual({
			status: 1,
			stdout: '',
			stderr: `${missingChromium}\n`
		});
	});
});

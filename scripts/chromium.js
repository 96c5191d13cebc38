import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * Where the system Chromium lives: CHROME_PATH, else Debian's /usr/bin/chromium (or Ubuntu's
 * /usr/bin/chromium-browser); undefined when there is none. NAHBEI_NO_SYSTEM_CHROMIUM=1 looks at
 * CHROME_PATH only, so a test can act out a machine without Chromium (CHROME_PATH=/nowhere).
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {string | undefined}
 */
export function chromiumExecutable(env = process.env) {
	const system = env.NAHBEI_NO_SYSTEM_CHROMIUM
		? []
		: ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
	return [env.CHROME_PATH, ...system].find((path) => path && existsSync(path));
}

/** The one sentence a person reads when the browser tests cannot run for want of Chromium. */
export const missingChromium =
	"The browser tests need Chromium: install Debian's package chromium (as root: apt-get install chromium fonts-dejavu-core) or set CHROME_PATH to a Chromium binary.";

/** Debian's packages the browser tests need: the browser, and a font for its text. */
export const chromiumPackages = ['chromium', 'fonts-dejavu-core'];

/**
 * What to do about Chromium: use the one found; install Debian's when we are root and have
 * apt-get (Debian, Ubuntu); else stop and say what to install.
 * @param {{ found: string | undefined, uid: number | undefined, aptGet: boolean }} machine
 * @returns {{ action: 'use', path: string } | { action: 'install' } | { action: 'stop' }}
 */
export function chromiumPlan({ found, uid, aptGet }) {
	if (found) return { action: 'use', path: found };
	if (uid === 0 && aptGet) return { action: 'install' };
	return { action: 'stop' };
}

/**
 * Where apt-get is on the PATH, if anywhere.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {string | undefined}
 */
export function aptGetExecutable(env = process.env) {
	return (env.PATH ?? '')
		.split(delimiter)
		.filter(Boolean)
		.map((folder) => join(folder, 'apt-get'))
		.find((path) => existsSync(path));
}

// No sandbox (we run as root in CI), no GPU, and no calls home: the machine has no network.
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];

import { existsSync } from 'node:fs';

/** Where the system Chromium lives: CHROME_PATH, else Debian's /usr/bin/chromium. */
export function chromiumExecutable() {
	const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
	return candidates.find((path) => path && existsSync(path));
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

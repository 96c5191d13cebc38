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

/**
 * Chromium features turned off in every run. Chromium 156 loads its address bar's suggestion list,
 * a page of its own (chrome://omnibox-popup), into every new tab, even headless where there is no
 * address bar: 1.7 s of processor time per tab on a 2-core machine, twice what opening a nahbei
 * page costs. Every browser test opens a new tab, and a measurement would count that work as the
 * page's.
 */
export const featuresOff = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/**
 * The features Playwright itself turns off in every Chromium it launches (Playwright 1.65).
 * tests/unit/chromium.test.ts checks this list against the Playwright installed.
 */
const playwrightFeaturesOff = [
	'AvoidUnnecessaryBeforeUnloadCheckSync',
	'DestroyProfileOnBrowserClose',
	'HttpsUpgrades',
	'HttpsFirstBalancedModeAutoEnable',
	'LensOverlay',
	'MediaRouter',
	'PaintHolding',
	'ThirdPartyStoragePartitioning',
	'AvoidCorsURLLoaderRestartOnRedirect',
	'TcpPortRandomizationWin',
	'OptimizationHints',
	'NetworkTimeServiceQuerying',
	'AimEnabled',
	'PreconnectToSearch',
	'msForceBrowserSignIn',
	'msEdgeUpdateLaunchServicesPreferredVersion'
];

/**
 * One `--disable-features` switch with the launcher's own features and `featuresOff`. Chromium
 * keeps only the last `--disable-features` of its command line, so a second switch of our own
 * would silently turn the launcher's list back on.
 * @param {string[]} launcherFeatures what the launcher (Playwright, chrome-launcher) turns off
 * @returns {string}
 */
export function disableFeatures(launcherFeatures) {
	return `--disable-features=${[...new Set([...launcherFeatures, ...featuresOff])].join(',')}`;
}

// No sandbox (we run as root in CI), no GPU, and no calls home: the machine has no network.
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic',
	disableFeatures(playwrightFeaturesOff)
];

// `npm test` runs this first, before anything slow: the browser tests need a Chromium, and a fresh
// machine reaches only npm's registry and Debian's packages, so `npx playwright install` cannot
// work. Uses the Chromium it finds; installs Debian's when we are root with apt-get; else stops
// with one sentence saying what to install.
// --dry-run says what it would do and installs nothing (for tests, with CHROME_PATH=/nowhere and
// NAHBEI_NO_SYSTEM_CHROMIUM=1 to act out a machine without Chromium).
import { spawnSync } from 'node:child_process';
import {
	aptGetExecutable,
	chromiumExecutable,
	chromiumPackages,
	chromiumPlan,
	missingChromium
} from './chromium.js';

const dryRun = process.argv.includes('--dry-run');
const plan = chromiumPlan({
	found: chromiumExecutable(),
	uid: process.getuid?.(),
	aptGet: aptGetExecutable() !== undefined
});

if (plan.action === 'stop') stop();
if (plan.action === 'install') {
	const packages = chromiumPackages.join(' and ');
	console.log(
		`${dryRun ? 'Would install' : 'Installing'} Debian's ${packages} with apt-get for the browser tests …`
	);
	if (!dryRun && !(install() && chromiumExecutable())) stop();
}

/** Runs apt-get without questions; its chatter is shown only when it fails. */
function install() {
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	const steps = [
		['update', '-qq'],
		['install', '-y', '-qq', '--no-install-recommends', ...chromiumPackages]
	];
	for (const args of steps) {
		const run = spawnSync('apt-get', args, { env, encoding: 'utf8' });
		if (run.status !== 0) {
			process.stderr.write(run.stderr || String(run.error ?? ''));
			return false;
		}
	}
	return true;
}

/** @returns {never} */
function stop() {
	console.error(missingChromium);
	process.exit(1);
}

import { i18n, translate } from '$lib/i18n/i18n.svelte';
import type { KioskConfig } from './config';
import type { IdleTimer } from './idle-timer';
import { defaultKioskLimits, hasKioskRecord, localStore, type KioskLimits } from './limits';
import type { Wish } from '$lib/wishes/model';

// Reading and checking the record, the timers and the wipe load only on a kiosk: an ordinary
// phone's start page needs none of it.
const recordCode = () => import('./config');
const timerCode = () => import('./idle-timer');
const pinCode = () => import('./pin');
const attemptCode = () => import('./pin-attempts');
const markerCode = () => import('./visit-marker');

/** Where the device is in a visit. 'off': an ordinary phone, not a kiosk. */
export type KioskPhase = 'off' | 'welcome' | 'visit' | 'ending' | 'wiping';

// The visitor's last input is written down at most this often (see visit-marker.ts).
const markEveryMs = 5_000;

function session(): Storage | undefined {
	try {
		return globalThis.sessionStorage;
	} catch {
		return undefined;
	}
}

/** The kiosk at the meeting point: its record, the phase of the visit and its time limits. */
class KioskMode {
	config = $state.raw<KioskConfig | null>(null);
	phase = $state<KioskPhase>('off');
	/** Why the visit ends: the person pressed "Fertig", or nobody answered in time. */
	endReason = $state<'done' | 'timeout'>('done');
	/** The "Sind Sie noch da?" question is open. */
	asking = $state(false);
	secondsLeft = $state(0);
	/** What the question's own status region says: at the start and at a few steps only. */
	spoken = $state('');
	/** No staff PIN is checked before this time (ms since 1970): too many wrong tries. 0: no wait. */
	pinWaitUntil = $state(0);

	#ready = false;
	#visitId = '';
	#markedAt = 0;
	#timers: Awaited<ReturnType<typeof timerCode>> | null = null;
	#markers: Awaited<ReturnType<typeof markerCode>> | null = null;
	#idle: IdleTimer | null = null;
	#endTimer: ReturnType<typeof setTimeout> | undefined;

	get active(): boolean {
		return this.config !== null;
	}

	get limits(): KioskLimits {
		return this.config ?? defaultKioskLimits;
	}

	/** Whether the app may open the database: not before a visitor has started. */
	get usesDatabase(): boolean {
		return this.phase !== 'welcome' && this.phase !== 'wiping';
	}

	/** Reads the kiosk record once at start. */
	async init(): Promise<void> {
		if (this.#ready) return;
		this.#ready = true;
		if (hasKioskRecord()) {
			// A kiosk loads all texts at once: the time questions below speak words of the later part.
			const [{ readKioskConfig }, timers, attempts, markers] = await Promise.all([
				recordCode(),
				timerCode(),
				attemptCode(),
				markerCode(),
				i18n.loadAll()
			]);
			this.#timers = timers;
			this.#markers = markers;
			this.config = readKioskConfig();
			// A wait from wrong staff PINs outlasts reloads, restarts and the end of every visit.
			this.pinWaitUntil = attempts.currentWaitUntil(localStore(), attempts.staffPinAttemptsKey);
		}
		if (!this.config) {
			this.phase = 'off';
			return;
		}
		const markers = this.#markers ?? (await markerCode());
		this.phase = 'wiping';
		try {
			const id = await markers.resumeOrClear(this.limits, localStore(), session());
			if (id === null) {
				this.phase = 'welcome';
				return;
			}
			this.#visitId = id;
			this.phase = 'visit';
			this.#mark();
			this.#watch();
		} catch {
			// Nothing of a visit may show while it could still be there: keep saying that the
			// device deletes, and start anew in a moment.
			setTimeout(() => location.replace('/'), 5_000);
		}
	}

	/** "Anfangen": a visitor begins. */
	startVisit(): void {
		if (!this.config) return;
		this.#visitId = this.#markers?.newVisitId() ?? '';
		this.#markedAt = 0;
		this.phase = 'visit';
		this.#mark();
		this.#watch();
	}

	/** Any input from the visitor. */
	activity(): void {
		if (this.phase === 'visit') this.#idle?.activity();
		if (this.phase === 'ending') this.#restartEndTimer();
		// Input the warning ignores does not count as the visitor being there either.
		if (this.phase === 'ending' || (this.phase === 'visit' && this.#idle?.phase !== 'warning')) {
			this.#mark();
		}
	}

	/** Writes down that the visit runs and when the visitor last did something. */
	#mark(now = Date.now()): void {
		if (now - this.#markedAt < markEveryMs) return;
		this.#markedAt = now;
		// Loaded by init() on every kiosk, before a visit can start.
		this.#markers?.writeVisitMarker({ id: this.#visitId, at: now }, localStore(), session());
	}

	/** "Weiter machen": the visitor is still there. */
	extend(): void {
		this.#idle?.extend();
		this.#mark();
		this.asking = false;
		this.spoken = '';
	}

	/** "Fertig" or a timeout: show what can be taken along, then delete. */
	finish(reason: 'done' | 'timeout'): void {
		if (this.phase !== 'visit') return;
		this.#idle?.stop();
		this.asking = false;
		this.endReason = reason;
		this.phase = 'ending';
		this.#restartEndTimer();
	}

	/** Back from the end screen into the visit. */
	resume(): void {
		if (this.phase !== 'ending') return;
		clearTimeout(this.#endTimer);
		this.phase = 'visit';
		this.#watch();
	}

	/** Deletes everything of the visit and starts the app anew at the welcome screen. */
	async wipe(): Promise<void> {
		this.phase = 'wiping';
		this.#idle?.stop();
		clearTimeout(this.#endTimer);
		try {
			// The database code loads only now: a kiosk's welcome screen never needs it.
			const [{ deleteDatabase }, { wipeVisit }] = await Promise.all([
				import('$lib/db/connection'),
				import('./wipe')
			]);
			await wipeVisit({
				deleteDatabase,
				local: globalThis.localStorage,
				session: globalThis.sessionStorage,
				caches: globalThis.caches
			});
		} finally {
			// A full load, with the current entry replaced: nothing of the visit stays in memory.
			location.replace('/');
		}
	}

	/**
	 * The visitor's wishes, to show and print at the end of the visit; none when storage fails
	 * (the person is told why).
	 */
	async visitWishes(): Promise<Wish[]> {
		// The database code loads only now: a kiosk's welcome screen never needs it.
		const [{ database }, { listWishes }, { storageStatus }] = await Promise.all([
			import('$lib/db/connection'),
			import('$lib/db/wishes-repository'),
			import('$lib/storage/storage-status.svelte')
		]);
		return (await storageStatus.attempt(() => listWishes(database()))) ?? [];
	}

	/** Staff turn kiosk mode on with their PIN; everything on the device is deleted first. */
	async turnOn(pin: string, limits: KioskLimits = defaultKioskLimits): Promise<void> {
		const [{ writeKioskConfig }, timers] = await Promise.all([recordCode(), timerCode()]);
		this.#timers = timers;
		const [{ hashPin }, { clearAttempts, staffPinAttemptsKey }] = await Promise.all([
			pinCode(),
			attemptCode()
		]);
		this.config = { pin: await hashPin(pin), ...limits };
		writeKioskConfig(this.config);
		// A new PIN starts without the wrong tries at an earlier one.
		clearAttempts(localStore(), staffPinAttemptsKey);
		this.pinWaitUntil = 0;
		await this.wipe();
	}

	/**
	 * Whether the PIN is the staff PIN, under the limit on wrong tries (see pin-attempts.ts):
	 * during a wait every PIN is refused unchecked.
	 */
	async checkPin(pin: string): Promise<boolean> {
		const config = this.config;
		if (!config) return false;
		const [{ verifyPin }, { staffPinAttemptsKey, tryPin }] = await Promise.all([
			pinCode(),
			attemptCode()
		]);
		const answer = await tryPin(() => verifyPin(pin, config.pin), {
			store: localStore(),
			key: staffPinAttemptsKey
		});
		this.pinWaitUntil = answer.right ? 0 : answer.waitUntil;
		return answer.right;
	}

	/** Staff change the time limits; refused without the right PIN. */
	async changeLimits(pin: string, limits: KioskLimits): Promise<boolean> {
		if (!this.config || !(await this.checkPin(pin))) return false;
		const { writeKioskConfig } = await recordCode();
		this.config = { ...this.config, ...limits };
		writeKioskConfig(this.config);
		this.#watch();
		return true;
	}

	/** Staff set the Quartier whose offers the kiosk shows; refused without the right PIN. */
	async setQuartier(pin: string, quartier: string): Promise<boolean> {
		if (!this.config || !(await this.checkPin(pin))) return false;
		const { writeKioskConfig } = await recordCode();
		this.config = { ...this.config, quartier };
		writeKioskConfig(this.config);
		return true;
	}

	/** Staff turn kiosk mode off with the PIN; the visit's data is deleted with it. */
	async turnOff(pin: string): Promise<boolean> {
		if (!(await this.checkPin(pin))) return false;
		const { writeKioskConfig } = await recordCode();
		writeKioskConfig(null);
		this.config = null;
		await this.wipe();
		return true;
	}

	#watch(): void {
		this.#idle?.stop();
		// Loaded by init() or turnOn() before any visit can start.
		const timers = this.#timers;
		if (!timers) return;
		const { idleMinutes, countdownSeconds } = this.limits;
		this.#idle = new timers.IdleTimer({
			idleMs: idleMinutes * 60_000,
			countdownMs: countdownSeconds * 1000,
			onWarn: (seconds) => {
				this.secondsLeft = seconds;
				this.asking = true;
				this.spoken = translate('kiosk.idle.announce', { count: seconds });
			},
			onTick: (seconds) => {
				const step = timers.passedStep(this.secondsLeft, seconds);
				this.secondsLeft = seconds;
				if (step !== null) this.spoken = translate('kiosk.idle.left', { count: seconds });
			},
			onExpire: () => this.finish('timeout')
		});
		if (this.phase === 'visit') this.#idle.start();
	}

	#restartEndTimer(): void {
		clearTimeout(this.#endTimer);
		this.#endTimer = setTimeout(() => void this.wipe(), this.limits.endSeconds * 1000);
	}
}

export const kiosk = new KioskMode();

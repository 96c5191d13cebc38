// "Alles sichern" and "Sicherung laden" on a full phone: 500 people, 1,000 wishes (100 with a
// 30-second voice note), 1,000 offers in the catalogue. Node with fake-indexeddb, median of 3.
// The figures are on the safe side: Node 20 has neither Uint8Array.toBase64 nor a fast btoa, and
// turning 12 MB of voice notes into base64 takes most of the time here; browsers do it natively.
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { aPerson, anOffer, aWishMedia } from '../../tests/fixtures/builders.js';
import { median } from './browser.js';
import { benchWish } from './wish-fixture.js';

export const title = 'Backup and restore: 500 people, 1,000 wishes (100 voice notes), 1,000 offers';

const now = '2026-11-23T10:00:00.000Z';

function person(i) {
	return aPerson({
		name: `Nachbarin Nummer ${i} – Jürgen's Straße 🌷`,
		area: ['family', 'friends', 'quartier', 'professionals'][i % 4],
		closeness: [1, 2, 3, 0][i % 4],
		helpsWith: i % 2 ? ['shopping'] : [],
		iDoForThem: 'Ich gieße die Blumen.',
		phone: `040 ${100000 + i}`,
		createdAt: now
	});
}

function wish(i) {
	return benchWish(i, { now, networkText: 'Meine Schwester kommt mit.' });
}

function offer(i) {
	return anOffer({
		name: `Angebot ${i}`,
		description: 'Hier treffen sich Menschen aus dem Quartier.',
		category: 'treffpunkt',
		keywords: ['Treffen'],
		organization: { id: `org-${i % 50}`, name: `Verein ${i % 50}` }
	});
}

function voiceNote(wishId) {
	// About 30 seconds of speech in Opus at 32 kbit/s: 120 kB, random so nothing compresses.
	const bytes = new Uint8Array(120 * 1024);
	for (let i = 0; i < bytes.length; i += 65536) {
		crypto.getRandomValues(bytes.subarray(i, Math.min(i + 65536, bytes.length)));
	}
	return aWishMedia({ wishId, blob: new Blob([bytes], { type: 'audio/webm' }), createdAt: now });
}

// The app's own modules, with SvelteKit's $lib alias and without the rest of its build set-up.
const load = async (path) =>
	(
		await runnerImport(path, {
			configFile: false,
			resolve: { alias: { $lib: fileURLToPath(new URL('../../src/lib', import.meta.url)) } }
		})
	).module;

export async function run() {
	const database = await load('./src/lib/db/database.ts');
	const repository = await load('./src/lib/db/backup-repository.ts');
	const file = await load('./src/lib/backup/backup-file.ts');
	const sealed = await load('./src/lib/backup/sealed-backup.ts');

	const db = new database.NahbeiDatabase(`bench-backup-${crypto.randomUUID()}`);
	await db.open();
	const wishes = Array.from({ length: 1000 }, (_, i) => wish(i));
	await db.people.bulkPut(Array.from({ length: 500 }, (_, i) => person(i)));
	await db.wishes.bulkPut(wishes);
	await db.wishMedia.bulkPut(wishes.slice(0, 100).map((each) => voiceNote(each.id)));
	await db.offers.bulkPut(Array.from({ length: 1000 }, (_, i) => offer(i)));

	const readTimes = [];
	const backupTimes = [];
	const restoreTimes = [];
	let text = '';
	for (let round = 0; round < 3; round++) {
		let start = performance.now();
		const tables = await repository.readAllPersonalData(db);
		readTimes.push(performance.now() - start);
		text = await file.writeBackup(tables, db.verno);
		backupTimes.push(performance.now() - start);

		start = performance.now();
		const result = file.readBackup(text, repository.personalTableNames(db), db.verno);
		if (!result.ok) throw new Error(`the backup did not read back: ${result.problem}`);
		await repository.restorePersonalData(db, result.backup.tables, 'replace');
		restoreTimes.push(performance.now() - start);
	}
	const size = Buffer.byteLength(text) / 1024 / 1024;
	console.log(
		`  back up everything ("Alles sichern"): ${median(backupTimes).toFixed(0)} ms (of which reading IndexedDB ${median(readTimes).toFixed(0)} ms), file ${size.toFixed(1)} MB`
	);
	console.log(
		`  check and restore it ("Sicherung laden", replace): ${median(restoreTimes).toFixed(0)} ms`
	);

	// With a passphrase: one PBKDF2 derivation (600,000 iterations) each way, plus AES-GCM.
	const passphrase = 'Apfel-Haus-Baum-Tisch';
	let start = performance.now();
	const backup = await file.buildBackup(await repository.readAllPersonalData(db), db.verno);
	const envelope = await sealed.sealBackup(backup, passphrase);
	const sealTime = performance.now() - start;
	start = performance.now();
	const opened = await sealed.openSealedBackup(
		envelope,
		passphrase,
		repository.personalTableNames(db),
		db.verno
	);
	if (!opened.ok) throw new Error(`the protected backup did not open: ${opened.problem}`);
	const openTime = performance.now() - start;
	console.log(
		`  with a passphrase: sealing ${sealTime.toFixed(0)} ms, opening and checking ${openTime.toFixed(0)} ms, file ${(envelope.length / 1024 / 1024).toFixed(1)} MB`
	);
	await db.delete();
}

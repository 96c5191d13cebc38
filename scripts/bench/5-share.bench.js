// Teilen: how large a share is, which QR version typical shares need, and how long sealing and
// opening take with the real 600,000 PBKDF2 iterations. The sharing code is TypeScript, so it is
// loaded through Vite, the same source the app ships.
import { createServer } from 'vite';
import { aPerson, aWish } from '../../tests/fixtures/builders.js';

export const title = 'Teilen: payload size, QR version, encrypt and decrypt time';

const at = (i) => new Date(Date.UTC(2026, 10, 1, 8, 0, i)).toISOString();
const uuid = (i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;

function wish(i, full) {
	return aWish({
		id: uuid(i),
		text: `Ich möchte Nummer ${i} ausprobieren: mit anderen kochen, singen oder im Garten helfen.`,
		status: ['idea', 'started', 'done'][i % 3],
		answers: {
			self: { scale: 'someHelp', text: full ? 'Ich frage selbst nach.' : '' },
			network: { text: full ? 'Meine Schwester fährt mich hin.' : '' },
			quartier: { text: full ? 'Der Treffpunkt am Markt.' : '' },
			others: { text: full ? 'Ich bringe Kuchen mit.' : '' }
		},
		firstStep: { text: `Ich rufe am Montag an.`, date: '2026-12-01' },
		confirmedByMe: true,
		step: 8,
		createdAt: at(i)
	});
}

function person(i) {
	return aPerson({
		id: uuid(100_000 + i),
		name: `Nachbarin ${i}`,
		area: ['family', 'friends', 'quartier', 'professionals'][i % 4],
		closeness: [1, 2, 3, 0][i % 4],
		helpsWith: ['shopping'],
		iDoForThem: i % 3 === 0 ? 'Ich gieße die Blumen.' : '',
		createdAt: at(i)
	});
}

async function time(work) {
	const start = performance.now();
	const result = await work();
	return { ms: performance.now() - start, result };
}

export async function run() {
	const server = await createServer({
		server: { middlewareMode: true, hmr: false, ws: false },
		appType: 'custom',
		logLevel: 'error'
	});
	try {
		const payloads = await server.ssrLoadModule('/src/lib/sharing/payload.ts');
		const envelopes = await server.ssrLoadModule('/src/lib/sharing/envelope.ts');
		const links = await server.ssrLoadModule('/src/lib/sharing/link.ts');
		const qr = await server.ssrLoadModule('/src/lib/sharing/qr.ts');
		const meta = { from: 'Jürgen', to: 'Frau Yılmaz', purpose: 'lotse' };
		const build = (wishes, people, network) =>
			payloads.buildSharePayload(
				{ wishes, people, savedOffers: [] },
				{ wishIds: 'all', network, offers: false, message: '' },
				meta
			);

		console.log('  QR codes (random key in the link, level M, at most version 20):');
		const typical = [
			['1 short wish', [wish(1, false)]],
			['2 short wishes', [wish(1, false), wish(2, false)]],
			['1 wish with all 5 answers', [wish(1, true)]],
			['3 short wishes', [wish(1, false), wish(2, false), wish(3, false)]]
		];
		for (const [label, wishes] of typical) {
			const packed = payloads.packSharePayload(build(wishes, [], false));
			const { envelope, key } = await envelopes.encryptWithRandomKey(packed);
			const link = links.makeShareLink('https://nahbei.example', envelope, key);
			const version = await qr.qrVersionFor(link);
			console.log(
				`    ${label}: ${JSON.stringify(packed).length} bytes packed, link ${link.length} characters, ${version === null ? 'too large: goes as a file' : `QR version ${version}`}`
			);
		}

		const big = build(
			Array.from({ length: 50 }, (_, i) => wish(i, true)),
			Array.from({ length: 150 }, (_, i) => person(i)),
			true
		);
		const named = JSON.stringify(big).length;
		const packed = payloads.packSharePayload(big);
		const passphrase = 'Apfel-Haus-Baum-Tisch';
		const sealed = await time(() => envelopes.encryptWithPassphrase(packed, passphrase));
		const opened = await time(() => envelopes.decryptEnvelope(sealed.result, passphrase));
		const read = payloads.readSharePayload(opened.result.ok ? opened.result.data : null);
		console.log('  A share of 50 wishes and 150 people (passphrase, 600,000 iterations):');
		console.log(
			`    JSON ${named} bytes with field names, ${JSON.stringify(packed).length} bytes packed, file ${sealed.result.length} bytes compressed and encrypted`
		);
		console.log(
			`    encrypt ${sealed.ms.toFixed(0)} ms, decrypt ${opened.ms.toFixed(0)} ms (both including key derivation), read back ${read.ok && JSON.stringify(read.payload) === JSON.stringify(big) ? 'exactly' : 'NOT the same'}`
		);
	} finally {
		await server.close();
	}
}

// Teilen: how large a share is, which QR version typical shares need, and how long sealing and
// opening take with the real 600,000 PBKDF2 iterations. The sharing code is TypeScript, so it is
// loaded through Vite, the same source the app ships.
import { createServer } from 'vite';
import { anOffer, aPerson, aWish } from '../../tests/fixtures/builders.js';

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

function offer(i) {
	return anOffer({
		id: uuid(200_000 + i),
		name: `Angebot Nummer ${i} im Quartier`,
		phone: '040 123 456 78',
		email: `treff${i}@quartier.example`,
		address: { street: `Lindenstraße ${i}`, postalCode: '22767', city: 'Hamburg' }
	});
}

const times = ['Montag bis Freitag von 12 bis 14 Uhr.', 'Samstag von 10 bis 13 Uhr.'];

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
		const parts = await server.ssrLoadModule('/src/lib/sharing/parts.ts');
		const fits = async (text) => (await qr.qrVersionFor(text)) !== null;
		const meta = { from: 'Jürgen', to: 'Frau Yılmaz', purpose: 'lotse' };
		const build = (wishes, people, network, savedOffers = []) =>
			payloads.buildSharePayload(
				{ wishes, people, savedOffers, describeTimes: () => times },
				{
					wishIds: 'all',
					personIds: network ? people.map((each) => each.id) : [],
					offerIds: savedOffers.map((each) => each.id),
					message: ''
				},
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

		// Take-along from the kiosk: one fully planned wish (a person and an offer linked, written
		// with help) and more and more saved offers, until one QR code no longer holds it.
		console.log('  Take-along (one fully planned wish, payload version 2):');
		const helper = { name: 'Nachbarin 1' };
		const planned = aWish({
			...wish(1, true),
			answers: {
				...wish(1, true).answers,
				network: { peopleIds: [uuid(100_001)], text: 'Meine Schwester fährt mich hin.' },
				quartier: { offerIds: [uuid(200_000)], text: 'Der Treffpunkt am Markt.' }
			},
			author: { kind: 'helper', name: helper.name }
		});
		for (const count of [0, 1, 2, 3, 5, 10, 20]) {
			const saved = Array.from({ length: count + 1 }, (_, i) => offer(i));
			const packed = payloads.packSharePayload(build([planned], [person(1)], true, saved));
			const { envelope, key } = await envelopes.encryptWithRandomKey(packed);
			const link = links.makeShareLink('https://nahbei.example', envelope, key);
			const version = await qr.qrVersionFor(link);
			let codes = 'QR version ' + version;
			if (version === null) {
				const links = await parts.splitShare('https://nahbei.example', envelope, key, fits);
				const versions = links ? await Promise.all(links.map((each) => qr.qrVersionFor(each))) : [];
				codes = links
					? `${links.length} QR codes in a sequence (versions ${versions.join(', ')})`
					: `more than ${parts.MAX_PARTS} QR codes: goes as a file`;
			}
			console.log(
				`    1 wish, 1 person, linked offer + ${count} saved: ${JSON.stringify(packed).length} bytes packed, link ${link.length} characters, ${codes}`
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

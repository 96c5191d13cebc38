import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '$lib/i18n/i18n.svelte';
import { database } from '$lib/db/connection';
import { listReceived } from '$lib/db/shares-repository';
import { ayse, lunch, makeWish } from '../../../tests/fixtures/sharing/share-data';
import { encryptWithPassphrase, encryptWithRandomKey } from './envelope';
import { makeShareLink } from './link';
import { OpenFlow } from './open-flow.svelte';
import { buildSharePayload, defaultShareChoice, packSharePayload } from './payload';

// The texts checked here are not all on the start page.
beforeAll(() => i18n.loadAll());

const passphrase = 'Apfel-Haus-Baum-Tisch';
const payload = buildSharePayload(
	{
		wishes: [makeWish('5b0c6d1e-2f3a-4b4c-8d5e-6f7a8b9c0d1e', 'Schwimmen')],
		people: [ayse],
		savedOffers: [lunch]
	},
	{ ...defaultShareChoice(), offerIds: [lunch.id] },
	{ from: 'Jürgen', to: 'Frau Yılmaz', purpose: 'lotse', now: new Date('2026-11-23T10:00:00Z') }
);
// A real file, with the app's 600,000 iterations: the flow opens nothing weaker.
let file: Blob;

beforeAll(async () => {
	file = new Blob([await encryptWithPassphrase(packSharePayload(payload), passphrase)]);
}, 30_000);

afterEach(async () => {
	await database().received.clear();
});

describe('OpenFlow', () => {
	it('asks for the passphrase of a good file, then opens it', { timeout: 30_000 }, async () => {
		const flow = new OpenFlow();
		expect(await flow.chooseFile(file)).toBe('passphrase');
		expect(flow.envelopeText).not.toBeNull();
		flow.passphrase = 'apfel haus baum tisch';
		expect(await flow.submitPassphrase()).toBe('view');
		expect(flow.opened).toEqual(payload);
		expect(flow.problem).toBeNull();
		expect(flow.envelopeText).toBeNull();
		expect(flow.passphrase).toBe('');
		expect(flow.sharedLine(payload)).toBe('Geteilt von Jürgen am 23. November 2026');
	});

	it(
		'shows a wrong passphrase and keeps the file for another try',
		{ timeout: 30_000 },
		async () => {
			const flow = new OpenFlow();
			await flow.chooseFile(file);
			flow.passphrase = 'falsch falsch falsch falsch';
			expect(await flow.submitPassphrase()).toBe('problem');
			expect(flow.problem).toBe('wrong-passphrase');
			expect(flow.envelopeText).not.toBeNull();
			expect(flow.busy).toBe(false);
		}
	);

	it('names a bad file at once and asks for no passphrase', async () => {
		const flow = new OpenFlow();
		expect(await flow.chooseFile(new Blob(['Hallo']))).toBe('problem');
		expect(flow.problem).toBe('not-an-envelope');
		expect(flow.envelopeText).toBeNull();
	});

	it('opens a link and forgets its key at once', async () => {
		const { envelope, key } = await encryptWithRandomKey(packSharePayload(payload));
		const link = new URL(makeShareLink('https://nahbei.de', envelope, key));
		let forgotten = false;
		const flow = new OpenFlow();
		expect(await flow.openLink(link.hash, () => (forgotten = true))).toBe('view');
		expect(forgotten).toBe(true);
		expect(flow.opened).toEqual(payload);
	});

	it('does nothing for an address without a share', async () => {
		const flow = new OpenFlow();
		expect(await flow.openLink('', () => expect.unreachable())).toBeNull();
		expect(flow.opened).toBeNull();
	});

	it('keeps an opened share, and deleting it closes it', async () => {
		const { envelope, key } = await encryptWithRandomKey(packSharePayload(payload));
		const flow = new OpenFlow();
		await flow.openLink(new URL(makeShareLink('https://x.de', envelope, key)).hash, () => {});
		await flow.keep();
		const [row] = await listReceived(database());
		expect(flow.keptId).toBe(row?.id);
		expect(await flow.removeKept(row?.id ?? '')).toBe('kept');
		expect(flow.opened).toBeNull();
		expect(await listReceived(database())).toEqual([]);
	});

	it('closes a share that was not kept and sends focus back to the file field', () => {
		const flow = new OpenFlow();
		flow.showKept({
			id: '1e2d3c4b-5a6f-4e3d-9c2b-1a0f9e8d7c6b',
			keptAt: '2026-11-23T10:00:00.000Z',
			payload,
			createdAt: '2026-11-23T10:00:00.000Z',
			updatedAt: '2026-11-23T10:00:00.000Z'
		});
		expect(flow.opened).toEqual(payload);
		expect(flow.close()).toBe('file');
		expect(flow.opened).toBeNull();
		expect(flow.keptId).toBeNull();
	});
});

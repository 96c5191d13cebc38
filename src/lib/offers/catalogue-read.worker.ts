// Fetches and reads a catalogue away from the page: parsing a city's file and mapping thousands
// of services takes seconds, and the page stays responsive meanwhile. The page may end this
// worker at any moment (cancel); nothing is stored here, so the catalogue on the device stays.
import { readCatalogueFile } from './catalogue-file';
import type { ReadReply, ReadRequest } from './catalogue-read-messages';
import { planImport } from './editor/files';
import type { Offer } from './offer';

// Offers (and HSDS records) per message: one message is unpacked on the page in one task.
const PART = 250;

function reply(message: ReadReply) {
	self.postMessage(message);
}

/** Sends the offers and their records in parts; gives empty ones for the last message. */
function sendInParts(
	offers: Offer[],
	sources: Map<string, Record<string, unknown>>
): { offers: Offer[]; sources: Map<string, Record<string, unknown>> } {
	for (let start = 0; start < offers.length; start += PART) {
		reply({ kind: 'offers', offers: offers.slice(start, start + PART) });
	}
	const entries = [...sources];
	for (let start = 0; start < entries.length; start += PART) {
		reply({ kind: 'sources', sources: entries.slice(start, start + PART) });
	}
	return { offers: [], sources: new Map() };
}

function progress(read: number, total: number) {
	reply({ kind: 'progress', read, total });
}

self.onmessage = async (event: MessageEvent<ReadRequest>) => {
	const request = event.data;
	try {
		if (request.kind === 'catalogue') {
			const response = await fetch(request.url, request.fresh ? { cache: 'no-store' } : {});
			if (!response.ok) throw new Error(`catalogue: HTTP ${response.status}`);
			const file = readCatalogueFile(await response.json(), progress);
			reply({
				kind: 'catalogue',
				file: file.ok ? { ...file, ...sendInParts(file.offers, file.sources) } : file
			});
		} else {
			const { files, today, currentQuartier, rules } = request;
			const plan = await planImport(files, today, currentQuartier, rules, progress);
			reply({
				kind: 'plan',
				plan: plan.ok
					? {
							...plan,
							pending: {
								...plan.pending,
								...sendInParts(plan.pending.offers, plan.pending.sources)
							}
						}
					: plan
			});
		}
	} catch (error) {
		reply({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
	}
};

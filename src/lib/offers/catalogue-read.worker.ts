// Fetches and reads a catalogue away from the page: parsing a city's file and mapping thousands
// of services takes seconds, and the page stays responsive meanwhile. The page may end this
// worker at any moment (cancel); nothing is stored here, so the catalogue on the device stays.
import { readCatalogueFile } from './catalogue-file';
import type { ReadReply, ReadRequest } from './catalogue-read-messages';
import { planImport } from './editor/files';

function reply(message: ReadReply) {
	self.postMessage(message);
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
			reply({ kind: 'catalogue', file: readCatalogueFile(await response.json(), progress) });
		} else {
			const { files, today, currentQuartier, rules } = request;
			reply({
				kind: 'plan',
				plan: await planImport(files, today, currentQuartier, rules, progress)
			});
		}
	} catch (error) {
		reply({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
	}
};

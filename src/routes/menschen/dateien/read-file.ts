// Reads a file the person chose: nahbei's own JSON or an easyNWK file (one map or a record with
// dated versions). Nothing is stored here; a broken file gives an error code and no data.
import { parseEasyNwk, snapshotFromImport } from '$lib/network/easynwk';
import { networkFormat, parseNetworkJson, type NetworkData } from '$lib/network/json';
import { isRecord, readJson, type ImportErrorCode } from '$lib/network/safe-json';

export type FileContent =
	| { ok: true; source: 'nahbei' | 'easynwk'; data: NetworkData }
	| { ok: false; error: ImportErrorCode };

/** Reads the text of a chosen file as a whole network, or says why it cannot. */
export function readNetworkFile(text: string): FileContent {
	const read = readJson(text);
	if (!read.ok) return read;
	if (isRecord(read.value) && read.value.format === networkFormat) {
		const parsed = parseNetworkJson(text);
		return parsed.ok ? { ok: true, source: 'nahbei', data: parsed.value } : parsed;
	}
	const imported = parseEasyNwk(text);
	if (!imported.ok) return imported;
	const versions = imported.versions;
	// The version easyNWK had open is today's network; every version becomes a snapshot.
	const current = versions.find((version) => version.isCurrent) ?? versions.at(-1);
	if (!current) return { ok: false, error: 'empty' };
	return {
		ok: true,
		source: 'easynwk',
		data: {
			people: current.people,
			ties: current.ties,
			snapshots: versions.map((version) => snapshotFromImport(version)),
			self: current.self
		}
	};
}

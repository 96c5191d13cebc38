/**
 * The plan stage of the HSDS import: goes through the service records of an input, maps each one,
 * and says what the import will add (the offers), what it fixed on the way (repaired) and what it
 * drops (rejected: services that cannot become offers, ids seen before, rows of a data package
 * that belong to no service). Nothing is stored here: the team decides after reading the plan.
 */
import type { Offer } from '../offer';
import { mapService, type MapContext } from './map';

/** A record that was left out, with the reason in plain German for the Quartier team. */
export interface ImportRejection {
	id?: string;
	name?: string;
	reason: string;
}

/** An offer that was imported with a part left out or fixed, and why. */
export interface ImportRepair {
	id: string;
	name: string;
	reason: string;
}

/** What an import found: the offers, how many services it read, and what it fixed or left out. */
export interface ImportReport {
	offers: Offer[];
	/** The service record of each offer, by offer id, for an export that gives it back. */
	sources: Map<string, Record<string, unknown>>;
	read: number;
	repaired: ImportRepair[];
	rejected: ImportRejection[];
}

/** Maps every service record and sorts the outcome into offers, repairs and rejections. */
export function planImport(
	services: readonly unknown[],
	orphans: readonly ImportRejection[],
	context: MapContext,
	onProgress?: (read: number, total: number) => void
): ImportReport {
	const report: ImportReport = {
		offers: [],
		sources: new Map(),
		read: services.length,
		repaired: [],
		rejected: [...orphans]
	};
	const seen = new Set<string>();
	// Every 100 services is often enough for a progress bar and cheap for a small file.
	for (const [position, record] of services.entries()) {
		if (onProgress && position % 100 === 0) onProgress(position, services.length);
		const result = mapService(record, context);
		if ('reason' in result) {
			report.rejected.push(result);
			continue;
		}
		const { offer, notes, source } = result;
		if (seen.has(offer.id)) {
			report.rejected.push({
				id: offer.id,
				name: offer.name,
				reason: 'Diese Kennung kommt doppelt vor – der zweite Eintrag wurde weggelassen.'
			});
			continue;
		}
		seen.add(offer.id);
		report.offers.push(offer);
		report.sources.set(offer.id, source);
		// The same schedule may sit on the service, its link and its location: say it once.
		for (const reason of new Set(notes))
			report.repaired.push({ id: offer.id, name: offer.name, reason });
	}
	onProgress?.(services.length, services.length);
	return report;
}

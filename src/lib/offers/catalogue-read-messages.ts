// What the page and the catalogue reader worker say to each other.
import type { CatalogueFile } from './catalogue-file';
import type { ImportPlan } from './editor/files';
import type { CategoryRule, Offer } from './offer';

/** To the worker: fetch and read a published catalogue, or read files the team picked. */
export type ReadRequest =
	| { kind: 'catalogue'; url: string; fresh: boolean }
	| {
			kind: 'files';
			files: File[];
			today: string;
			currentQuartier: string;
			rules: CategoryRule[];
	  };

/**
 * From the worker: how far it has read, then the offers and their HSDS records in parts (each
 * part is unpacked on the page in a short task of its own), then the catalogue or the import
 * plan, whose offers and records are the parts sent before.
 */
export type ReadReply =
	| { kind: 'progress'; read: number; total: number }
	| { kind: 'offers'; offers: Offer[] }
	| { kind: 'sources'; sources: [string, Record<string, unknown>][] }
	| { kind: 'catalogue'; file: CatalogueFile }
	| { kind: 'plan'; plan: ImportPlan }
	| { kind: 'failed'; message: string };

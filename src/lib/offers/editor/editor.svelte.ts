// The Quartier team's catalogue editor as app state: the verbs its views use to read and change
// single offers, take an imported catalogue, save the catalogue as a file, and the reports
// gathered on this device. Each verb tells the person in easy words when storage fails, so a
// view never opens the database or catches a storage error itself.
import { announcer } from '$lib/a11y/announcer.svelte';
import { database } from '$lib/db/connection';
import { retireOffer, saveOffer } from '$lib/db/editor-repository';
import {
	addOfferReport,
	deleteCategoryRule,
	getOffer,
	listCategoryRules,
	listOfferReports,
	listOfferSources,
	markCatalogueEdited,
	replaceCatalogue,
	saveCategoryRule
} from '$lib/db/offers-repository';
import type { CategoryRule, OfferReportRecord } from '$lib/db/offers-schema';
import { saveFile } from '$lib/files/save-file';
import { i18n } from '$lib/i18n/i18n.svelte';
import { LiveQuery } from '$lib/storage/live-query.svelte';
import { storageStatus } from '$lib/storage/storage-status.svelte';
import { catalogue } from '../catalogue.svelte';
import { CatalogueReader, cancelled } from '../catalogue-reader.svelte';
import type { Offer } from '../offer';
import { readReportFile, type ReportFile } from '../report-file';
import { exportFile, type ImportPlan, type PendingImport } from './files';
import { localDate } from './form';

class CatalogueEditor {
	/** Reads picked files in a worker; its `progress` and `cancel` serve the import panel. */
	readonly reader = new CatalogueReader();

	#reports = new LiveQuery(() => listOfferReports(database()), {
		initial: [] as OfferReportRecord[]
	});

	#rules = new LiveQuery(() => listCategoryRules(database()), {
		initial: [] as CategoryRule[]
	});

	/** The Quartier team's own lines of the table from words to categories. */
	get rules(): CategoryRule[] {
		return this.#rules.current;
	}

	/** Adds or changes a line of the table; gives whether it was kept. */
	async saveRule(rule: CategoryRule): Promise<boolean> {
		const saved = await storageStatus.attempt(() => saveCategoryRule(database(), rule));
		if (saved) this.#rules.show(await listCategoryRules(database()));
		return saved !== undefined;
	}

	/** Takes a line out of the table; gives whether it worked. */
	async deleteRule(word: string): Promise<boolean> {
		const done = await storageStatus.attempt(async () => {
			await deleteCategoryRule(database(), word);
			return true;
		});
		if (done) this.#rules.show(await listCategoryRules(database()));
		return done === true;
	}

	/** The "Stimmt etwas nicht?" reports gathered on this device, newest first. */
	get reports(): OfferReportRecord[] {
		return this.#reports.current;
	}

	/**
	 * Reads report files people sent and keeps their reports with the others here; gives how many
	 * were read and how many files were no report (those are left out).
	 */
	async readReports(
		files: readonly Pick<File, 'text' | 'size'>[]
	): Promise<{ read: number; broken: number }> {
		const reports: ReportFile[] = [];
		let broken = 0;
		for (const file of files) {
			// A report is a few hundred bytes; anything large is not one.
			const report = file.size <= 20_000 ? readReportFile(await file.text()) : null;
			if (report) reports.push(report);
			else broken += 1;
		}
		const kept = await storageStatus.attempt(async () => {
			for (const report of reports)
				await addOfferReport(database(), {
					offerId: report.offer.id,
					reasons: report.reasons,
					note: report.note
				});
			this.#reports.show(await listOfferReports(database()));
			return reports.length;
		});
		return { read: kept ?? 0, broken };
	}

	/** The offer to edit; null when there is none with this id, or it could not be read. */
	async open(id: string): Promise<Offer | null> {
		return (await storageStatus.attempt(() => getOffer(database(), id))) ?? null;
	}

	/** Saves one offer, checked today, and says so; gives the offer as stored, or undefined. */
	async save(offer: Offer): Promise<Offer | undefined> {
		const saved = await storageStatus.attempt(async () => {
			const stored = await saveOffer(database(), offer, localDate());
			await markCatalogueEdited(database());
			await catalogue.refresh();
			return stored;
		});
		if (saved) announcer.say(i18n.t('quartier.edit.saved', { name: saved.name }));
		return saved;
	}

	/** Takes an offer out of the catalogue people see, and says so; gives whether it worked. */
	async retire(offer: Offer): Promise<boolean> {
		const done = await storageStatus.attempt(async () => {
			await retireOffer(database(), offer.id);
			await markCatalogueEdited(database());
			await catalogue.refresh();
			return true;
		});
		if (done) announcer.say(i18n.t('quartier.retire.done', { name: offer.name }));
		return done === true;
	}

	/** Reads picked files into an import to confirm; the catalogue stays as it is. */
	async planImport(
		files: readonly Pick<File, 'name' | 'size' | 'text'>[]
	): Promise<ImportPlan | typeof cancelled> {
		const rules = (await storageStatus.attempt(() => listCategoryRules(database()))) ?? [];
		return this.reader.readFiles(files, localDate(), catalogue.info?.quartier ?? '', rules);
	}

	/** Replaces the whole catalogue with a confirmed import; gives whether it worked. */
	async takeImport({ offers, sources, stand, quartier }: PendingImport): Promise<boolean> {
		const done = await storageStatus.attempt(async () => {
			await replaceCatalogue(database(), offers, { stand, quartier, source: 'import' }, sources);
			await catalogue.refresh();
			return true;
		});
		return done === true;
	}

	/** Saves the catalogue as an HSDS file on the device, and says its name. */
	async export(): Promise<void> {
		const sources = (await storageStatus.attempt(() => listOfferSources(database()))) ?? new Map();
		const file = exportFile(catalogue.offers, catalogue.info?.quartier ?? '', localDate(), sources);
		saveFile(file.text, file.name, file.type);
		announcer.say(i18n.t('quartier.export.saved', { name: file.name }));
	}
}

export const catalogueEditor = new CatalogueEditor();

/**
 * Leichte Sprache, the default language, comes in two parts of one file (locales/de-x-ls.json):
 *
 * - the **start part**, in the app's first download: the shell (menu, read-aloud, messages) and
 *   everything the start page says;
 * - the **later part**, loaded with the first page after the start page: the texts of the
 *   features (wishes, people, offers, backup, the other pages).
 *
 * A cheap phone then reads less before the start page shows. The split happens at build time
 * (see vite.config.ts); the locale file stays one file. A new section belongs to the start part
 * unless it is listed here, so nothing the shell needs can go missing by accident.
 */

/** Key paths that wait for the later part, and the paths inside them the start page needs. */
export interface SplitPlan {
	later: readonly string[];
	keep: readonly string[];
}

export const startPagePlan: SplitPlan = {
	later: [
		'pages',
		'wishes',
		'network',
		'offers',
		'quartier',
		'backup',
		'share',
		'lotse',
		'kiosk',
		'lock',
		'helper',
		'update'
	],
	keep: [
		// The start page itself.
		'pages.start',
		// Its cards: the contact point, the backup reminder, the next steps of the wishes.
		'offers.contact',
		'offers.updated',
		'backup.reminder',
		'wishes.pictograms',
		'wishes.list.noWords',
		// The wishes' state, which the next steps use, says these after a delete and its undo.
		'wishes.list.deleted',
		'wishes.list.restored',
		// The shell's own words of the kiosk, helper mode and updates; their screens and banners
		// load with all texts (withAllTexts in i18n.svelte.ts).
		'kiosk.mark',
		'kiosk.finish',
		'kiosk.wiping',
		'kiosk.staff.setupTitle',
		'helper.start',
		'helper.explain',
		'helper.nameLabel',
		'helper.nameError',
		'helper.confirmName',
		'helper.cancel',
		'helper.started',
		'update.offlineReady',
		'update.available'
	]
};

export type MessageTree = { [key: string]: string | MessageTree };

function isTree(value: unknown): value is MessageTree {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pick(tree: MessageTree, path: string[]): MessageTree | string | undefined {
	let node: MessageTree | string | undefined = tree;
	for (const key of path) {
		if (!isTree(node) || !Object.hasOwn(node, key)) return undefined;
		node = node[key];
	}
	return node;
}

function put(tree: MessageTree, path: string[], value: MessageTree | string): void {
	let node = tree;
	for (const key of path.slice(0, -1)) {
		const next = node[key];
		node = isTree(next) ? next : (node[key] = {});
	}
	node[path.at(-1) as string] = value;
}

function remove(tree: MessageTree, path: string[]): void {
	const parent = pick(tree, path.slice(0, -1));
	if (isTree(parent)) delete parent[path.at(-1) as string];
}

function copy(tree: MessageTree): MessageTree {
	return structuredClone(tree);
}

/** Splits the messages into a start part and a later part; together they are the whole file. */
export function splitMessages(
	messages: MessageTree,
	plan: SplitPlan = startPagePlan
): { start: MessageTree; later: MessageTree } {
	const start = copy(messages);
	const later: MessageTree = {};
	for (const path of plan.later.map((entry) => entry.split('.'))) {
		const part = pick(messages, path);
		if (part === undefined) continue;
		put(later, path, isTree(part) ? copy(part) : part);
		remove(start, path);
	}
	for (const path of plan.keep.map((entry) => entry.split('.'))) {
		const part = pick(messages, path);
		if (part === undefined) continue;
		put(start, path, isTree(part) ? copy(part) : part);
		remove(later, path);
	}
	return { start, later };
}

/** Puts a later part into a start part (a deep merge; the later part never overwrites). */
export function joinMessages(start: MessageTree, later: MessageTree): MessageTree {
	const whole = copy(start);
	const walk = (target: MessageTree, source: MessageTree) => {
		for (const [key, value] of Object.entries(source)) {
			const existing = target[key];
			if (isTree(value) && isTree(existing)) walk(existing, value);
			else if (existing === undefined) target[key] = isTree(value) ? copy(value) : value;
		}
	};
	walk(whole, later);
	return whole;
}

/**
 * Leichte Sprache, the default language, comes in parts of one file (locales/de-x-ls.json):
 *
 * - the **start part**, in the app's first download: the shell (menu, read-aloud, messages) and
 *   everything the start page says;
 * - the **text parts** of the features (wishes, people, offers, sharing, the rest), each loaded
 *   with the first page that needs it (`textPartsFor`).
 *
 * A cheap phone then reads only the words of the page it opens. The split happens at build time
 * (see vite.config.ts); the locale file stays one file. A new section belongs to the start part
 * unless it is listed here, so nothing the shell needs can go missing by accident.
 */

/** The text parts and the key paths each holds, in order: a path takes what is left of it. */
export const textParts = {
	wishes: ['wishes', 'pages.wishes'],
	// The list of people. The pages below it (a person's page, the map, the figures, the files)
	// have the rest of the people's words: the list starts without them.
	people: [
		'network',
		'pages.people.title',
		'pages.people.intro',
		'pages.people.network',
		'pages.people.self',
		'pages.people.menu',
		'pages.people.add',
		'pages.people.backToList',
		'pages.people.empty',
		'pages.people.count_one',
		'pages.people.count_other',
		'pages.people.shown',
		'pages.people.more_one',
		'pages.people.more_other',
		'pages.people.areaEmpty',
		'pages.people.call',
		'pages.people.edit',
		'pages.people.move',
		'pages.people.deleted',
		'pages.people.kind',
		'pages.people.areaHint',
		'pages.people.topic',
		'pages.people.photo',
		'pages.people.figures.cliquesShown'
	],
	peoplePages: ['pages.people'],
	offers: ['offers', 'quartier', 'pages.offers', 'pages.offer', 'pages.quartier'],
	share: ['share', 'lotse', 'backup', 'pages.share', 'pages.lotse'],
	// The other pages (settings, help) and the screens that load with all texts (withAllTexts
	// in i18n.svelte.ts).
	more: ['pages', 'kiosk', 'lock', 'helper', 'update']
} as const satisfies Record<string, readonly string[]>;

export type TextPart = keyof typeof textParts;

export const textPartNames = Object.keys(textParts) as TextPart[];

/**
 * The text parts each page needs, by the start of its path ("/angebote" and the pages below it,
 * "/angebote/" only those below); the first match counts. A page not listed gets every part.
 * locale-split.test.ts checks each page's keys against this table.
 */
const pageParts: readonly (readonly [prefix: string, parts: readonly TextPart[]])[] = [
	['/menschen/zahlen', ['people', 'peoplePages', 'offers']],
	['/menschen/', ['people', 'peoplePages']],
	['/menschen', ['people']],
	['/wuensche', ['wishes']],
	// An offer's page can add it to a wish.
	['/angebote/', ['offers', 'wishes']],
	['/angebote', ['offers']],
	['/quartier', ['offers', 'more']],
	['/teilen', ['share', 'wishes', 'people', 'offers']],
	['/lotse', ['share', 'wishes', 'people']]
];

/** The text parts a page needs besides the start part; none for the start page. */
export function textPartsFor(pathname: string): readonly TextPart[] {
	if (pathname === '/') return [];
	const match = pageParts.find(([prefix]) =>
		prefix.endsWith('/')
			? pathname.startsWith(prefix)
			: pathname === prefix || pathname.startsWith(`${prefix}/`)
	);
	return match ? match[1] : textPartNames;
}

/** Key paths for the text parts, and the paths inside them that the start part keeps. */
export interface SplitPlan {
	parts: Readonly<Record<TextPart, readonly string[]>>;
	keep: readonly string[];
}

export const startPagePlan: SplitPlan = {
	parts: textParts,
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

/** Splits the messages into the start part and the text parts; together they are the whole file. */
export function splitMessages(
	messages: MessageTree,
	plan: SplitPlan = startPagePlan
): { start: MessageTree; parts: Record<TextPart, MessageTree> } {
	const start = copy(messages);
	const parts = {} as Record<TextPart, MessageTree>;
	for (const [name, paths] of Object.entries(plan.parts) as [TextPart, readonly string[]][]) {
		const part: MessageTree = {};
		for (const path of paths.map((entry) => entry.split('.'))) {
			// From what is left: an earlier part may have taken some of this path already.
			const node = pick(start, path);
			if (node === undefined) continue;
			put(part, path, node);
			remove(start, path);
		}
		parts[name] = part;
	}
	for (const path of plan.keep.map((entry) => entry.split('.'))) {
		const node = Object.values(parts)
			.map((part) => pick(part, path))
			.find((found) => found !== undefined);
		if (node === undefined) continue;
		put(start, path, node);
		for (const part of Object.values(parts)) remove(part, path);
	}
	for (const part of Object.values(parts)) pruneEmpty(part);
	return { start, parts };
}

/** Removes the branches a kept path left empty. */
function pruneEmpty(tree: MessageTree): void {
	for (const [key, value] of Object.entries(tree)) {
		if (!isTree(value)) continue;
		pruneEmpty(value);
		if (Object.keys(value).length === 0) delete tree[key];
	}
}

/** Puts a text part into what is there (a deep merge into a copy; the part never overwrites). */
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

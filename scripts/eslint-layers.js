// An ESLint rule that keeps nahbei's layers apart. Each file in src/ belongs to one layer, and
// imports only from its own layer or those below it:
//
//   routes → components → app state (*.svelte.ts) → domain (plain .ts) → lib/db
//
// and besides:
// - lib/db imports nothing of the app: it reports through lib/db/storage-events;
// - shared components take data and callbacks: they read no feature state (wishes, network,
//   offers, sharing, kiosk, backup) and no database, only app-wide state (language, read-aloud,
//   settings, helper mode, update, storage trouble);
// - a route folder imports nothing from another route folder.
import { existsSync } from 'node:fs';
import path from 'node:path';

const srcRoot = path.resolve(import.meta.dirname, '..', 'src');

/** Folders of lib/ whose state is app-wide, so shared components may read it. */
const appWideState = new Set(['i18n', 'a11y', 'settings', 'helper', 'pwa', 'storage']);

/** @typedef {'db' | 'domain' | 'state' | 'component' | 'route'} Layer */
/** @typedef {{ layer: Layer, relative: string, folder?: string, area?: string }} Place */

/** @type {Record<Layer, number>} */
const rank = { db: 0, domain: 1, state: 2, component: 3, route: 4 };

/**
 * The layer and details of a file below src/, or null for files outside it.
 * @param {string} file
 * @returns {Place | null}
 */
function describe(file) {
	const relative = path.relative(srcRoot, file).split(path.sep).join('/');
	if (relative.startsWith('..')) return null;
	const parts = relative.split('/');
	if (parts[0] === 'routes') {
		// The route folder: the first folder below routes/, or '' for the files of the root page.
		const folder = parts.length > 2 ? parts[1] : '';
		return { layer: 'route', folder, relative };
	}
	if (parts[0] !== 'lib') return { layer: 'route', folder: '', relative };
	const area = parts[1];
	if (area === 'db') return { layer: 'db', area, relative };
	if (area === 'components') return { layer: 'component', area, relative };
	// `$lib/x/y.svelte` names the module y.svelte.ts when there is one: that is state.
	const isState =
		/\.svelte\.(ts|js)$/.test(relative) ||
		(relative.endsWith('.svelte') && existsSync(`${file}.ts`));
	if (isState) return { layer: 'state', area, relative };
	if (relative.endsWith('.svelte')) return { layer: 'component', area, relative };
	return { layer: 'domain', area, relative };
}

/**
 * Where an import points, as a file path without extension, or null for packages.
 * @param {string} specifier
 * @param {string} importer
 * @returns {string | null}
 */
function resolveSpecifier(specifier, importer) {
	if (specifier.startsWith('$lib/') || specifier === '$lib')
		return path.join(srcRoot, 'lib', specifier.slice(5));
	if (specifier.startsWith('.')) return path.resolve(path.dirname(importer), specifier);
	return null;
}

/**
 * What is wrong with an import from one place to another, or null when it is allowed.
 * @param {Place} from
 * @param {Place} to
 * @param {string} specifier
 * @returns {string | null}
 */
function problem(from, to, specifier) {
	if (from.layer === 'db') {
		if (to.layer !== 'db') return `lib/db imports nothing of the app (here ${to.relative}).`;
		return null;
	}
	if (from.layer === 'route' && to.layer === 'route') {
		if (to.folder !== from.folder)
			return `Route folders do not import each other (${specifier}); move the shared part to lib/components.`;
		return null;
	}
	if (rank[to.layer] > rank[from.layer])
		return `A ${from.layer} module may not import the ${to.layer} layer above it (${specifier}).`;
	if (from.layer === 'component') {
		if (to.layer === 'db')
			return `Shared components take data and callbacks; they do not open the database (${specifier}).`;
		if (to.layer === 'state' && !appWideState.has(to.area ?? ''))
			return `Shared components take data and callbacks, not feature state (${specifier}).`;
	}
	return null;
}

/** @type {import('eslint').Rule.RuleModule} */
const layersRule = {
	meta: {
		type: 'problem',
		docs: { description: 'Imports follow the layers: routes → components → state → domain → db.' },
		schema: []
	},
	create(context) {
		const place = describe(context.filename);
		if (!place || /\.test\.ts$/.test(place.relative)) return {};
		const from = place;
		/**
		 * @param {import('eslint').Rule.Node} node
		 * @param {unknown} specifier
		 */
		function check(node, specifier) {
			if (typeof specifier !== 'string') return;
			if (from.layer === 'db' && (specifier === 'svelte' || specifier.startsWith('$app/')))
				return context.report({ node, message: 'lib/db knows nothing of Svelte or SvelteKit.' });
			const target = resolveSpecifier(specifier, context.filename);
			if (!target) return;
			const to = describe(target);
			if (!to) return;
			const message = problem(from, to, specifier);
			if (message) context.report({ node, message });
		}
		return {
			ImportDeclaration: (node) => check(node, node.source.value),
			ExportNamedDeclaration: (node) => {
				if (node.source) check(node, node.source.value);
			},
			ExportAllDeclaration: (node) => check(node, node.source.value),
			ImportExpression: (node) => {
				if (node.source.type === 'Literal') check(node, node.source.value);
			}
		};
	}
};

export default { rules: { layers: layersRule } };

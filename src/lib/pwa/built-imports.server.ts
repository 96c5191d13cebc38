// Which script files of the build each file imports, read from the files themselves while the
// pages are built ahead of time (the client's files are written by then). Start-after-paint uses
// it to run a page's files one per task, each after its imports.
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';

/** Where SvelteKit writes the client's files before it builds the pages. */
const CLIENT_OUTPUT = join('.svelte-kit', 'output', 'client');

// A static import or re-export in the built code: `import{a as b}from"./X.js"`, `import"./Y.js"`,
// `export{c}from"../Z.js"`. A dynamic import(...) has a parenthesis and does not match.
const STATIC_IMPORT =
	/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

/** The static imports in a built script file's text, as paths in the build. */
export function staticImports(path: string, code: string): string[] {
	const folder = posix.dirname(path);
	return [...code.matchAll(STATIC_IMPORT)].map(([, target]) =>
		posix.normalize(posix.join(folder, target ?? ''))
	);
}

/**
 * Reads the imports of built files (paths like `_app/immutable/chunks/X.js`), each file once.
 * A file that cannot be read (the development server builds none) has no known imports.
 */
export function builtImports(root: string = CLIENT_OUTPUT): (path: string) => string[] {
	const known = new Map<string, string[]>();
	return (path) => {
		let imports = known.get(path);
		if (!imports) {
			try {
				imports = staticImports(path, readFileSync(join(root, path), 'utf8'));
			} catch {
				imports = [];
			}
			known.set(path, imports);
		}
		return imports;
	};
}
